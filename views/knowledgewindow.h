#pragma once

#include "model/knowledge.h"
#include "model/requestslot.h"
#include "model/types.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Model {
class AttachmentFetcher;
class AttachmentRepository;
class ChangeNotifier;
class ConsultationRepository;
class Editor;
class ExpertRepository;
class KnowledgeRepository;
class ProjectRepository;
class KnowledgeSearchModel;
class OrganisationRepository;
class KnowledgeServerSearch;
}

namespace Views {

class AttachmentPanel;
class KnowledgeReader;
class MessageBox;
class WhoKnowsDialog;
class ReuseOverviewDialog;
class ReusePanel;

/// The knowledge base (kennisbank): search in Dutch, read, write and edit
/// items with their versions, ask and answer questions, and record and see
/// what organisations did with an item (jatwerk), with its diffusion and
/// the reuse overview.
///
/// objectNames: "knowledgeWindow", "searchEdit", "kindFilter", "resultList",
/// "newButton", "overviewButton", "reader", "editButton", "versionsButton",
/// "deleteButton", "answerButton", "reuseButton", "reuseList",
/// "diffusionChart", "answerList", "helpedButton", "statusLabel", "whoKnowsButton";
/// the attachments are an AttachmentPanel ("attachmentPanel"). Files dropped
/// on the window are attached to the item shown.
///
/// Choosing an item to read records that the user opened it (at most once
/// a day, through the Editor, without waiting for the store).
class KnowledgeWindow : public QWidget
{
    Q_OBJECT
public:
    struct Services {
        Model::KnowledgeRepository *knowledge = nullptr;
        /// The server's search, asked after the laptop's; may be null.
        Model::KnowledgeServerSearch *server = nullptr;
        Model::AttachmentRepository *attachments = nullptr;
        Model::AttachmentFetcher *attachmentFetcher = nullptr; ///< may be null: no fetching then
        /// Opens an attachment's checked copy; the desktop's program when empty.
        std::function<void(const QString &path)> openFile;
        Model::Editor *editor = nullptr;
        Model::ChangeNotifier *notifier = nullptr;
        MessageBox *messages = nullptr;
        /// Where the source projects' names are read; may be null.
        Model::ProjectRepository *projects = nullptr;
        /// Names of organisations and people, read when needed.
        std::function<QHash<QUuid, QString>()> organisationNames;
        std::function<QHash<QUuid, QString>()> personNames;
        /// How many organisations could take an item up (the diffusion's whole); 0: the adopters so far.
        std::function<int()> potentialAdopters;
        /// Who may be asked, the people here, and how often items were
        /// opened; without them there is no "who knows" view, and the
        /// overview counts no openings.
        Model::ExpertRepository *experts = nullptr;
        Model::OrganisationRepository *organisations = nullptr;
        Model::ConsultationRepository *consultations = nullptr;
        /// Today, as openings are recorded; the system's date when not set.
        std::function<QDate()> today;
    };

    explicit KnowledgeWindow(const Services &services, QWidget *parent = nullptr);
    ~KnowledgeWindow() override;

    void setIdentity(const Model::Identity &identity);
    /// Shows item @p id (selecting it in the list when it is there).
    void showItem(const QUuid &id);
    const Model::KnowledgeItem &currentItem() const { return m_item; }
    Model::KnowledgeSearchModel *results() const { return m_results; }
    AttachmentPanel *attachmentPanel() const { return m_attachmentPanel; }

    void newItem();
    void editItem();
    void deleteItem();
    void showVersions();
    void answerQuestion();
    void recordReuse();
    void markHelped();
    void showOverview();
    /// The "who knows about this" view on @p topic (the item's first topic when empty).
    WhoKnowsDialog *showWhoKnows(const QString &topic = {});

Q_SIGNALS:
    /// The item, its reuse and its answers are shown.
    void itemShown();
    /// The overview dialog has its figures.
    void overviewShown();
    /// The user wants to see project @p id (named as an item's source).
    void projectRequested(const QUuid &id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void search();
    /// Shows item @p id and records that the user opened it.
    void open(const QUuid &id);
    void load(const QUuid &id);
    void showLoaded();
    void showReader();
    void openReuseDialog(const QList<Model::ProjectSummary> &projects);
    void updateActions();
    QString whyNotMine() const;
    QString foundText(int found) const;

    Services m_services;
    Model::Identity m_identity;
    Model::KnowledgeSearchModel *m_results;
    Model::KnowledgeItem m_item;
    QList<Model::Reuse> m_reuses;
    QList<Model::KnowledgeItem> m_answers;
    QHash<QUuid, QString> m_organisationNames;
    Model::RequestSlot m_itemRequest;
    Model::RequestSlot m_reuseRequest;
    Model::RequestSlot m_answerRequest;
    Model::RequestSlot m_projectRequest;
    Model::RequestSlot m_reuseProjectsRequest;
    /// Names of the projects on this laptop, for the reuse records (read when an item is shown).
    QHash<QUuid, QString> m_projectNames;
    Model::RequestSlot m_projectNamesRequest;
    QString m_projectName; ///< of the item's source project, when it is on this laptop
    QTimer *m_typing;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QListView *m_list;
    QLabel *m_status;
    KnowledgeReader *m_reader;
    AttachmentPanel *m_attachmentPanel;
    QPushButton *m_edit;
    QPushButton *m_versions;
    QPushButton *m_delete;
    QPushButton *m_answer;
    QPushButton *m_reuse;
    QPushButton *m_helped;
    QPushButton *m_whoKnows;
    QPointer<WhoKnowsDialog> m_whoKnowsDialog;
    bool m_choosingFirst = false; ///< the window, not the user, picks the item to show
    ReusePanel *m_reusePanel;
    QListWidget *m_answerList;
    QLabel *m_answersLabel;
    QPointer<ReuseOverviewDialog> m_overview;
};

} // namespace Views
