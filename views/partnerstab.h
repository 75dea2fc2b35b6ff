#pragma once

#include "model/projectrights.h"
#include "model/types.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Model {
class ParticipantsModel;
class ParticipantFilterProxy;
}

namespace Views {

/// The organisations taking part in a project (halen en brengen) and the
/// actions on them. The tab owns its actions; the main window also puts them
/// in its menus and tool bar, and opens the dialogs they ask for.
///
/// objectNames: "partnersTab", "partnersTable", "addPartnerButton",
/// "editPartnerButton", "leaveButton", "handOverButton", "showFormerButton",
/// "leadRuleLabel"; actions "addPartnerAction", "editPartnerAction",
/// "leaveAction", "handOverAction", "showFormerAction".
class PartnersTab : public QWidget
{
    Q_OBJECT
public:
    explicit PartnersTab(QWidget *parent = nullptr);

    /// The tab does not own @p model.
    void setModel(Model::ParticipantsModel *model);
    /// Closed projects are read-only; without a project nothing is possible.
    void setProject(bool hasProject, Model::ProjectStatus status);
    /// What the user of @p organisation may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights, const QUuid &organisation);

    QTableView *view() const { return m_view; }
    QAction *addPartnerAction() const { return m_addAction; }
    QAction *editPartnerAction() const { return m_editAction; }
    QAction *leaveAction() const { return m_leaveAction; }
    QAction *handOverAction() const { return m_handOverAction; }
    QAction *showFormerAction() const { return m_showFormerAction; }

    /// The selected participation, or one with a null id.
    Model::Participation selectedParticipation() const;

Q_SIGNALS:
    void addPartnerRequested();
    void editPartnerRequested(const Model::Participation &participation);
    void leaveRequested(const Model::Participation &participation);
    void handOverRequested();

private:
    void updateActions();

    Model::ParticipantsModel *m_model = nullptr;
    Model::ParticipantFilterProxy *m_proxy;
    QTableView *m_view;
    QLabel *m_leadRule;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_leaveAction;
    QAction *m_handOverAction;
    QAction *m_showFormerAction;
    bool m_hasProject = false;
    Model::ProjectStatus m_status = Model::ProjectStatus::Idea;
    Model::ProjectRights m_rights;
    QUuid m_organisation;
};

} // namespace Views
