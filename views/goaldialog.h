#pragma once

#include "model/plan.h"
#include "model/types.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Views {

class DateField;

class DialogForm;

/// Edits a goal; OK stays off while the goal breaks a rule, and says why.
///
/// objectNames: "goalDialog", "titleEdit", "descriptionEdit", "indicatorEdit",
/// "unitEdit", "baselineEdit", "targetEdit", "dueEdit", "partnerList",
/// "issuesLabel", "okButton".
class GoalDialog : public QDialog
{
    Q_OBJECT
public:
    /// The current ones of @p partners are offered as the partners the goal serves.
    GoalDialog(const Model::Goal &goal, const QList<Model::Participation> &partners, QWidget *parent = nullptr);

    Model::Goal goal() const;

private:
    void check();

    Model::Goal m_goal;
    DialogForm *m_form;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_indicator;
    QLineEdit *m_unit;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    DateField *m_due;
    QListWidget *m_partners;
};

} // namespace Views
