#pragma once

#include "commandline.h"
#include "model/result.h"
#include "model/types.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Model {
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
    void saveScreenshot();

    Options m_options;
    QString m_path;
    std::unique_ptr<Store::SqliteStore> m_store;
    QUndoStack m_undoStack;
    std::unique_ptr<Model::Editor> m_editor;
    std::unique_ptr<Views::MessageBox> m_messages;
    std::unique_ptr<Model::OrganisationListModel> m_organisations;
    std::unique_ptr<Views::MainWindow> m_window;
    bool m_screenshotTaken = false;
};

} // namespace App
