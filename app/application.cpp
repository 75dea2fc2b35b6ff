#include "application.h"

#include "synccontroller.h"

#include "extract/textextractor.h"
#include "model/async.h"
#include "model/attachmenttextindexer.h"
#include "model/demoregion.h"
#include "model/editor.h"
#include "model/organisationlistmodel.h"
#include "store/sqlitestore.h"
#include "views/aboutdialog.h"
#include "views/handbookdialog.h"
#include "views/helpactions.h"
#include "views/mainwindow.h"
#include "views/messagebox.h"
#include "views/serverdialog.h"
#include "views/welcomedialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPainter>
#include <QPointer>
#include <QSettings>
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
    m_editor->setPlan(m_store.get());
    m_editor->setSync(m_store.get());
    m_editor->setKnowledge(m_store.get());
    m_editor->setAttachments(m_store.get());
    m_store->setTextExtractor([](const QString &path, const QString &mediaType, const QString &fileName) {
        const auto read = Extract::TextExtractor::extract(path, mediaType, fileName);
        return ExtractedText{{}, read.readable, read.text};
    });
    m_texts = std::make_unique<AttachmentTextIndexer>(m_store.get(), m_store->notifier());
    m_editor->setExperts(m_store.get());
    m_editor->setConsultations(m_store.get());
    m_organisations = std::make_unique<OrganisationListModel>(m_store.get(), m_store->notifier());
    Views::MainWindow::Services services;
    services.projects = m_store.get();
    services.organisations = m_store.get();
    services.notifier = m_store->notifier();
    services.editor = m_editor.get();
    services.messages = m_messages.get();
    services.sync = m_store.get();
    services.plan = m_store.get();
    services.knowledge = m_store.get();
    services.experts = m_store.get();
    services.consultations = m_store.get();
    m_knowledgeServer = std::make_unique<Sync::ServerKnowledgeSearchService>();
    services.knowledgeServer = m_knowledgeServer.get();
    services.attachments = m_store.get();
    m_sync = std::make_unique<SyncController>(m_path);
    services.attachmentFetcher = m_sync.get();
    m_window = std::make_unique<Views::MainWindow>(services);
    m_window->setDatabasePath(m_path);

    connect(m_window.get(), &Views::MainWindow::syncRequested, this, [this] {
        if (m_sync->hasServer())
            m_sync->syncNow();
        else
            editServer();
    });
    connect(m_window.get(), &Views::MainWindow::syncCancelRequested, m_sync.get(), &SyncController::cancel);
    connect(m_window.get(), &Views::MainWindow::serverSettingsRequested, this, &Application::editServer);
    connect(&m_credentials, &Credentials::notStored, this, [this](const QString &, const QString &reason) {
        // Said once a session: without a keyring every sync would ask again.
        if (m_toldPasswordNotStored)
            return;
        m_toldPasswordNotStored = true;
        std::fprintf(stderr, "regie: the password was not stored: %s\n", qPrintable(reason));
        m_messages->showError(m_window.get(), tr("Password not remembered"),
                              tr("Your password could not be stored, because no keyring (password manager such "
                                 "as KWallet or GNOME Keyring) is running on this computer. Regie will ask for it "
                                 "again the next time you start it.\n\nDetails: %1")
                                  .arg(reason));
    });
    connect(m_sync.get(), &SyncController::progress, m_window.get(), &Views::MainWindow::setSyncProgress);
    connect(m_sync.get(), &SyncController::stateChanged, this,
            [this](SyncController::State state, const QString &message) {
                switch (state) {
                case SyncController::State::NoServer:
                    m_knowledgeServer->setServer({});
                    m_window->setServerConfigured(false);
                    m_window->setSyncState(tr("No sync server"), false);
                    break;
                case SyncController::State::Syncing:
                    m_window->setSyncState(tr("Syncing…"), true);
                    break;
                case SyncController::State::Online:
                    // Signed in: searches in the knowledge base also ask the server.
                    m_knowledgeServer->setServer(m_sync->server());
                    m_window->setSyncState(
                        tr("Synced at %1").arg(QLocale().toString(m_sync->lastSync().time(), QLocale::ShortFormat)),
                        false, tr("Server: %1").arg(m_sync->server().host));
                    break;
                case SyncController::State::Offline:
                    m_window->setSyncState(tr("Offline — your changes wait here"), false, message);
                    break;
                }
            });
    connect(m_sync.get(), &SyncController::synced, this, &Application::onSynced);
    connect(m_sync.get(), &SyncController::failed, this, &Application::onSyncFailed);
}

Application::~Application()
{
    // The window and models refer to the store: they go first.
    m_sync.reset();
    m_texts.reset();
    m_window.reset();
    m_knowledgeServer.reset();
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
    Model::onResult(m_store->open(m_path), this, [this](const Status &status) { onOpened(status); });
}

void Application::onOpened(const Status &status)
{
    if (!status.ok()) {
        fail(tr("The database cannot be opened"), status.error().message, 1);
        return;
    }
    m_window->start();
    m_texts->start(); // what an earlier session attached or pulled and did not read
    configureServer();
    ensureIdentity();
}

void Application::ensureIdentity()
{
    Model::onResult(m_store->identity(), this, [this](const Result<Identity> &result) {
        if (!result.ok()) {
            fail(tr("The database cannot be read"), result.error().message, 1);
            return;
        }
        if (result.value().isValid())
            useIdentity(result.value());
        else if (m_sync->hasServer() || m_askingPassword)
            m_waitingForFirstSync = true; // the server knows who we are
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
    Model::onResult(m_store->importBundle(bundle.value()), this, [this](const Status &status) {
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
            Model::onResult(m_store->savePerson(me), this, [this](const Result<Person> &person) {
                if (!person.ok()) {
                    m_messages->showError(m_window.get(), tr("Welcome"), person.error().message);
                    showWelcome();
                    return;
                }
                Model::onResult(m_store->setIdentity(person.value().id), this, [this](const Result<Identity> &identity) {
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
        Model::onResult(m_store->saveOrganisation(dialog->newOrganisation()), this, [this, savePerson](const Result<Organisation> &org) {
            if (!org.ok()) {
                m_messages->showError(m_window.get(), tr("Welcome"), org.error().message);
                showWelcome();
                return;
            }
            savePerson(org.value().id);
        });
    });
    dialog->open();
    if (!m_options.screenshot.isEmpty()) {
        // Nobody answers the dialog: take its picture once its list is filled.
        const QPointer<QDialog> shown(dialog);
        auto later = [this, shown] {
            QTimer::singleShot(800, this, [this, shown] { saveScreenshot(shown); });
        };
        connect(m_organisations.get(), &OrganisationListModel::loaded, this, later, Qt::SingleShotConnection);
        connect(m_organisations.get(), &OrganisationListModel::failed, this, later, Qt::SingleShotConnection);
    }
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

// Developer aid for ./regie-dev run without a display: wait until the
// window shows what a user sees on start (the overview), and save a picture
// of it. REGIE_SCREENSHOT_PROJECT names a project to show instead;
// REGIE_SCREENSHOT_HELP=handbook or about opens that over the overview
// (tools/make-screenshots.sh).
void Application::prepareScreenshot()
{
    const QString wanted = qEnvironmentVariable("REGIE_SCREENSHOT_PROJECT");
    if (wanted.isEmpty()) {
        connect(m_window.get(), &Views::MainWindow::overviewShown, this, [this] {
            QTimer::singleShot(800, this, [this] {
                const QString help = qEnvironmentVariable("REGIE_SCREENSHOT_HELP");
                if (help == QLatin1String("handbook"))
                    saveScreenshot(m_window->help()->showHandbook());
                else if (help == QLatin1String("about"))
                    saveScreenshot(m_window->help()->showAbout());
                else
                    saveScreenshot();
            });
        }, Qt::SingleShotConnection);
        m_window->showOverview();
        return;
    }
    connect(m_window.get(), &Views::MainWindow::projectShown, this, [this] {
        QTimer::singleShot(800, this, [this] { saveScreenshot(); });
    }, Qt::SingleShotConnection);
    ProjectQuery query;
    query.limit = 1;
    query.text = wanted;
    Model::onResult(m_store->findProjects(query), this, [this](const Result<QList<ProjectSummary>> &result) {
        if (!result.ok() || result.value().isEmpty()) {
            saveScreenshot();
            return;
        }
        m_window->selectProject(result.value().constFirst().id);
    });
}

void Application::saveScreenshot(QWidget *dialog)
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    const QString path = QFileInfo(m_options.screenshot).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!picture(dialog).save(path, "PNG")) {
        std::fprintf(stderr, "regie: cannot save %s\n", qPrintable(path));
        Q_EMIT finished(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    Q_EMIT finished(0);
}

QImage Application::picture(QWidget *dialog) const
{
    QImage window = m_window->grab().toImage();
    if (!dialog)
        return window;
    // The dialog over the middle of the window, as a window manager shows it.
    QImage top = dialog->grab().toImage();
    QImage canvas(window.size().expandedTo(top.size()), QImage::Format_ARGB32_Premultiplied);
    canvas.fill(m_window->palette().color(QPalette::Window));
    window.setDevicePixelRatio(1);
    top.setDevicePixelRatio(1);
    QPainter painter(&canvas);
    painter.drawImage(QPoint((canvas.width() - window.width()) / 2, 0), window);
    const QRect placed(QPoint((canvas.width() - top.width()) / 2, (canvas.height() - top.height()) / 2), top.size());
    painter.drawImage(placed.topLeft(), top);
    painter.setPen(m_window->palette().color(QPalette::Dark));
    painter.drawRect(placed.adjusted(-1, -1, 0, 0));
    return canvas;
}

QString Application::settingsGroup() const
{
    // Server settings belong to one laptop database, not to the program.
    return QStringLiteral("sync-") + QString::fromLatin1(QCryptographicHash::hash(QFileInfo(m_path).absoluteFilePath().toUtf8(),
                                                                                  QCryptographicHash::Sha1)
                                                             .toHex()
                                                             .left(16));
}

QString Application::account(const Sync::ServerSettings &s)
{
    return QStringLiteral("%1@%2:%3/%4").arg(s.user, s.host).arg(s.port).arg(s.database);
}

void Application::configureServer()
{
    Sync::ServerSettings s;
    if (!m_options.server.isEmpty()) {
        // host[:port][/database]
        QString rest = m_options.server;
        const int slash = rest.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            s.database = rest.mid(slash + 1);
            rest = rest.left(slash);
        }
        const int colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            s.port = rest.mid(colon + 1).toInt();
            rest = rest.left(colon);
        }
        s.host = rest;
        s.user = m_options.user;
    } else {
        QSettings settings;
        settings.beginGroup(settingsGroup());
        s.host = settings.value(QStringLiteral("host")).toString();
        s.port = settings.value(QStringLiteral("port"), 5432).toInt();
        s.database = settings.value(QStringLiteral("database"), QStringLiteral("regie")).toString();
        s.user = settings.value(QStringLiteral("user")).toString();
        s.sslMode = settings.value(QStringLiteral("sslmode")).toString();
        s.sslRootCert = settings.value(QStringLiteral("sslrootcert")).toString();
    }
    if (!s.isValid()) {
        m_window->setServerConfigured(false);
        m_window->setSyncState(tr("No sync server"), false, tr("Choose Sync ▸ Sync Server to share your projects."));
        return;
    }
    m_window->setServerConfigured(true);
    // For scripted demos: a password in the environment, never stored.
    const QString fromEnvironment = qEnvironmentVariable("REGIE_SYNC_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        s.password = fromEnvironment;
        m_sync->setServer(s);
        return;
    }
    m_askingPassword = true;
    m_credentials.read(account(s), [this, s](const QString &password) {
        if (password.isEmpty()) {
            connectWithPassword(s, tr("Enter your password for %1 on %2.").arg(s.user, s.host));
            return;
        }
        m_askingPassword = false;
        Sync::ServerSettings withPassword = s;
        withPassword.password = password;
        m_sync->setServer(withPassword);
    });
}

void Application::connectWithPassword(const Sync::ServerSettings &settings, const QString &reason)
{
    m_askingPassword = true;
    auto *dialog = new Views::ServerDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues({settings.host, settings.port, settings.database, settings.user, {},
                       settings.sslMode == QLatin1String("verify-full"), settings.sslRootCert, true});
    dialog->askPasswordOnly(reason);
    connect(dialog, &QDialog::accepted, this, [this, dialog, settings] {
        m_askingPassword = false;
        Sync::ServerSettings s = settings;
        s.password = dialog->values().password;
        if (dialog->values().remember)
            m_credentials.write(account(s), s.password);
        m_sync->setServer(s);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_askingPassword = false;
        m_window->setSyncState(tr("Offline — your changes wait here"), false, tr("No password was given."));
        if (m_waitingForFirstSync) {
            m_waitingForFirstSync = false;
            showWelcome();
        }
    });
    dialog->open();
}

void Application::editServer()
{
    auto *dialog = new Views::ServerDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Sync::ServerSettings &current = m_sync->server();
    if (current.isValid()) {
        dialog->setValues({current.host, current.port, current.database, current.user, current.password,
                           current.sslMode == QLatin1String("verify-full"), current.sslRootCert, true});
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto v = dialog->values();
        Sync::ServerSettings s;
        s.host = v.host;
        s.port = v.port;
        s.database = v.database;
        s.user = v.user;
        s.password = v.password;
        s.sslMode = v.tls ? QStringLiteral("verify-full") : QString();
        s.sslRootCert = v.tls ? v.caFile : QString();
        QSettings settings;
        settings.beginGroup(settingsGroup());
        settings.setValue(QStringLiteral("host"), s.host);
        settings.setValue(QStringLiteral("port"), s.port);
        settings.setValue(QStringLiteral("database"), s.database);
        settings.setValue(QStringLiteral("user"), s.user);
        settings.setValue(QStringLiteral("sslmode"), s.sslMode);
        settings.setValue(QStringLiteral("sslrootcert"), s.sslRootCert);
        if (v.remember)
            m_credentials.write(account(s), s.password);
        else
            m_credentials.forget(account(s));
        m_window->setServerConfigured(s.isValid());
        m_sync->setServer(s);
    });
    dialog->open();
}

void Application::onSynced(const Sync::Report &report)
{
    ChangeSet changes;
    changes.tables = report.tablesChanged | ChangeSet::Sync;
    Q_EMIT m_store->notifier()->changed(changes);
    if (report.serverRestored && report.resent > 0)
        m_window->statusBar()->showMessage(tr("The server was restored from a backup: %n change(s) it had lost were "
                                              "sent again from this computer.",
                                              nullptr, report.resent),
                                           30000);
    else if (report.serverRestored)
        m_window->statusBar()->showMessage(
            tr("The server was restored from a backup; this computer had nothing the server lacked."), 30000);
    else if (report.conflicts > 0)
        m_window->statusBar()->showMessage(
            tr("%n new conflict(s)", nullptr, report.conflicts), 15000);
    else if (report.rejected > 0)
        m_window->statusBar()->showMessage(tr("The server refused %n change(s).", nullptr, report.rejected), 15000);
    else if (report.lostProjects > 0)
        m_window->statusBar()->showMessage(
            tr("%n project(s) are no longer shared with your organisation and were removed from this computer.",
               nullptr, report.lostProjects),
            15000);
    if (m_waitingForFirstSync || (report.tablesChanged & ChangeSet::Identity)) {
        m_waitingForFirstSync = false;
        Model::onResult(m_store->identity(), this, [this](const Result<Identity> &result) {
            if (result.ok() && result.value().isValid())
                useIdentity(result.value());
            else if (!m_window->identity().isValid())
                showWelcome();
        });
    }
}

void Application::onSyncFailed(const QString &message, bool credentials)
{
    if (credentials && !m_askingPassword) {
        connectWithPassword(m_sync->server(), message);
        return;
    }
    if (m_waitingForFirstSync && !m_askingPassword) {
        m_waitingForFirstSync = false;
        m_messages->showError(m_window.get(), tr("Sync"), message);
        showWelcome();
    }
}

} // namespace App
