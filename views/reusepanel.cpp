#include "reusepanel.h"

#include "chartsupport.h"
#include "diffusionchart.h"

#include "model/diffusion.h"
#include "model/reuseoverview.h"

#include <QChartView>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Views {

ReusePanel::ReusePanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_chart(new QChartView(this))
{
    m_list->setObjectName(QStringLiteral("reuseList"));
    m_list->setAccessibleName(tr("Who took it up"));
    m_list->setHeaderLabels(
        {tr("Organisation"), tr("What they did"), tr("Since"), tr("In project"), tr("Why, or what changed")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(140);
    m_chart->setObjectName(QStringLiteral("diffusionChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_chart, 1);
}

void ReusePanel::show(const QList<Model::Reuse> &reuses, const QHash<QUuid, QString> &organisations,
                      const QHash<QUuid, QString> &projects, int potentialAdopters)
{
    const QLocale locale;
    m_list->clear();
    for (const Model::Reuse &r : reuses) {
        QString why = r.note;
        if (r.status == Model::ReuseStatus::NotAdopted && r.reason != Model::ReuseReason::None)
            why = r.note.isEmpty() ? Model::reuseReasonName(r.reason)
                                   : tr("%1: %2").arg(Model::reuseReasonName(r.reason), r.note);
        // A project of another organisation's that this laptop does not see has no name here.
        const QString project = r.projectId.isNull() ? QString() : projects.value(r.projectId, tr("(not shared with you)"));
        auto *row = new QTreeWidgetItem(m_list, {organisations.value(r.organisationId, tr("Unknown organisation")),
                                                 Model::reuseStatusName(r.status),
                                                 locale.toString(r.date, QLocale::ShortFormat), project, why});
        row->setData(0, Qt::UserRole, r.id);
        if (!r.outcome.isEmpty())
            row->setToolTip(4, tr("How it turned out: %1").arg(r.outcome).toHtmlEscaped());
    }
    replaceChart(m_chart, diffusionChart(Model::diffusion(reuses, potentialAdopters)));
}

} // namespace Views
