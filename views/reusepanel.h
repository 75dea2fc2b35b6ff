#pragma once

#include "model/knowledge.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QTreeWidget;

namespace Views {

/// Who took a knowledge item up: a line per organisation (what it did,
/// since when, in which project, why or what it changed; the outcome as
/// tooltip), and the item's diffusion over time with the adopter groups.
///
/// objectNames: "reuseList", "diffusionChart".
class ReusePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReusePanel(QWidget *parent = nullptr);

    /// Shows @p reuses; names come from @p organisations and @p projects (a
    /// project missing there is one this laptop does not see). Diffusion is
    /// counted as shares of @p potentialAdopters organisations.
    void show(const QList<Model::Reuse> &reuses, const QHash<QUuid, QString> &organisations,
              const QHash<QUuid, QString> &projects, int potentialAdopters);

private:
    QTreeWidget *m_list;
    QChartView *m_chart;
};

} // namespace Views
