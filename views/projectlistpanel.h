#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Model {
class ProjectListModel;
}

namespace Views {

/// The left side of the main window: a search field, the "show closed
/// projects" toggle and the lazily fetched project list.
///
/// objectNames: "projectListPanel", "searchField", "showClosedCheck",
/// "projectList", "emptyListLabel"; action "showClosedAction".
class ProjectListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectListPanel(QWidget *parent = nullptr);

    /// The panel does not own @p model.
    void setModel(Model::ProjectListModel *model);
    Model::ProjectListModel *model() const { return m_model; }

    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QAction *showClosedAction() const { return m_showClosedAction; }
    /// Back to the overview (the dashboard): no project chosen (Alt+Home).
    QAction *overviewAction() const { return m_overviewAction; }

    QUuid currentProjectId() const;
    /// Makes @p id the current row, now or as soon as it is loaded.
    void selectProject(const QUuid &id);
    /// The project that was current when it left the list, until another is chosen.
    QUuid leftProject() const { return m_left; }
    /// @p id left the list because it was closed while closed projects are
    /// hidden: shows closed projects, so that it stays current and in view,
    /// and says so.
    void keepClosedProject(const QUuid &id);
    /// @p id left the list for good (deleted, or its creation undone):
    /// its neighbour becomes current, or the overview when none is left.
    void moveOnFrom(const QUuid &id);
    void focusSearch();

Q_SIGNALS:
    void currentProjectChanged(const QUuid &id);
    /// The current project is no longer in the list (closed while closed
    /// ones are hidden, or deleted). No neighbour stands in for it: the
    /// window stays on it.
    void currentProjectLeft(const QUuid &id);
    /// Something the status bar should tell.
    void said(const QString &message);
    /// The number of projects matching the search; -1 while unknown.
    void countChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void onLoaded();
    void updateEmptyLabel();

    Model::ProjectListModel *m_model = nullptr;
    QLineEdit *m_search;
    QCheckBox *m_showClosed;
    QAction *m_showClosedAction;
    QAction *m_overviewAction;
    QListView *m_view;
    QLabel *m_emptyLabel;
    QTimer *m_searchTimer;
    QUuid m_pendingSelection;
    QUuid m_leaving; ///< the current project, while a refresh takes its row away
    QUuid m_left;
    int m_leftRow = 0; ///< where m_left was in the list
};

} // namespace Views
