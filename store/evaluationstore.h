#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

#include <optional>

namespace Store {

class WriteContext;

/// A project's evaluations: planning them in a cycle, moving and removing
/// planned ones, holding one (scores, findings, and decisions applied to the
/// goals and milestones they change) and the reflections on it.
class EvaluationStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit EvaluationStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::Evaluation>> evaluations(const QUuid &projectId);
    /// One live evaluation with its scores, comments and decisions.
    Model::Result<Model::Evaluation> evaluation(const QUuid &id);
    Model::Result<int> planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths, const QDate &until);
    Model::Result<Model::Evaluation> savePlannedEvaluation(const Model::Evaluation &evaluation);
    Model::Status setEvaluationDeleted(const QUuid &id, bool deleted);
    Model::Result<Model::Evaluation> holdEvaluation(const Model::Evaluation &evaluation);
    Model::Result<Model::EvaluationComment> addEvaluationComment(const Model::EvaluationComment &comment);

    /// Inside a transaction: plans @p evaluation on its date, or moves it
    /// there while it is still planned (answers false for a held one, which
    /// is left alone). A null @p kind keeps the kind it had.
    Model::Result<bool> writePlannedEvaluation(const Model::Evaluation &evaluation,
                                               std::optional<Model::EvaluationKind> kind, const QString &label);

private:
    /// Live evaluations whose @p column equals @p value, with what hangs on them.
    Model::Result<QList<Model::Evaluation>> read(const QString &column, const QUuid &value);

    WriteContext &m_context;
};

} // namespace Store
