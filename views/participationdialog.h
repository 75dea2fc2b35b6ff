#pragma once

#include "fielderrors.h"

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Model {
class Editor;
class OrganisationFilterProxy;
class OrganisationListModel;
}

namespace Views {

class DateField;

/// Lets an organisation join a project, or edits what a partner brings and
/// gets, its priorities (stokpaardjes) and its mandate (halen en brengen).
/// The lead role is offered only to the first lead of a project without one;
/// afterwards it moves by a hand-over.
///
/// objectNames: "participationDialog", "organisationSearch",
/// "organisationList", "organisationLabel", "newOrganisationButton",
/// "roleCombo", "bringsEdit", "getsEdit", "prioritiesEdit", "mandateEdit",
/// "joinedEdit", "organisationError", "issuesLabel", "buttonBox", "okButton".
class ParticipationDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipationDialog(Model::Editor *editor, Model::OrganisationListModel *organisations, QWidget *parent = nullptr);

    /// A new partner for @p projectId; organisations in @p participations
    /// that still take part are left out of the choice.
    void setNew(const QUuid &projectId, const QList<Model::Participation> &participations);
    /// Edits @p participation; its organisation stays.
    void setParticipation(const Model::Participation &participation);

    bool isNew() const { return m_original.id.isNull(); }
    Model::Participation participation() const;
    /// Chooses @p organisationId in the list (for a new partner).
    void selectOrganisation(const QUuid &organisationId);

    void accept() override;

private:
    void validateInput();
    void newOrganisation();
    void selectFirstIfNone();

    Model::Editor *m_editor;
    Model::OrganisationListModel *m_organisations;
    Model::OrganisationFilterProxy *m_proxy;
    Model::Participation m_original;
    QUuid m_projectId;
    QUuid m_pendingOrganisation;
    FieldErrors m_errors;

    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_organisationLabel;
    QPushButton *m_newOrganisation;
    QComboBox *m_role;
    QPlainTextEdit *m_brings;
    QPlainTextEdit *m_gets;
    QPlainTextEdit *m_priorities;
    QPlainTextEdit *m_mandate;
    DateField *m_joined;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
