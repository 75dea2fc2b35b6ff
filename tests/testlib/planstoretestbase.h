#pragma once

// A local store on a fresh file with one active project (Dordrecht leads,
// Zwijndrecht takes part), for the tests of the plan's aggregates. Header-only.

#include "model/goaltrend.h"
#include "store/localstore.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Store;
using namespace Qt::StringLiterals;

class PlanStoreTestBase : public QObject
{
protected:
    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    Organisation m_dordrecht, m_zwijndrecht;
    Project m_project;

    LocalStore &store() { return *m_store; }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Goal makeGoal(const QString &title)
    {
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = title;
        g.indicator = u"Aangesloten woningen"_s;
        g.unit = u"woningen"_s;
        g.baseline = 0;
        g.target = 1000;
        g.due = QDate(2027, 12, 31);
        return g;
    }

    ProgressEntry makeEntry(const QUuid &organisation, double hours, const QDate &date, const QString &note)
    {
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.organisationId = organisation;
        e.date = date;
        e.hours = hours;
        e.note = note;
        return e;
    }

    void openStore()
    {
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(store().open(m_dir->file(u"regie.sqlite"_s)).ok());
        m_dordrecht = store().organisations().saveOrganisation(TestLib::makeOrganisation(u"Dordrecht"_s)).value();
        m_zwijndrecht = store().organisations().saveOrganisation(TestLib::makeOrganisation(u"Zwijndrecht"_s)).value();
        m_project = store()
                        .projects()
                        .createProject(TestLib::makeProject(u"Warm Wonen"_s, ProjectStatus::Active), m_dordrecht.id)
                        .value();
        QVERIFY(store()
                    .participations()
                    .saveParticipation(TestLib::makeParticipation(m_project.id, m_zwijndrecht.id,
                                                                  ParticipationRole::Partner, QDate(2026, 1, 1)))
                    .ok());
    }
};
