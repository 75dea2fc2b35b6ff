#pragma once

#include "model/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Model {
class ChangeNotifier;
class KnowledgeRepository;
class ProjectKnowledgeModel;
}

namespace Views {

/// The knowledge a project shared: its lessons, practices, documents and
/// questions with their kind, status and how many organisations took them
/// up. A view over Model::ProjectKnowledgeModel; opening one shows it in
/// the knowledge window (openRequested()).
///
/// objectNames: "projectKnowledgeTab", "projectKnowledgeList",
/// "projectKnowledgeEmpty", "openKnowledgeItemButton".
class ProjectKnowledgeTab : public QWidget
{
    Q_OBJECT
public:
    ProjectKnowledgeTab(Model::KnowledgeRepository *knowledge, Model::ChangeNotifier *notifier,
                        QWidget *parent = nullptr);

    void setProject(const Model::Project &project);
    void clear();
    Model::ProjectKnowledgeModel *model() const { return m_model; }
    /// Opens the chosen item.
    void openCurrent();

Q_SIGNALS:
    /// The user wants to read item @p id in the knowledge window.
    void openRequested(const QUuid &id);

private:
    void updateState();

    Model::ProjectKnowledgeModel *m_model;
    QTreeView *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QUuid m_chosen; ///< kept across the model's resets
};

} // namespace Views
