#pragma once

#include "convergeworld.h"

#include "model/synctables.h"

#include <QList>
#include <QString>

namespace Converge {

/// One way a laptop differs from what the server says it should hold.
struct Divergence {
    QString kind; ///< the class, for the summary: "differs: project.slogan"
    QString line; ///< laptop, table, id, column, local value, server value
};

/// After the laptops went quiet: compares each laptop with the server as
/// its user sees it (row-level security), and its bookkeeping with the
/// server's: outbox, quarantine, every change made, every conflict.
class Check
{
public:
    explicit Check(World &world);

    QList<Divergence> laptop(Laptop &laptop);
    /// regie_conflict rows of every user of the run.
    int serverConflicts();

private:
    void rows(Laptop &laptop, const Model::SyncSchema::Table &table, QList<Divergence> &out);
    void outbox(Laptop &laptop, QList<Divergence> &out);
    void quarantine(Laptop &laptop, QList<Divergence> &out);
    void changes(Laptop &laptop, QList<Divergence> &out);
    void conflicts(Laptop &laptop, QList<Divergence> &out);

    World &m_world;
};

} // namespace Converge
