#pragma once

#include "attachmentstore.h"
#include "bundleimport.h"
#include "calendartransfer.h"
#include "consultationstore.h"
#include "dashboardqueries.h"
#include "evaluationstore.h"
#include "expertstore.h"
#include "goalstore.h"
#include "knowledgestore.h"
#include "milestonestore.h"
#include "organisationstore.h"
#include "participationstore.h"
#include "progressstore.h"
#include "projectstore.h"
#include "reusestore.h"
#include "syncledger.h"
#include "writecontext.h"

namespace Store {

/// The local store, synchronous, on one connection of the calling thread:
/// one WriteContext and the aggregates that work on it, e.g.
/// `store.projects().createProject(p, lead)`. SqliteStore runs the same
/// aggregates on its worker thread; tests and benchmarks use this
/// directly. Each write is one transaction and records what it changed in
/// lastChanges().
class LocalStore
{
public:
    LocalStore() = default;

    Model::Status open(const QString &path) { return m_context.open(path); }
    void close() { m_context.close(); }
    QSqlDatabase database() const { return m_context.database(); }

    /// The person recorded as changed_by on every write.
    void setActor(const QUuid &personId) { m_context.setActor(personId); }
    const Model::ChangeSet &lastChanges() const { return m_context.lastChanges(); }
    WriteContext &context() { return m_context; }

    ProjectStore projects() { return ProjectStore(m_context); }
    ParticipationStore participations() { return ParticipationStore(m_context); }
    OrganisationStore organisations() { return OrganisationStore(m_context); }
    GoalStore goals() { return GoalStore(m_context); }
    MilestoneStore milestones() { return MilestoneStore(m_context); }
    EvaluationStore evaluations() { return EvaluationStore(m_context); }
    ProgressStore progress() { return ProgressStore(m_context); }
    DashboardQueries dashboard() { return DashboardQueries(m_context); }
    CalendarTransfer calendar() { return CalendarTransfer(m_context); }
    BundleImport bundles() { return BundleImport(m_context); }
    SyncLedger ledger() { return SyncLedger(m_context); }
    KnowledgeStore knowledge() { return KnowledgeStore(m_context); }
    ReuseStore reuse() { return ReuseStore(m_context); }
    AttachmentStore attachments() { return AttachmentStore(m_context); }
    ExpertStore experts() { return ExpertStore(m_context); }
    ConsultationStore consultations() { return ConsultationStore(m_context); }

private:
    WriteContext m_context;
};

} // namespace Store
