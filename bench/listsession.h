#pragma once

// The store and the list model as the app opens them.

#include "benchsupport.h"

#include "model/projectlistmodel.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QString>

#include <memory>

namespace Bench::List {

/// Runs the event loop until @p signal of @p sender, after calling @p start.
template<typename Sender, typename Signal, typename Start>
void runUntil(Sender *sender, Signal signal, Start start)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QObject::connect(sender, &Model::ProjectListModel::failed, &loop, [](const QString &message) { die(message); });
    start();
    loop.exec();
}

/// A store opened once, with its model showing the first screen.
struct Session {
    std::unique_ptr<Store::SqliteStore> store;
    std::unique_ptr<Model::ProjectListModel> model;

    explicit Session(const QString &path)
        : store(std::make_unique<Store::SqliteStore>())
    {
        if (auto opened = store->open(path).result(); !opened.ok())
            die(opened.error().message);
        model = std::make_unique<Model::ProjectListModel>(store.get(), store->notifier());
        // As the app opens the list: "show closed projects" off.
        runUntil(model.get(), &Model::ProjectListModel::loaded, [this] { model->setIncludeClosed(false); });
        settle();
    }
    ~Session()
    {
        model.reset();
        store.reset();
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Waits until the worker has answered everything asked so far (the count
    // a reload queues after its page) and the answers have been delivered.
    void settle()
    {
        store->identity().waitForFinished();
        QCoreApplication::processEvents();
    }
};

} // namespace Bench::List
