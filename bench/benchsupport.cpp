#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Bench {

void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double statusMb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

Report::Report(int nameWidth)
    : m_nameWidth(nameWidth)
{
}

void Report::add(const Figure &f)
{
    m_figures.append(f);
    QString target = u"(no target)"_s;
    if (f.hasTarget())
        target = f.memory ? u"(target regie < %1 %2)  %3"_s.arg(f.target).arg(f.unit, f.pass() ? u"ok"_s : u"MISSED"_s)
                          : u"(target <= %1)  %2"_s.arg(f.target).arg(f.pass() ? u"ok"_s : u"MISSED"_s);
    std::printf("%-*s regie %8.2f %s  raw %8.2f %s  ratio %6.2f  %s\n", m_nameWidth, qPrintable(f.name), f.regie,
                qPrintable(f.unit), f.raw, qPrintable(f.unit), f.ratio(), qPrintable(target));
    if (!f.measures.isEmpty())
        std::printf("    %s\n", qPrintable(f.measures));
    std::fflush(stdout);
}

bool Report::allPass() const
{
    return std::all_of(m_figures.cbegin(), m_figures.cend(), [](const Figure &f) { return f.pass(); });
}

QJsonDocument Report::json(const QString &database, int repeat) const
{
    QJsonArray figures;
    for (const Figure &f : m_figures) {
        QJsonObject o{{u"name"_s, f.name}, {u"regie"_s, f.regie}, {u"raw"_s, f.raw},
                      {u"unit"_s, f.unit}, {u"ratio"_s, f.ratio()}, {u"pass"_s, f.pass()}};
        if (!f.measures.isEmpty())
            o.insert(u"measures"_s, f.measures);
        if (f.hasTarget())
            o.insert(f.memory ? u"targetMb"_s : u"targetRatio"_s, f.target);
        figures.append(o);
    }
    return QJsonDocument(QJsonObject{{u"database"_s, database}, {u"repeat"_s, repeat}, {u"figures"_s, figures}});
}

} // namespace Bench
