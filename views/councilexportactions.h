#pragma once

#include <QByteArray>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Model {
class PlanRepository;
}

namespace Views {

class MessageBox;
class ProjectPage;

/// File ▸ Export ▸ the progress log (with hours per organisation), goals with
/// their measurements, or milestones of the project shown, as CSV for the
/// council's spreadsheets (Model::CouncilExport). The rows are read through
/// the store's worker, the file is written on another (writeInBackground()),
/// and a file that cannot be written is left as it was.
///
/// objectNames: "councilExportMenu", "exportProgressAction",
/// "exportGoalsAction", "exportMilestonesAction"; the save dialog is
/// "councilExportFileDialog".
class CouncilExportActions : public QObject
{
    Q_OBJECT
public:
    CouncilExportActions(Model::PlanRepository *plan, MessageBox *messages, ProjectPage *page, QWidget *window);

    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    /// A file was written to @p path.
    void exported(const QString &path);
    /// For the status bar.
    void said(const QString &message);

private:
    enum class Table { Progress, Goals, Milestones };
    /// Makes the file's bytes from the rows read; runs on the writing worker.
    using Produce = std::function<QByteArray()>;

    QAction *addExport(Table table, const QString &text, const QString &name, const QString &toolTip);
    void updateEnabled();
    void chooseFile(Table table);
    /// Reads what @p table needs of @p project, then calls @p done on this thread.
    void read(Table table, const QUuid &project, std::function<void(Produce)> done);
    void write(const QString &path, const Produce &produce);
    void fail(const QString &message);

    Model::PlanRepository *m_plan;
    MessageBox *m_messages;
    ProjectPage *m_page;
    QWidget *m_window;
    QMenu *m_menu;
};

} // namespace Views
