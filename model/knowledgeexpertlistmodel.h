#pragma once

#include "expertoffer.h"
#include "knowledge.h"
#include "knowledgeexperts.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Model {

/// "Who knows about this": for one topic, the people who wrote, answered or
/// took up items on it, and those who offer to be asked about it, with
/// their organisation (Model::knowledgeExperts() decides who and in which
/// order). It reads nothing itself: the view hands it what the store holds.
///
/// Columns: the person, the organisation, what they did, and whether (and
/// how) they may be asked.
class KnowledgeExpertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        OrganisationIdRole,
        WillingRole, ///< bool: offers to be asked about the topic
        NoteRole, ///< the offer's note: how and when to ask
    };
    enum Column { PersonColumn, OrganisationColumn, DoneColumn, AskColumn, ColumnCount };

    /// What the list is made of.
    struct Sources {
        QList<KnowledgeItem> items;
        QList<Reuse> reuses;
        QList<ExpertOffer> offers;
        QHash<QUuid, QString> personNames; ///< the people this laptop knows
        QHash<QUuid, QString> organisationNames;
    };

    explicit KnowledgeExpertListModel(QObject *parent = nullptr);

    void setTopic(const QString &topic);
    const QString &topic() const { return m_topic; }
    void setSources(const Sources &sources);
    const Sources &sources() const { return m_sources; }

    /// Every topic of the live items and offers, each once (compared without
    /// case and accents, named as first seen), in Dutch order.
    QStringList topics() const;
    /// @p personId's live offer, or one without topics (and without an id) when there is none.
    ExpertOffer offerOf(const QUuid &personId) const;
    /// The row of @p personId, or -1.
    int rowOf(const QUuid &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        KnowledgeExpert expert;
        QUuid organisationId;
        QString note;
    };
    void rebuild();
    QString personName(const Row &row) const;

    QString m_topic;
    Sources m_sources;
    QList<Row> m_rows;
};

} // namespace Model
