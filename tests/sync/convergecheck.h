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
    /// What the server holds that no laptop can make right: rows created
    /// later than now (a laptop's clock ahead).
    QList<Divergence> server();

private:
    void rows(Laptop &laptop, const Model::SyncSchema::Table &table, QList<Divergence> &out);
    /// What the laptop changed in row @p id: change, operation, the server's
    /// answer and any fault on the way; and the kind's suffix for the fault.
    QString history(const QString &id, QString *fault) const;
    void outbox(Laptop &laptop, QList<Divergence> &out);
    void quarantine(Laptop &laptop, QList<Divergence> &out);
    void changes(Laptop &laptop, QList<Divergence> &out);
    void conflicts(Laptop &laptop, QList<Divergence> &out);

    World &m_world;
    QHash<QString, QString> m_answers; ///< change id to the server's answer, for the laptop being checked
    QHash<QString, QStringList> m_changesOf; ///< row id to the laptop's change ids
    QHash<QString, QString> m_refusals; ///< change id to the refusal kept on the laptop
    Laptop *m_laptop = nullptr;
};

} // namespace Converge
