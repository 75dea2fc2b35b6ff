#pragma once

// A main window on a real store in a temporary file, for the views and
// features tests. Header-only: each test executable includes it once.

#include "testlib/testenvironment.h"

#include "model/editor.h"
#include "store/sqlitestore.h"
#include "views/dialogshortcuts.h"
#include "views/mainwindow.h"
#include "views/messagebox.h"

#include <QAbstractItemModel>
#include <QDialog>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace TestLib {

/// Answers questions without a modal dialog and remembers what was said.
class RecordingMessageBox : public Views::MessageBox
{
public:
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        errors.append(title + QStringLiteral(": ") + message);
    }
    bool confirm(QWidget *, const QString &, const QString &question) override
    {
        questions.append(question);
        return answer;
    }

    QStringList errors;
    QStringList questions;
    bool answer = true;
};

class WindowFixture
{
public:
    WindowFixture()
    {
        Views::DialogShortcuts::install(); // as main() does
        const auto opened = await(store.open(dir.file(QStringLiteral("regie.sqlite"))));
        if (!opened.ok())
            qFatal("cannot open the test store: %s", qPrintable(opened.error().message));
    }

    ~WindowFixture()
    {
        if (!QTest::qWaitFor([this] { return editor.pending() == 0; }, 10000))
            qWarning("writes were still pending at the end of the test");
        window.reset();
        stack.clear();
    }

    Model::Organisation addOrganisation(const QString &name, const QString &code = {})
    {
        Model::Organisation o;
        o.id = QUuid::createUuid();
        o.name = name;
        o.municipalityCode = code;
        const auto saved = await(store.saveOrganisation(o));
        if (!saved.ok())
            qFatal("cannot save %s: %s", qPrintable(name), qPrintable(saved.error().message));
        return saved.value();
    }

    Model::Project addProject(const QString &name, Model::ProjectStatus status, const QUuid &lead,
                              const QString &slogan = {})
    {
        Model::Project p;
        p.id = QUuid::createUuid();
        p.name = name;
        p.slogan = slogan;
        p.purpose = QStringLiteral("Samen meer bereiken");
        p.urgency = QStringLiteral("De vraag groeit sneller dan één gemeente aankan");
        p.status = status;
        const auto created = await(store.createProject(p, lead));
        if (!created.ok())
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(created.error().message));
        return created.value();
    }

    Model::Identity becomeSomeoneAt(const Model::Organisation &organisation, const QString &name)
    {
        Model::Person me;
        me.id = QUuid::createUuid();
        me.name = name;
        me.organisationId = organisation.id;
        await(store.savePerson(me));
        return await(store.setIdentity(me.id)).value();
    }

    /// What a main window on @p store works with, as the application wires it.
    static Views::MainWindow::Services servicesOf(Store::SqliteStore &store, Model::Editor &editor,
                                                  Views::MessageBox &messages)
    {
        Views::MainWindow::Services services;
        services.projects = &store;
        services.organisations = &store;
        services.notifier = store.notifier();
        editor.setPlan(&store);
        editor.setSync(&store);
        editor.setKnowledge(&store);
        editor.setAttachments(&store);
        editor.setExperts(&store);
        editor.setConsultations(&store);
        services.editor = &editor;
        services.messages = &messages;
        services.sync = &store;
        services.plan = &store;
        services.knowledge = &store;
        services.attachments = &store;
        services.experts = &store;
        services.consultations = &store;
        return services;
    }

    /// Shows the main window and starts it, as the application does.
    Views::MainWindow *startWindow(const Model::Identity &identity = {})
    {
        Views::MainWindow::Services services = servicesOf(store, editor, messages);
        services.today = [this] { return today; }; // the day openings are recorded on
        services.knowledgeServer = knowledgeServer;
        services.attachmentFetcher = fetcher;
        window = std::make_unique<Views::MainWindow>(services);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        window->start();
        window->setIdentity(identity);
        return window.get();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    /// The visible dialog called @p name, waiting for it to appear.
    template<typename T = QDialog>
    T *dialog(const QString &name) const
    {
        T *found = nullptr;
        const bool appeared = QTest::qWaitFor(
            [&] {
                const auto all = window->findChildren<T *>(name);
                for (T *d : all) {
                    if (d->isVisible()) {
                        found = d;
                        return true;
                    }
                }
                return false;
            },
            5000);
        if (!appeared)
            qWarning("no visible dialog %s", qPrintable(name));
        return found;
    }

    bool idle() const
    {
        return QTest::qWaitFor([this] { return editor.pending() == 0; }, 10000);
    }

    TempDir dir;
    Store::SqliteStore store;
    QUndoStack stack;
    Model::Editor editor{&store, &store, &stack};
    QDate today = QDate::currentDate(); ///< the day the window records openings on
    RecordingMessageBox messages;
    Model::AttachmentFetcher *fetcher = nullptr; ///< set before startWindow() to fetch attachments
    std::unique_ptr<Views::MainWindow> window;
    Model::KnowledgeServerSearch *knowledgeServer = nullptr; ///< the server's search the window gets, if any
};

/// The display text of @p row, @p column in @p model (empty past the end).
inline QString cell(const QAbstractItemModel *model, int row, int column)
{
    if (!model || row >= model->rowCount())
        return {};
    return model->index(row, column).data().toString();
}

} // namespace TestLib
