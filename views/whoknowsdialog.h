#pragma once

#include "model/requestslot.h"
#include "model/types.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Model {
class ChangeNotifier;
class Editor;
class ExpertRepository;
class KnowledgeExpertListModel;
class KnowledgeRepository;
class OrganisationRepository;
}

namespace Views {

/// "Who knows about this" (wie weet hiervan?): per topic, the people who
/// wrote, answered or took up items on it and those who offer to be asked,
/// with their organisation. The user offers herself for the topic shown
/// ("Ik wil hierover gevraagd worden"), with a note on how to reach her,
/// and withdraws again; both are undoable.
///
/// objectNames: "whoKnowsDialog", "topicBox", "expertList", "expertHint",
/// "offerNote", "offerButton".
class WhoKnowsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Services {
        Model::KnowledgeRepository *knowledge = nullptr;
        Model::ExpertRepository *experts = nullptr;
        Model::OrganisationRepository *organisations = nullptr; ///< the names of the people here
        Model::Editor *editor = nullptr;
        Model::ChangeNotifier *notifier = nullptr;
        std::function<QHash<QUuid, QString>()> organisationNames;
    };

    WhoKnowsDialog(const Services &services, const Model::Identity &identity, QWidget *parent = nullptr);
    ~WhoKnowsDialog() override;

    void setIdentity(const Model::Identity &identity);
    /// Shows who knows about @p topic.
    void setTopic(const QString &topic);
    QString topic() const;
    Model::KnowledgeExpertListModel *experts() const { return m_model; }

    /// Offers the user for the topic shown, or withdraws her from it.
    void toggleOffer();

Q_SIGNALS:
    /// The list has what the store holds now.
    void loaded();

private:
    void reload();
    void updateOffer();
    bool offered() const;
    QString whyNotOffer() const;

    Services m_services;
    Model::Identity m_identity;
    Model::KnowledgeExpertListModel *m_model;
    Model::RequestSlot m_request;
    QComboBox *m_topic;
    QTreeView *m_list;
    QLabel *m_hint;
    QLineEdit *m_note;
    QPushButton *m_offer;
};

} // namespace Views
