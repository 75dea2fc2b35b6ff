#include "listqueries.h"

#include "store/projectsearch.h"

namespace Bench::List {

Model::ProjectQuery textQuery(const QString &text)
{
    Model::ProjectQuery query;
    query.text = text;
    return query;
}

std::string textFilter(const QString &text, Match match, bool common)
{
    if (text.isEmpty())
        return {};
    const QString sql = match == Match::Store ? Store::ProjectSearch::filter(textQuery(text), common)
                                              : Store::ProjectSearch::scanFilter();
    return sql.toStdString();
}

QByteArray textPattern(const QString &text, Match match, bool common)
{
    return (match == Match::Store ? Store::ProjectSearch::pattern(textQuery(text), common)
                                  : Store::ProjectSearch::likePattern(textQuery(text)))
        .toUtf8();
}

} // namespace Bench::List
