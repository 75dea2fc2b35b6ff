#include "calendaractions.h"
#include "filedialogs.h"

#include "calendarimportdialog.h"
#include "messagebox.h"
#include "projectpage.h"

#include "model/editor.h"
#include "model/projectrights.h"
#include "model/repository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>

#include <algorithm>

namespace Views {

CalendarActions::CalendarActions(Model::PlanRepository *plan, Model::Editor *editor, MessageBox *messages,
                                 ProjectPage *page, QWidget *window)
    : QObject(window)
    , m_plan(plan)
    , m_editor(editor)
    , m_messages(messages)
    , m_page(page)
    , m_window(window)
{
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Calendar…"), this);
    m_export->setObjectName(QStringLiteral("exportCalendarAction"));
    m_export->setToolTip(tr("Milestones and evaluations as an .ics file for your calendar: of the project "
                              "shown, or of all open projects"));
    connect(m_export, &QAction::triggered, this, &CalendarActions::exportCalendar);
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Calendar…"), this);
    m_import->setObjectName(QStringLiteral("importCalendarAction"));
    m_import->setToolTip(tr("Dates from an .ics file (council meetings, for example) as milestones of the project shown"));
    connect(m_import, &QAction::triggered, this, &CalendarActions::importCalendar);
}

void CalendarActions::updateRights(bool hasProject, bool closed, const Model::ProjectRights &rights)
{
    m_import->setEnabled(hasProject && !closed && rights.editPlan);
    m_import->setStatusTip(rights.editPlan ? QString() : rights.why);
}

void CalendarActions::exportCalendar()
{
    const bool one = m_page->hasProject();
    auto *dialog = new QFileDialog(m_window, tr("Export Calendar"));
    dialog->setObjectName(QStringLiteral("calendarFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("iCalendar files (*.ics)"));
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->selectFile(one ? m_page->project().name + QStringLiteral(".ics") : tr("regie-all-projects.ics"));
    const QUuid project = one ? m_page->projectId() : QUuid();
    connect(dialog, &QFileDialog::fileSelected, this, [this, project](const QString &path) {
        Model::onResult(m_plan->exportCalendar(project, path), this, [this, path](const Model::Result<int> &r) {
            if (!r.ok()) {
                m_messages->showError(m_window, tr("The calendar was not exported"), r.error().message);
                return;
            }
            Q_EMIT said(tr("%n item(s) written to %1.", nullptr, r.value()).arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(r.value());
        });
    });
    dialog->open();
}

void CalendarActions::importCalendar()
{
    if (!m_page->hasProject())
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import Calendar"));
    dialog->setObjectName(QStringLiteral("calendarFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("iCalendar files (*.ics)"));
    const Model::Project shown = m_page->project();
    // A repeating item gives its dates within the project's period, or a
    // year from today where the project has no end.
    const QDate today = QDate::currentDate();
    const QDate from = shown.start.isValid() ? shown.start : today;
    const QDate to = shown.end.isValid() && shown.end >= from ? shown.end : std::max(from, today).addYears(1);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, project = shown.id, name = shown.name, from, to](const QString &path) {
                readFile(project, name, path, from, to);
            });
    dialog->open();
}

void CalendarActions::readFile(const QUuid &project, const QString &name, const QString &path, const QDate &from,
                               const QDate &to)
{
    auto future = m_plan->readCalendar(path, from, to);
    auto *progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000,
                                         m_window);
    progress->setObjectName(QStringLiteral("calendarProgress"));
    progress->setWindowTitle(tr("Import Calendar"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Shown only for a file that takes a while.
    progress->setMinimumDuration(400);
    progress->setValue(0);
    auto *watcher = new QFutureWatcher<Model::Result<Model::CalendarFile>>(progress);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    watcher->setFuture(future);
    const QPointer<QProgressDialog> reading(progress);
    connect(progress, &QProgressDialog::canceled, this, [this, future, progress]() mutable {
        // The read stops at its next step; whatever it still answers is dropped with the dialog.
        future.cancel();
        progress->deleteLater();
        Q_EMIT said(tr("The calendar import was stopped. Nothing was imported."));
    });
    Model::onResult(future, this, [this, reading, project, name, path](const Model::Result<Model::CalendarFile> &r) {
        if (!reading)
            return; // cancelled
        reading->deleteLater();
        if (!r.ok()) {
            // A broken file changes nothing; say what is wrong with it.
            m_messages->showError(m_window, tr("The calendar cannot be imported"), r.error().message);
            return;
        }
        auto *preview = new CalendarImportDialog(path, name, r.value(), m_window);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        connect(preview, &QDialog::accepted, this, [this, preview, project] {
            Model::onResult(m_editor->importCalendar(project, preview->chosen()), this,
                            [this](const Model::Result<Model::CalendarImportCount> &done) {
                                if (!done.ok())
                                    m_messages->showError(m_window, tr("The calendar was not imported"),
                                                          done.error().message);
                                else
                                    Q_EMIT said(describeImport(done.value()));
                            });
        });
        preview->open();
    });
}

QString CalendarActions::describeImport(const Model::CalendarImportCount &count)
{
    QStringList parts;
    if (count.added > 0 || (count.updated == 0 && count.unchanged == 0))
        parts << tr("%n item(s) added", nullptr, count.added);
    if (count.updated > 0)
        parts << tr("%n item(s) updated", nullptr, count.updated);
    if (count.unchanged > 0)
        parts << tr("%n item(s) already up to date", nullptr, count.unchanged);
    return tr("Calendar imported: %1.").arg(QLocale().createSeparatedList(parts));
}

} // namespace Views
