#include "application.h"

#include "model/demoregion.h"
#include "model/editor.h"
#include "model/organisationlistmodel.h"
#include "store/sqlitestore.h"
#include "views/mainwindow.h"
#include "views/messagebox.h"
#include "views/welcomedialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Model;

namespace App {

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_path(options.database.isEmpty() ? defaultDatabasePath() : options.database)
    , m_store(std::make_unique<Store::SqliteStore>())
    , m_messages(std::make_unique<Views::MessageBox>())
{
    m_editor = std::make_unique<Editor>(m_store.get(), m_store.get(), &m_undoStack);
    m_organisations = std::make_unique<OrganisationListModel>(m_store.get(), m_store->notifier());
    Views::MainWindow::Services services;
    services.projects = m_store.get();
    services.organisations = m_store.get();
    services.notifier = m_store->notifier();
    services.editor = m_editor.get();
    services.messages = m_messages.get();
    m_window = std::make_unique<Views::MainWindow>(services);
    m_window->setWindowFilePath(m_path);
}

Application::~Application()
{
    // The window and models refer to the store: they go first.
    m_window.reset();
    m_organisations.reset();
    m_editor.reset();
    m_undoStack.clear();
    m_store.reset();
}

void Application::start()
{
    // The window shows at once; the list fills as the store answers.
    m_window->show();
    if (!m_options.screenshot.isEmpty()) {
        QTimer::singleShot(120000, this, [this] {
            if (!m_screenshotTaken)
                fail(tr("Screenshot"), tr("The main window did not finish loading within two minutes."), 2);
        });
    }
    m_store->open(m_path).then(this, [this](const Status &status) { onOpened(status); });
}

void Application::onOpened(const Status &status)
{
    if (!status.ok()) {
        fail(tr("The database cannot be opened"), status.error().message, 1);
        return;
    }
    m_window->start();
    ensureIdentity();
}

void Application::ensureIdentity()
{
    m_store->identity().then(this, [this](const Result<Identity> &result) {
        if (!result.ok()) {
            fail(tr("The database cannot be read"), result.error().message, 1);
            return;
        }
        if (result.value().isValid())
            useIdentity(result.value());
        else if (m_options.demo)
            loadDemo();
        else
            showWelcome();
    });
}

void Application::loadDemo()
{
    QFile file(QStringLiteral(":/demo/demo-region.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Demo region"), tr("The demo region is missing from this build."), 1);
        return;
    }
    auto bundle = parseDemoRegion(file.readAll(), QDateTime::currentDateTimeUtc());
    if (!bundle.ok()) {
        fail(tr("Demo region"), bundle.error().message, 1);
        return;
    }
    m_window->statusBar()->showMessage(tr("Loading the demo region…"));
    m_store->importBundle(bundle.value()).then(this, [this](const Status &status) {
        if (!status.ok()) {
            m_messages->showError(m_window.get(), tr("Demo region"), status.error().message);
            showWelcome();
            return;
        }
        m_window->statusBar()->showMessage(tr("The demo region was loaded."), 5000);
        ensureIdentity();
    });
}

void Application::showWelcome()
{
    m_organisations->reload();
    auto *dialog = new Views::WelcomeDialog(m_organisations.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT finished(0); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choice() == Views::WelcomeDialog::Choice::Demo) {
            loadDemo();
            return;
        }
        const QString personName = dialog->personName();
        auto savePerson = [this, personName](const QUuid &organisationId) {
            Person me;
            me.id = QUuid::createUuid();
            me.name = personName;
            me.organisationId = organisationId;
            m_store->savePerson(me).then(this, [this](const Result<Person> &person) {
                if (!person.ok()) {
                    m_messages->showError(m_window.get(), tr("Welcome"), person.error().message);
                    showWelcome();
                    return;
                }
                m_store->setIdentity(person.value().id).then(this, [this](const Result<Identity> &identity) {
                    if (identity.ok())
                        useIdentity(identity.value());
                    else
                        fail(tr("Welcome"), identity.error().message, 1);
                });
            });
        };
        if (!dialog->organisationId().isNull()) {
            savePerson(dialog->organisationId());
            return;
        }
        m_store->saveOrganisation(dialog->newOrganisation()).then(this, [this, savePerson](const Result<Organisation> &org) {
            if (!org.ok()) {
                m_messages->showError(m_window.get(), tr("Welcome"), org.error().message);
                showWelcome();
                return;
            }
            savePerson(org.value().id);
        });
    });
    dialog->open();
}

void Application::useIdentity(const Identity &identity)
{
    m_window->setIdentity(identity);
    if (!m_options.screenshot.isEmpty())
        prepareScreenshot();
}

void Application::fail(const QString &title, const QString &message, int exitCode)
{
    std::fprintf(stderr, "regie: %s\n", qPrintable(message));
    if (m_options.screenshot.isEmpty())
        m_messages->showError(m_window.get(), title, message);
    Q_EMIT finished(exitCode);
}

// Developer aid for ./regie-dev run without a display: show the first
// project, wait until its page is filled, and save a picture of the window.
void Application::prepareScreenshot()
{
    connect(m_window.get(), &Views::MainWindow::projectShown, this, [this] {
        QTimer::singleShot(800, this, [this] { saveScreenshot(); });
    }, Qt::SingleShotConnection);
    ProjectQuery query;
    query.limit = 1;
    query.text = qEnvironmentVariable("REGIE_SCREENSHOT_PROJECT");
    m_store->findProjects(query).then(this, [this](const Result<QList<ProjectSummary>> &result) {
        if (!result.ok() || result.value().isEmpty()) {
            saveScreenshot();
            return;
        }
        m_window->selectProject(result.value().constFirst().id);
    });
}

void Application::saveScreenshot()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const QString path = QFileInfo(m_options.screenshot).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window->grab().save(path, "PNG")) {
        std::fprintf(stderr, "regie: cannot save %s\n", qPrintable(path));
        Q_EMIT finished(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    Q_EMIT finished(0);
}

} // namespace App
