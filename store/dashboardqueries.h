#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// The dashboard across all open projects: overdue milestones, coming
/// evaluations, goals off track, successes and hours of this quarter.
class DashboardQueries
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit DashboardQueries(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<Model::Dashboard> dashboard(const QDate &today);

private:
    WriteContext &m_context;
};

} // namespace Store
