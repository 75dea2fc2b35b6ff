#pragma once

// The local store on a fresh file, with helpers shared by the tests of its
// aggregates (tests/store/*storetest.cpp). Header-only.

#include "model/text.h"
#include "model/validation.h"
#include "store/localstore.h"
#include "store/outboxqueue.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Model;
using namespace Store;
using TestLib::makeOrganisation;
using TestLib::makeParticipation;
using TestLib::makeProject;

// What a test compares of a participation: who, in which role, since and until when.
inline QStringList describe(const QList<Participation> &rows)
{
    QStringList out;
    for (const auto &p : rows)
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(p.id.toString(), p.organisationName, key(p.role), p.joined.toString(Qt::ISODate),
                            p.left.toString(Qt::ISODate)));
    out.sort();
    return out;
}

inline QStringList describe(const QList<LeadTerm> &rows)
{
    QStringList out;
    for (const auto &t : rows)
        out.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(t.id.toString(), t.organisationName, t.from.toString(Qt::ISODate), t.until.toString(Qt::ISODate)));
    return out;
}

inline QStringList names(const QList<ProjectSummary> &rows)
{
    QStringList out;
    for (const auto &p : rows)
        out.append(p.name);
    return out;
}

class LocalStoreTestBase : public QObject
{
protected:
    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    QUuid m_actor;

    LocalStore &store() { return *m_store; }

    static QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    /// As if the server had taken every edit made here so far.
    void sendAll()
    {
        OutboxQueue outbox(store().database());
        const auto entries = outbox.oldest(1000).value();
        if (!entries.isEmpty())
            QVERIFY(outbox.acknowledge(entries.constLast().seq).ok());
    }

    Organisation addOrganisation(const QString &name)
    {
        auto r = store().organisations().saveOrganisation(makeOrganisation(name));
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Project addProject(const Project &p, const QUuid &lead = {})
    {
        auto r = store().projects().createProject(p, lead);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Participation addPartner(const QUuid &project, const QUuid &organisation,
                             ParticipationRole role = ParticipationRole::Partner)
    {
        auto r = store().participations().saveParticipation(
            makeParticipation(project, organisation, role, QDate(2024, 2, 1)));
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Participation participationOf(const QUuid &project, const QUuid &organisation)
    {
        const auto rows = store().participations().participations(project).value();
        for (const auto &p : rows) {
            if (p.organisationId == organisation && p.isCurrent())
                return p;
        }
        return {};
    }

    /// Closing a project needs a held closing evaluation with lessons.
    void holdClosingEvaluation(const QUuid &project)
    {
        Evaluation e;
        e.id = QUuid::createUuid();
        e.projectId = project;
        e.kind = EvaluationKind::Closing;
        e.plannedOn = e.heldOn = QDate(2024, 12, 1);
        e.lessons = QStringLiteral("Samen beginnen, samen afsluiten");
        if (!store().evaluations().holdEvaluation(e).ok())
            qFatal("cannot hold the closing evaluation");
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Everything a failed write must leave alone.
    QList<int> rowCounts()
    {
        QList<int> counts;
        for (const char *table : { "organisation", "person", "project", "participation", "lead_term", "local_setting" })
            counts.append(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        return counts;
    }

    LeadHandOver handOver(const QUuid &project, const QUuid &from, const QUuid &to, const QDate &date,
                          ParticipationRole previousRole = ParticipationRole::Partner)
    {
        LeadHandOver h;
        h.projectId = project;
        h.fromOrganisation = from;
        h.toOrganisation = to;
        h.previousRoleOfNewLead = previousRole;
        h.openedTermId = QUuid::createUuid();
        h.date = date;
        return h;
    }

    void openStore()
    {
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        const Status status = m_store->open(m_dir->file(QStringLiteral("regie.sqlite")));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        m_actor = QUuid::createUuid();
        m_store->setActor(m_actor);
    }

    void closeStore()
    {
        m_store.reset();
        m_dir.reset();
    }
};
