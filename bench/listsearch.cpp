#include "listsearch.h"

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

const QStringList IndexedTerms = {u"zorg"_s, u"sudwest"_s, u"kwelder"_s, u"warmte"_s, u"co2"_s, u"qqqx"_s};
const QStringList ShortTerms = {u"zo"_s, u"q"_s};
constexpr double SearchTargetMs = 20;

} // namespace

void search(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : IndexedTerms + ShortTerms) {
        const auto viaIndex = raw.ids(term, Match::Store);
        const auto viaScan = raw.ids(term, Match::Scan);
        if (viaIndex != viaScan)
            die(u"search \"%1\": the index finds %2 projects, the LIKE scan %3"_s.arg(term)
                    .arg(viaIndex.size())
                    .arg(viaScan.size()));
        // Each side in a block of its own: a LIKE scan reads every text and
        // would push the index's pages out of the caches between two searches.
        std::vector<double> a, b;
        int rows = -1;
        for (int i = 0; i < std::max(o.repeat, 1) + 1; ++i) {
            if (!session.model->searchText().isEmpty()) {
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(QString()); });
                session.settle();
            }
            qint64 regie;
            {
                Section s(o.callgrind && i > 0, u"search-%1 regie"_s.arg(term));
                QElapsedTimer timer;
                timer.start();
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(term); });
                regie = timer.nsecsElapsed();
            }
            rows = session.model->rowCount();
            session.settle();
            if (i > 0) // the first round warms up
                a.push_back(ms(regie));
        }
        std::vector<RawRow> page;
        for (int i = 0; i < std::max(o.repeat, 1) + 1; ++i) {
            page.clear();
            qint64 scan;
            {
                Section s(o.callgrind && i > 0, u"search-%1 like"_s.arg(term));
                QElapsedTimer timer;
                timer.start();
                raw.find(term, {}, {}, PageSize, &page, Match::Scan);
                scan = timer.nsecsElapsed();
            }
            if (i > 0)
                b.push_back(ms(scan));
        }
        if (int(page.size()) != rows)
            die(u"search \"%1\": regie shows %2 rows, the LIKE scan %3"_s.arg(term).arg(rows).arg(page.size()));
        for (int r = 0; r < rows; ++r) {
            const auto shown = session.model->index(r).data(Model::ProjectListModel::IdRole).toUuid();
            if (shown.toString(QUuid::WithoutBraces).toStdString() != page[size_t(r)].id)
                die(u"search \"%1\": row %2 differs from the LIKE scan's"_s.arg(term).arg(r));
        }
        const bool indexed = Model::sortKey(term).size() >= Store::ProjectSearch::IndexedLength;
        Figure f{u"search \"%1\" p95"_s.arg(term), Bench::percentile(a, 0.95), Bench::percentile(b, 0.95), u"ms"_s,
                 indexed ? SearchTargetMs : 0.0};
        f.limit = true;
        f.measures = u"%1; same %2 projects as the LIKE scan (first page equal, row by row); median %3 ms"_s
                         .arg(indexed ? u"FTS5 trigram index, page through the model"_s
                                      : u"shorter than 3: LIKE scan, page through the model"_s)
                         .arg(viaIndex.size())
                         .arg(median(a), 0, 'f', 2);
        report.add(f);
    }
}

} // namespace Bench::List
