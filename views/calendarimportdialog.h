#pragma once

#include "model/plan.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Views {

/// Shows what an .ics file offers before anything is imported: every dated
/// item with a check box, how many were skipped for lacking a date, and what
/// the reader noticed (repeats capped, shared UIDs, the encoding). A
/// description shows as plain text in the title's tooltip.
/// objectNames: "calendarImportDialog", "calendarEntries", "calendarNotes",
/// "okButton"; the "Becomes" column's combo boxes are "becomesCombo".
class CalendarImportDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarImportDialog(const QString &fileName, const QString &projectName, const Model::CalendarFile &file,
                         QWidget *parent = nullptr);

    /// The entries left checked.
    QList<Model::CalendarEntry> chosen() const;

private:
    Model::CalendarFile m_file;
    QTreeWidget *m_list;
};

} // namespace Views
