#pragma once

#include "knowledge.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include "meta.h"
#include "plan.h"

namespace Model {

enum class OrganisationKind { Municipality, Province, Company, KnowledgeInstitution, CitizensGroup, Other };

struct Organisation {
    QUuid id;
    QString name;
    OrganisationKind kind = OrganisationKind::Municipality;
    QString municipalityCode; ///< CBS code such as GM0505, empty where there is none
    SyncMeta meta;
};

/// A person belongs to exactly one organisation; projects never own people.
struct Person {
    QUuid id;
    QString name;
    QString email;
    QString function;
    QUuid organisationId;
    SyncMeta meta;
};

enum class ProjectStatus { Idea, Active, Completed, Stopped };

struct Project {
    QUuid id;
    QString name;
    QString slogan;
    QString ambition;
    QString purpose;
    QString urgency;
    QByteArray logo; ///< PNG bytes, empty where there is no logo
    ProjectStatus status = ProjectStatus::Idea;
    QDate start;
    QDate end;
    SyncMeta meta;
};

/// What the project list shows of a project.
struct ProjectSummary {
    QUuid id;
    QString name;
    QString slogan;
    ProjectStatus status = ProjectStatus::Idea;
    QUuid leadId;
    QString leadName;
    QString sortKey;
};

enum class ParticipationRole { Lead, Partner, External };

/// An organisation taking part in a project: what it brings and gets.
struct Participation {
    QUuid id;
    QUuid projectId;
    QUuid organisationId;
    QString organisationName; ///< read-only, filled in by queries
    ParticipationRole role = ParticipationRole::Partner;
    QString brings;
    QString gets;
    QString priorities;
    QString mandate;
    QDate joined;
    QDate left; ///< null while the organisation still takes part
    SyncMeta meta;

    bool isCurrent() const { return left.isNull(); }
};

/// One period in which an organisation held the regie of a project.
struct LeadTerm {
    QUuid id;
    QUuid projectId;
    QUuid organisationId;
    QString organisationName; ///< read-only, filled in by queries
    QDate from;
    QDate until; ///< null for the current lead
    SyncMeta meta;
};

/// A hand-over of the regie, planned completely by the caller (ids are made
/// on the client), so that undo can put everything back even before the
/// store has answered.
struct LeadHandOver {
    QUuid projectId;
    QUuid fromOrganisation; ///< the current lead; the store checks it still is
    QUuid toOrganisation; ///< a current participant
    ParticipationRole previousRoleOfNewLead = ParticipationRole::Partner;
    QUuid openedTermId; ///< id for the new lead term
    QDate date;
};

/// Who works with this local store.
struct Identity {
    QUuid personId;
    QUuid organisationId;
    QString personName;
    QString organisationName;
    /// The role the shared server gives this user: lead, member, external
    /// or viewer; empty while there is no server.
    QString serverRole;
    bool isValid() const { return !personId.isNull(); }
};

/// A search over projects; rows come back ordered by name in Dutch order.
struct ProjectQuery {
    QString text; ///< in name, slogan, lead, ambition, purpose, goal or milestone titles; case and accents ignored
    bool includeClosed = true; ///< completed and stopped projects
    /// Null for every project; else only those this organisation takes part in (and has not left).
    QUuid organisationId;
    /// Empty for every project; else only those with these ids (for names looked up by id).
    QList<QUuid> ids;
    int limit = 200;
    QString afterSortKey; ///< keyset paging: rows after this (sortKey, id)
    QUuid afterId;
};

/// Several objects written at once, as the demo region or an import.
struct Bundle {
    QList<Organisation> organisations;
    QList<Person> people;
    QList<Project> projects;
    QList<Participation> participations;
    QList<LeadTerm> leadTerms;
    QList<Goal> goals;
    QList<Measurement> measurements;
    QList<Milestone> milestones;
    QList<ProgressEntry> progress;
    /// With their scores, comments and decisions (as already applied).
    QList<Evaluation> evaluations;
    /// Published as they are (their dates kept), each with its first version.
    QList<KnowledgeItem> knowledge;
    QList<Reuse> reuses;
    QUuid me;
};

/// What a write touched; models refresh from this instead of being poked.
struct ChangeSet {
    enum Table {
        Organisations = 1,
        People = 2,
        Projects = 4,
        Participations = 8,
        LeadTerms = 16,
        Identity = 32,
        Sync = 64,
        Goals = 128,
        Milestones = 256,
        Progress = 512,
        Evaluations = 1024,
        Knowledge = 2048, ///< knowledge items, their versions and reuse records
        Experts = 8192, ///< offers to be asked about topics (knowledge_expert)
        Consultations = 16384, ///< openings of knowledge items (knowledge_consultation)
    };
    int tables = 0;
    QList<QUuid> ids; ///< ids of changed rows; empty means "anything in tables"
    bool touches(Table t) const { return tables & t; }
};

/// Where sync stands on this laptop.
struct SyncStatus {
    int pending = 0; ///< local edits waiting for the server
    int conflicts = 0; ///< unresolved conflicts
    int problems = 0; ///< edits the server refused, not yet dismissed
    int quarantined = 0; ///< pending edits of projects this laptop lost access to
    int replaced = 0; ///< values sent from here that someone else replaced, not yet seen
    QDateTime lastSync; ///< invalid before the first sync
};

/// A field changed both here and on the server. The server kept its value;
/// the user chooses. Values are as the server shows them (JSON).
struct SyncConflict {
    QUuid id;
    QString table;
    QUuid rowId;
    QString rowLabel; ///< the project's or organisation's name where known
    QString field; ///< "deleted" for a delete against an edit
    QString base; ///< JSON of the value both started from
    QString server; ///< JSON of the server's value
    QString mine; ///< JSON of this laptop's value (all edited fields for "deleted")
    QDateTime created;
    QUuid serverBy; ///< who last changed the server's row (null when not known)
    QString serverByName; ///< their name and organisation, where this laptop knows them
    QDateTime serverAt; ///< when (UTC); invalid when not known
};

/// A value the user had written on the server that someone else replaced
/// since, a conflict's resolution included: told once, kept until seen.
struct ReplacedValue {
    QUuid id;
    QString table;
    QUuid rowId;
    QString rowLabel;
    QString field;
    QString mine; ///< JSON (one-element array) of the user's value
    QString theirs; ///< JSON of the value that replaced it
    QUuid by;
    QString byName; ///< name and organisation, where this laptop knows them
    QDateTime at; ///< when the server's row was changed (UTC)
};

enum class Resolution { Mine, Theirs, Edited };

/// An edit the server refused; kept so that nothing is lost silently.
struct SyncProblem {
    QUuid id;
    QString table;
    QUuid rowId;
    QString rowLabel;
    QString operation;
    QString fields; ///< JSON of the refused values
    QString message; ///< the server's reason
    QDateTime created;
};

/// A pending edit of a project this laptop lost access to. It left the
/// outbox (the server would refuse it) and is kept for the user to export and
/// pass on to the project's regie.
struct QuarantinedChange {
    QUuid changeId;
    QUuid projectId;
    QString table;
    QUuid rowId;
    QString operation; ///< insert or update
    QString fields; ///< JSON object of the edited values
    QString base; ///< JSON object of the values they replaced
    QDateTime created;
    QString reason; ///< why it was kept aside (a "regie:" reason); empty: the project was lost
};

} // namespace Model

Q_DECLARE_METATYPE(Model::SyncConflict)
Q_DECLARE_METATYPE(Model::SyncProblem)
Q_DECLARE_METATYPE(Model::Organisation)
Q_DECLARE_METATYPE(Model::Project)
Q_DECLARE_METATYPE(Model::ProjectSummary)
Q_DECLARE_METATYPE(Model::Participation)
Q_DECLARE_METATYPE(Model::ChangeSet)
Q_DECLARE_METATYPE(Model::LeadTerm)
Q_DECLARE_METATYPE(Model::Person)
Q_DECLARE_METATYPE(Model::Identity)
