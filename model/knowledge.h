#pragma once

#include "meta.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Model {

/// What a knowledge item is: a lesson learned, a practice (how a
/// municipality tackled something), a document or dossier, a question
/// others answer, or an answer to one.
enum class KnowledgeKind { Lesson, Practice, Document, Question, Answer };

enum class KnowledgeStatus { Draft, Published, Archived };

/// Who may read an item: everyone on the server (the default, since the
/// point is sharing across borders), only the partners of its source
/// project, or only the author's organisation.
enum class KnowledgeVisibility { Everyone, ProjectPartners, Organisation };

/// A piece of knowledge an organisation shares with others.
struct KnowledgeItem {
    QUuid id;
    KnowledgeKind kind = KnowledgeKind::Lesson;
    QString title;
    QString summary;
    QString body; ///< plain text or Markdown
    QUuid organisationId; ///< the author's organisation, which owns the item
    QUuid authorId; ///< the person who wrote it, null where unknown
    QUuid projectId; ///< the source project, null where there is none
    QUuid questionId; ///< for an answer: the question it answers
    /// For a question: the answer its asker marked as the one that helped.
    /// Kept on the question, so that only the asker's organisation writes it.
    QUuid helpedAnswerId;
    KnowledgeStatus status = KnowledgeStatus::Draft;
    KnowledgeVisibility visibility = KnowledgeVisibility::Everyone;
    QStringList topics; ///< from the shared vocabulary
    QStringList tags; ///< free tags
    QDate publishedOn; ///< set when the item is first published
    SyncMeta meta;
};

/// One kept edit of a knowledge item: the item as it was saved, by whom
/// and when. Every save adds one; an older one can be shown and restored.
struct KnowledgeVersion {
    QUuid id;
    QUuid itemId;
    qint64 version = 0;
    QString title;
    QString summary;
    QString body;
    QStringList topics;
    QStringList tags;
    KnowledgeStatus status = KnowledgeStatus::Draft;
    KnowledgeVisibility visibility = KnowledgeVisibility::Everyone;
    QUuid changedBy;
    QDateTime changedAt;
};

/// What an organisation did with a knowledge item ("jatwerk").
enum class ReuseStatus { Considering, Adopted, Adapted, NotAdopted };

/// Why an organisation did not adopt an item, so that the reasons can be
/// counted (the note says more).
enum class ReuseReason { None, NoFit, NoBudget, NoCapacity, Political, OwnSolution, Other };

/// A record of reuse: which item, by which organisation, in which of its
/// projects, since when, and what it changed and why (or why not).
struct Reuse {
    QUuid id;
    QUuid itemId;
    QUuid organisationId;
    QUuid personId; ///< who recorded it, null where unknown
    QUuid projectId; ///< the reusing organisation's project, null where none
    ReuseStatus status = ReuseStatus::Considering;
    QDate date;
    ReuseReason reason = ReuseReason::None; ///< for NotAdopted: why not, in one of a few words
    QString note; ///< what was adapted and why, or why it was not adopted
    QString outcome; ///< how it turned out, filled in later
    SyncMeta meta;
};

/// Which knowledge items to list.
struct KnowledgeFilter {
    QUuid organisationId; ///< null for every organisation
    QUuid projectId; ///< null for every project
    QUuid questionId; ///< null for any; else only the answers to this question
    QList<KnowledgeKind> kinds; ///< empty for every kind
    QString topic; ///< one topic of the shared vocabulary; empty for any
    bool includeDeleted = false;
    /// The most recently changed this many, the newest first; 0 for all.
    int limit = 0;
    /// False for lists that show no body (the overviews, the recent items):
    /// the body then holds only its first BodyStartLength characters, so a
    /// list of 250,000 items does not hold gigabytes of text.
    bool fullBodies = true;
    static constexpr int BodyStartLength = 400;
};

/// A search of the knowledge base: the words a user typed (Dutch: inflected
/// forms, accents and compound parts find each other; "…" for a phrase; the
/// last word also as a prefix) and what the hits must be.
struct KnowledgeSearch {
    QString text;
    QList<KnowledgeKind> kinds; ///< empty for every kind
    QString topic; ///< one topic of the shared vocabulary; empty for any
    QUuid organisationId; ///< the author's organisation; null for any
    /// The period the item's date lies in (when it was published, or, for an
    /// item not published yet, when it was made); an invalid date leaves
    /// that side open.
    QDate from;
    QDate until;
    int limit = 20; ///< at most this many hits, the best first
};

/// One item a search found.
struct KnowledgeHit {
    QUuid itemId;
    QString title;
    KnowledgeKind kind = KnowledgeKind::Lesson;
    QUuid organisationId;
    /// A few words around the match as rich text: the matched words in
    /// <b>…</b>, everything else HTML-escaped.
    QString snippet;
    double rank = 0; ///< relevance (bm25, title weighted most): higher is better
    bool onServer = false; ///< found by the server's search, not held on this laptop
};

} // namespace Model

Q_DECLARE_METATYPE(Model::KnowledgeItem)
Q_DECLARE_METATYPE(Model::KnowledgeVersion)
Q_DECLARE_METATYPE(Model::Reuse)
Q_DECLARE_METATYPE(Model::KnowledgeHit)
