#pragma once

#include <QDate>
#include <QObject>
#include <QUuid>

class QAction;
class QWidget;

namespace Model {
struct CalendarImportCount;
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
/// undoable step. The file is read off the GUI thread behind a progress
/// dialog ("calendarProgress") whose Cancel drops the read.
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

public:
    /// What the status bar says after an import, e.g. "2 items added, 1 updated".
    static QString describeImport(const Model::CalendarImportCount &count);

private:
    void exportCalendar();
    void importCalendar();
    /// Reads @p path for the preview of an import into @p project.
    void readFile(const QUuid &project, const QString &name, const QString &path, const QDate &from, const QDate &to);

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    MessageBox *m_messages;
    ProjectPage *m_page;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Views
