#include "councilexportactions.h"

#include "backgroundwrite.h"
#include "messagebox.h"
#include "projectpage.h"

#include "model/async.h"
#include "model/councilexport.h"
#include "model/repository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QIODevice>
#include <QIcon>
#include <QMenu>
#include <QStandardPaths>

namespace Views {

namespace {

/// A project's name as part of a file name: no folder separators in it.
QString fileSafe(const QString &name)
{
    QString safe = name;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : safe) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return safe.trimmed();
}

} // namespace

CouncilExportActions::CouncilExportActions(Model::PlanRepository *plan, MessageBox *messages, ProjectPage *page,
                                           QWidget *window)
    : QObject(window)
    , m_plan(plan)
    , m_messages(messages)
    , m_page(page)
    , m_window(window)
    , m_menu(new QMenu(tr("E&xport"), window))
{
    m_menu->setObjectName(QStringLiteral("councilExportMenu"));
    m_menu->setIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")));
    m_menu->setToolTipsVisible(true);
    addExport(Table::Progress, tr("&Progress Log…"), QStringLiteral("exportProgressAction"),
              tr("Every line of the progress log, with the hours per organisation, as a CSV file"));
    addExport(Table::Goals, tr("&Goals and Measurements…"), QStringLiteral("exportGoalsAction"),
              tr("Every goal with its indicator, target and measurements, as a CSV file"));
    addExport(Table::Milestones, tr("&Milestones…"), QStringLiteral("exportMilestonesAction"),
              tr("Every milestone with its date, status and owner, as a CSV file"));
    connect(page, &ProjectPage::projectChanged, this, &CouncilExportActions::updateEnabled);
    updateEnabled();
}

QAction *CouncilExportActions::addExport(Table table, const QString &text, const QString &name, const QString &toolTip)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    connect(action, &QAction::triggered, this, [this, table] { chooseFile(table); });
    return action;
}

void CouncilExportActions::updateEnabled()
{
    // Reading needs no right beyond seeing the project: a viewer may export too.
    const bool hasProject = m_page->hasProject();
    for (QAction *a : m_menu->actions())
        a->setEnabled(hasProject);
    m_menu->setEnabled(hasProject);
}

void CouncilExportActions::chooseFile(Table table)
{
    if (!m_page->hasProject())
        return;
    const QString project = fileSafe(m_page->project().name);
    QString title, name;
    switch (table) {
    case Table::Progress:
        title = tr("Export Progress Log");
        name = tr("%1 - progress log.csv").arg(project);
        break;
    case Table::Goals:
        title = tr("Export Goals and Measurements");
        name = tr("%1 - goals.csv").arg(project);
        break;
    case Table::Milestones:
        title = tr("Export Milestones");
        name = tr("%1 - milestones.csv").arg(project);
        break;
    }
    auto *dialog = new QFileDialog(m_window, title);
    dialog->setObjectName(QStringLiteral("councilExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    dialog->setDirectory(folder);
    dialog->selectFile(name);
    const QUuid id = m_page->projectId();
    connect(dialog, &QFileDialog::fileSelected, this, [this, table, id](const QString &path) {
        Q_EMIT said(tr("Reading what to export…"));
        read(table, id, [this, path](const Produce &produce) { write(path, produce); });
    });
    dialog->open();
}

void CouncilExportActions::read(Table table, const QUuid &project, std::function<void(Produce)> done)
{
    // Each read runs on the store's worker; the answers come back here, and
    // the rows are handed by value to the worker that writes the file.
    switch (table) {
    case Table::Progress: {
        Model::ProgressFilter filter;
        filter.projectId = project;
        filter.limit = 0; // the whole log, not the page the tab shows
        Model::onResult(m_plan->progress(filter), this, [this, filter, done](const Model::Result<QList<Model::ProgressEntry>> &log) {
            if (!log.ok())
                return fail(log.error().message);
            Model::onResult(m_plan->contributions(filter), this,
                            [this, entries = log.value(), done](const Model::Result<QList<Model::ContributionTotal>> &totals) {
                                if (!totals.ok())
                                    return fail(totals.error().message);
                                done([entries, totals = totals.value()] { return Model::CouncilExport::progressLog(entries, totals); });
                            });
        });
        break;
    }
    case Table::Goals:
        Model::onResult(m_plan->goals(project), this, [this, project, done](const Model::Result<QList<Model::Goal>> &goals) {
            if (!goals.ok())
                return fail(goals.error().message);
            Model::onResult(m_plan->projectMeasurements(project), this,
                            [this, goals = goals.value(), done](const Model::Result<QList<Model::Measurement>> &measurements) {
                                if (!measurements.ok())
                                    return fail(measurements.error().message);
                                done([goals, measurements = measurements.value()] {
                                    return Model::CouncilExport::goals(goals, measurements);
                                });
                            });
        });
        break;
    case Table::Milestones:
        Model::onResult(m_plan->milestones(project), this, [this, project, done](const Model::Result<QList<Model::Milestone>> &milestones) {
            if (!milestones.ok())
                return fail(milestones.error().message);
            Model::onResult(m_plan->goals(project), this,
                            [this, milestones = milestones.value(), done](const Model::Result<QList<Model::Goal>> &goals) {
                                if (!goals.ok())
                                    return fail(goals.error().message);
                                done([milestones, goals = goals.value()] {
                                    return Model::CouncilExport::milestones(milestones, goals);
                                });
                            });
        });
        break;
    }
}

void CouncilExportActions::write(const QString &path, const Produce &produce)
{
    Model::onResult(writeInBackground(path,
                                      [produce](QIODevice *device) {
                                          const QByteArray data = produce();
                                          return device->write(data) == data.size();
                                      }),
                    this, [this, path](const QString &error) {
                        if (!error.isEmpty())
                            return fail(error);
                        Q_EMIT said(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
                        Q_EMIT exported(path);
                    });
}

void CouncilExportActions::fail(const QString &message)
{
    Q_EMIT said(QString());
    m_messages->showError(m_window, tr("The export was not written"), message);
}

} // namespace Views
