#pragma once

#include "model/knowledge.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace Views {

class DialogForm;

/// Records what an organisation did with a knowledge item (jatwerk):
/// considering it, adopted, adapted (what changed and why) or not adopted
/// (why not), since when, and later how it turned out.
///
/// objectNames: "reuseDialog", "statusCombo", "dateEdit", "reasonCombo",
/// "noteEdit", "outcomeEdit", "okButton".
class ReuseDialog : public QDialog
{
    Q_OBJECT
public:
    ReuseDialog(const Model::Reuse &reuse, const QString &itemTitle, QWidget *parent = nullptr);

    Model::Reuse reuse() const;

private:
    void check();

    Model::Reuse m_reuse;
    DialogForm *m_form;
    QComboBox *m_status;
    QDateEdit *m_date;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QPlainTextEdit *m_outcome;
};

} // namespace Views
