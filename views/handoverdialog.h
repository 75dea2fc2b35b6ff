#pragma once

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Model {
class Editor;
}

namespace Views {

class DateField;

/// Hands the regie over to another current partner from a given date, in
/// one undoable step. The former lead stays a partner; who led when is kept.
///
/// objectNames: "handOverDialog", "currentLeadLabel", "newLeadCombo",
/// "dateEdit", "explanationLabel", "buttonBox", "okButton".
class HandOverDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandOverDialog(Model::Editor *editor, QWidget *parent = nullptr);

    /// The participations of the project; the current lead hands over to
    /// one of the other current ones.
    void setParticipations(const QList<Model::Participation> &participations);
    void setNewLead(const QUuid &organisationId);
    QDate date() const;

    void accept() override;

private:
    void updateExplanation();

    Model::Editor *m_editor;
    Model::Participation m_currentLead;
    QList<Model::Participation> m_candidates;
    QLabel *m_currentLeadLabel;
    QComboBox *m_newLead;
    DateField *m_date;
    QLabel *m_explanation;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
