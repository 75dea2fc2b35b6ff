#pragma once

// The Dutch texts the generator fills the plan with.

#include <QList>
#include <QString>

namespace Bench::Plan {

struct GoalKind {
    QString title;
    QString indicator;
    QString unit;
    double baseline;
    double target;
};

extern const QList<QString> NoteTemplates;
extern const QList<QString> MilestoneTitles;
extern const QList<GoalKind> GoalKinds;

} // namespace Bench::Plan
