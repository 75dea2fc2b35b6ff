#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Writes a Model::Bundle (the demo region, a first start) in one
/// transaction; rows that exist already are left alone, so importing twice
/// changes nothing.
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit BundleImport(WriteContext &context)
        : m_context(context)
    { }

    Model::Status importBundle(const Model::Bundle &bundle);

private:
    /// Inside importBundle's transaction: goals, measurements, milestones, progress, evaluations.
    Model::Status importPlan(const Model::Bundle &bundle);
    Model::Status importKnowledge(const Model::Bundle &bundle);
    /// Inserts @p row unless it exists, keeping its author and one stamp (its creation).
    Model::Status insertRow(const char *table, QVariantMap row, const Model::SyncMeta &meta);

    WriteContext &m_context;
};

} // namespace Store
