#pragma once

#include "../views/windowfixture.h"

#include "views/dashboardpage.h"
#include "views/projectpage.h"

#include <QAbstractItemView>
#include <QTabWidget>
#include <QTest>

#include <memory>

/// A window on a project led by Dordrecht with Zwijndrecht as partner, seen
/// by Joost Bakker of Zwijndrecht: where the plan's feature tests start.
class PlanFeatureFixture
{
protected:
    std::unique_ptr<TestLib::WindowFixture> m_f;
    Model::Organisation m_dordrecht, m_zwijndrecht;
    Model::Identity m_joost;
    Model::Project m_project;

    /// What @p view shows in @p row and @p column.
    static QString text(const QAbstractItemView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    static int rows(const QAbstractItemView *view) { return view->model()->rowCount(); }
    static void choose(QAbstractItemView *view, int row) { view->setCurrentIndex(view->model()->index(row, 0)); }

    void showTab(QWidget *tab)
    {
        auto *tabs = m_f->window->projectPage()->tabs();
        tabs->setCurrentWidget(tab);
    }

    void shoot(QWidget *widget, const QString &name)
    {
        using namespace Qt::StringLiterals;
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            widget->grab().save(shots + u"/"_s + name + u".png"_s);
    }

    /// Makes the project and opens the window on it (call from init()).
    void setUpProject()
    {
        using namespace Qt::StringLiterals;
        m_f = std::make_unique<TestLib::WindowFixture>();
        m_dordrecht = m_f->addOrganisation(u"Dordrecht"_s, u"GM0505"_s);
        m_zwijndrecht = m_f->addOrganisation(u"Zwijndrecht"_s, u"GM0642"_s);
        m_project = m_f->addProject(u"Warm Wonen"_s, Model::ProjectStatus::Active, m_dordrecht.id, u"Samen van het gas af"_s);
        Model::Participation z;
        z.id = QUuid::createUuid();
        z.projectId = m_project.id;
        z.organisationId = m_zwijndrecht.id;
        z.joined = QDate(2026, 1, 1);
        z.priorities = u"Betaalbaarheid voor huurders"_s;
        QVERIFY(TestLib::await(m_f->store.saveParticipation(z)).ok());
        m_joost = m_f->becomeSomeoneAt(m_zwijndrecht, u"Joost Bakker"_s);
        m_f->startWindow(m_joost);
        m_f->window->resize(1200, 800);
        // Before a project is chosen, the dashboard is what the window shows.
        QTRY_VERIFY(m_f->window->projectPage()->dashboard()->isVisible());
        m_f->window->selectProject(m_project.id);
        QTRY_VERIFY(m_f->window->projectPage()->hasProject());
    }
};

