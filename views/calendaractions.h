#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Model {
class Editor;
class PlanRepository;
struct ProjectRights;
}

namespace Views {

class MessageBox;
class ProjectPage;

/// File ▸ Export Calendar and Import Calendar: milestones and evaluations
/// out as an .ics file (of the project shown, or of all), and dates from an
/// .ics file in as milestones of the project shown, after a preview, as one
/// undoable step.
class CalendarActions : public QObject
{
    Q_OBJECT
public:
    CalendarActions(Model::PlanRepository *plan, Model::Editor *editor, MessageBox *messages, ProjectPage *page,
                    QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    /// Importing needs an open project the user may plan.
    void updateRights(bool hasProject, bool closed, const Model::ProjectRights &rights);

Q_SIGNALS:
    /// An export finished with @p items written.
    void exported(int items);
    /// For the status bar.
    void said(const QString &message);

private:
    void exportCalendar();
    void importCalendar();

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    MessageBox *m_messages;
    ProjectPage *m_page;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Views
