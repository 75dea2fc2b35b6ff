#include "listfigures.h"

#include "benchsupport.h"
#include "listmeasure.h"
#include "listqueries.h"
#include "listrawdb.h"
#include "listsession.h"

#include "model/projectlistmodel.h"
#include "store/projectsearch.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;
using Bench::Report;

namespace Bench::List {

namespace {

/// The user's wait: constructing the store, opening the file and showing the
/// first page, as Application does (open, then reload the list).
qint64 regieFirstScreen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto store = std::make_unique<Store::SqliteStore>();
    std::unique_ptr<Model::ProjectListModel> model;
    QEventLoop loop;
    store->open(path).then(&loop, [&](const Model::Status &status) {
        if (!status.ok())
            die(status.error().message);
        model = std::make_unique<Model::ProjectListModel>(store.get(), store->notifier());
        QObject::connect(model.get(), &Model::ProjectListModel::loaded, &loop, &QEventLoop::quit);
        model->setIncludeClosed(false); // reloads, as the app's list panel does
    });
    loop.exec();
    const qint64 elapsed = timer.nsecsElapsed();
    if (model->rowCount() != PageSize)
        die(u"the first screen has %1 rows, not %2"_s.arg(model->rowCount()).arg(PageSize));
    model.reset();
    store.reset();
    return elapsed;
}

qint64 rawFirstScreen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    RawDb db(path);
    const int rows = db.find({}, {}, {}, PageSize);
    const qint64 elapsed = timer.nsecsElapsed();
    if (rows != PageSize)
        die(u"raw first screen has %1 rows"_s.arg(rows));
    return elapsed;
}

const QStringList SearchTerms = {u"zorg"_s, u"sudwest"_s, u"kwelder"_s, u"qqqx"_s};

} // namespace

void firstScreen(const Options &o, Report &report)
{
    const auto [regie, raw] = measure(
        o, u"first-screen"_s, [&] { return regieFirstScreen(o.db); }, [&] { return rawFirstScreen(o.db); });
    report.add({u"first-screen"_s, regie, raw, u"ms"_s, 3.0});
}

void filter(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : SearchTerms) {
        int rows = -1;
        const auto [a, b] = measure(
            o, u"filter-"_s + term,
            [&] {
                // Back to the unfiltered list first; setSearchText() of the
                // text the model already has does nothing (and loads nothing).
                if (!session.model->searchText().isEmpty()) {
                    runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                             [&] { session.model->setSearchText(QString()); });
                    session.settle();
                }
                QElapsedTimer timer;
                timer.start();
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(term); });
                const qint64 elapsed = timer.nsecsElapsed();
                rows = session.model->rowCount();
                session.settle();
                return elapsed;
            },
            [&] {
                QElapsedTimer timer;
                timer.start();
                const int n = raw.find(term, {}, {}, PageSize);
                const qint64 elapsed = timer.nsecsElapsed();
                if (rows >= 0 && n != rows)
                    die(u"filter \"%1\": regie shows %2 rows, the raw query %3"_s.arg(term).arg(rows).arg(n));
                return elapsed;
            });
        report.add({u"filter \"%1\" (%2 rows)"_s.arg(term).arg(rows), a, b, u"ms"_s});
    }
}

void count(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : QStringList{QString()} + SearchTerms) {
        Model::ProjectQuery query;
        query.text = term;
        query.includeClosed = false;
        int total = -1;
        const auto [a, b] = measure(
            o, u"count-"_s + (term.isEmpty() ? u"all"_s : term),
            [&] {
                QElapsedTimer timer;
                timer.start();
                const auto result = session.store->countProjects(query).result();
                const qint64 elapsed = timer.nsecsElapsed();
                if (!result.ok())
                    die(result.error().message);
                total = result.value();
                return elapsed;
            },
            [&] {
                QElapsedTimer timer;
                timer.start();
                const int n = raw.count(term);
                const qint64 elapsed = timer.nsecsElapsed();
                if (n != total)
                    die(u"count \"%1\": regie %2, raw %3"_s.arg(term).arg(total).arg(n));
                return elapsed;
            });
        report.add({u"count \"%1\" (%2)"_s.arg(term.isEmpty() ? u"all"_s : term).arg(total), a, b, u"ms"_s});
    }
}

// The page after row 10,000 as the view asks for it while scrolling.
void nextPage(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    auto *model = session.model.get();
    while (model->rowCount() < 10000 && model->canFetchMore({}))
        runUntil(model, &Model::ProjectListModel::loaded, [&] { model->fetchMore({}); });
    std::vector<double> a, b;
    for (int i = 0; i < std::max(o.repeat, 1) + 1 && model->canFetchMore({}); ++i) {
        const auto last = model->index(model->rowCount() - 1).data(Model::ProjectListModel::SummaryRole)
                              .value<Model::ProjectSummary>();
        const std::string key = last.sortKey.toStdString();
        const std::string id = last.id.toString(QUuid::WithoutBraces).toStdString();
        const int before = model->rowCount();
        qint64 regie;
        {
            Section s(o.callgrind && i > 0, u"next-page regie"_s);
            QElapsedTimer timer;
            timer.start();
            runUntil(model, &Model::ProjectListModel::loaded, [&] { model->fetchMore({}); });
            regie = timer.nsecsElapsed();
        }
        session.settle();
        qint64 rawNs;
        int n;
        {
            Section s(o.callgrind && i > 0, u"next-page raw"_s);
            QElapsedTimer timer;
            timer.start();
            n = raw.find({}, key, id, PageSize);
            rawNs = timer.nsecsElapsed();
        }
        if (n != model->rowCount() - before)
            die(u"next page: regie added %1 rows, raw found %2"_s.arg(model->rowCount() - before).arg(n));
        if (i > 0) { // the first round warms up
            a.push_back(ms(regie));
            b.push_back(ms(rawNs));
        }
    }
    report.add({u"next-page (after row 10000)"_s, median(a), median(b), u"ms"_s});
}

} // namespace Bench::List
