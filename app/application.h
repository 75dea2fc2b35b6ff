#pragma once

#include "commandline.h"
#include "credentials.h"

#include "sync/serverknowledgesearchservice.h"
#include "sync/syncsession.h"
#include "model/result.h"
#include "model/types.h"

#include <QImage>
#include <QObject>
#include <QUndoStack>

#include <memory>

class QWidget;

namespace Model {
class AttachmentTextIndexer;
class Editor;
class OrganisationListModel;
}
namespace Store {
class SqliteStore;
}
namespace Views {
class MainWindow;
class MessageBox;
}

namespace App {

class SyncController;

/// Wires the store, the editor and the main window together and walks the
/// user through the first start: open the database, then make sure we know
/// who works here (own organisation or the demo region).
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOpened(const Model::Status &status);
    void ensureIdentity();
    void loadDemo();
    void showWelcome();
    void useIdentity(const Model::Identity &identity);
    void fail(const QString &title, const QString &message, int exitCode);
    void prepareScreenshot();
    /// Saves the main window, with @p dialog over it when one waits for the user.
    void saveScreenshot(QWidget *dialog = nullptr);
    QImage picture(QWidget *dialog) const;

    // Sync: the server comes from the command line or this database's
    // settings; the password from the keychain or the user.
    void configureServer();
    void connectWithPassword(const Sync::ServerSettings &settings, const QString &reason);
    void editServer();
    void onSynced(const Sync::Report &report);
    void onSyncFailed(const QString &message, bool credentials);
    QString settingsGroup() const;
    static QString account(const Sync::ServerSettings &settings);

    Options m_options;
    QString m_path;
    std::unique_ptr<Store::SqliteStore> m_store;
    QUndoStack m_undoStack;
    std::unique_ptr<Model::Editor> m_editor;
    std::unique_ptr<Views::MessageBox> m_messages;
    std::unique_ptr<Model::OrganisationListModel> m_organisations;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<Sync::ServerKnowledgeSearchService> m_knowledgeServer;
    std::unique_ptr<Model::AttachmentTextIndexer> m_texts;
    Credentials m_credentials;
    bool m_screenshotTaken = false;
    bool m_waitingForFirstSync = false;
    bool m_askingPassword = false;
    bool m_toldPasswordNotStored = false; ///< the missing keyring is told once a session
};

} // namespace App
