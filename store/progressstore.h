#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// The progress log: entries are only ever added (a correction is a new
/// entry), hours per organisation, and who logged.
class ProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ProgressStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::ProgressEntry>> progress(const Model::ProgressFilter &filter);
    Model::Result<Model::ProgressEntry> addProgress(const Model::ProgressEntry &entry);
    Model::Result<QList<Model::ContributionTotal>> contributions(const Model::ProgressFilter &filter);
    Model::Result<Model::ProgressAuthors> progressAuthors(const QUuid &projectId);

private:
    WriteContext &m_context;
};

} // namespace Store
