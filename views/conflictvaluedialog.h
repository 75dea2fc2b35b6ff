#pragma once

#include "model/types.h"

#include <QDialog>
#include <QJsonValue>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Views {

class DateField;
class DialogForm;

/// Another value for a field in conflict, typed by the user. Names the field
/// as the forms do, edits it as they do (several lines for long texts, a
/// date field, a number as the user writes numbers) and says who made the
/// server's value and when. objectNames: "conflictValueDialog",
/// "conflictWhoLabel", and one of "valueText" (QPlainTextEdit), "valueLine",
/// "valueNumber" (QLineEdit), "valueDate" (DateField); "okButton".
class ConflictValueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictValueDialog(const Model::SyncConflict &conflict, QWidget *parent = nullptr);

    /// The value typed, as the server's JSON shows a value of its field.
    QJsonValue value() const;

    /// "Sanne (Gemeente Dordrecht) changed this on the server on 6 December
    /// 2026 at 14:03.", or as much of it as is known.
    static QString whoAndWhen(const QString &name, const QDateTime &at);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    Model::SyncConflict m_conflict;
    DialogForm *m_form;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_line = nullptr;
    QLineEdit *m_number = nullptr;
    DateField *m_date = nullptr;
};

} // namespace Views
