#pragma once

#include "model/plan.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Views {

/// Shows what an .ics file offers before anything is imported: every dated
/// item with a check box, and how many were skipped for lacking a date.
/// objectNames: "calendarImportDialog", "calendarEntries", "okButton".
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
