#include "whoknowsdialog.h"

#include "clearbutton.h"

#include "model/editor.h"
#include "model/expertrepository.h"
#include "model/knowledgeexpertlistmodel.h"
#include "model/knowledgerepository.h"
#include "model/repository.h"
#include "model/text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {

namespace {

bool sameTopic(const QString &a, const QString &b)
{
    return Model::sortKey(a.trimmed()) == Model::sortKey(b.trimmed());
}

} // namespace

WhoKnowsDialog::WhoKnowsDialog(const Services &services, const Model::Identity &identity, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_identity(identity)
    , m_model(new Model::KnowledgeExpertListModel(this))
    , m_request(this)
    , m_topic(new QComboBox(this))
    , m_list(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_offer(new QPushButton(this))
{
    setObjectName(QStringLiteral("whoKnowsDialog"));
    setWindowTitle(tr("Who Knows About This — Regie"));
    m_topic->setObjectName(QStringLiteral("topicBox"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setMinimumContentsLength(24);
    m_list->setObjectName(QStringLiteral("expertList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hint->setObjectName(QStringLiteral("expertHint"));
    m_hint->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("offerNote"));
    m_note->setPlaceholderText(tr("How and when to ask you, for example \"by e-mail, on Tuesdays\" (optional)"));
    m_note->setClearButtonEnabled(true);
    nameClearButton(m_note);
    m_offer->setObjectName(QStringLiteral("offerButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);
    auto *offer = new QHBoxLayout;
    offer->addWidget(m_note, 1);
    offer->addWidget(m_offer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addLayout(offer);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topic, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_model->setTopic(text.trimmed());
        updateOffer();
    });
    connect(m_offer, &QPushButton::clicked, this, &WhoKnowsDialog::toggleOffer);
    if (services.notifier) {
        connect(services.notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (changes.touches(Model::ChangeSet::Knowledge) || changes.touches(Model::ChangeSet::Experts)
                || changes.touches(Model::ChangeSet::People))
                reload();
        });
    }
    resize(760, 460);
    updateOffer();
    reload();
}

WhoKnowsDialog::~WhoKnowsDialog() = default;

void WhoKnowsDialog::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    updateOffer();
}

void WhoKnowsDialog::setTopic(const QString &topic)
{
    const int at = m_topic->findText(topic, Qt::MatchFixedString);
    if (at >= 0)
        m_topic->setCurrentIndex(at);
    else
        m_topic->setEditText(topic);
    m_model->setTopic(topic.trimmed());
    updateOffer();
}

QString WhoKnowsDialog::topic() const
{
    return m_topic->currentText().trimmed();
}

void WhoKnowsDialog::reload()
{
    // The knowledge base, its reuse, the offers and the people here, in turn.
    Model::KnowledgeFilter all;
    all.fullBodies = false; // topics and authors count, not texts
    m_request.start(m_services.knowledge->knowledgeItems(all), [this](const Model::Result<QList<Model::KnowledgeItem>> &items) {
        if (!items.ok())
            return m_hint->setText(items.error().message);
        m_request.start(m_services.knowledge->reuses({}), [this, items = items.value()](
                                                              const Model::Result<QList<Model::Reuse>> &reuses) {
            if (!reuses.ok())
                return m_hint->setText(reuses.error().message);
            m_request.start(m_services.experts->expertOffers(), [this, items, reuses = reuses.value()](
                                                                    const Model::Result<QList<Model::ExpertOffer>> &offers) {
                if (!offers.ok())
                    return m_hint->setText(offers.error().message);
                m_request.start(m_services.organisations->people({}), [this, items, reuses, offers = offers.value()](
                                                                          const Model::Result<QList<Model::Person>> &people) {
                    Model::KnowledgeExpertListModel::Sources sources;
                    sources.items = items;
                    sources.reuses = reuses;
                    sources.offers = offers;
                    for (const Model::Person &p : people.ok() ? people.value() : QList<Model::Person>())
                        sources.personNames.insert(p.id, p.name);
                    if (m_services.organisationNames)
                        sources.organisationNames = m_services.organisationNames();
                    const QString shown = topic();
                    m_model->setSources(sources);
                    const QSignalBlocker quiet(m_topic);
                    m_topic->clear();
                    m_topic->addItems(m_model->topics());
                    setTopic(shown);
                    Q_EMIT loaded();
                });
            });
        });
    });
}

bool WhoKnowsDialog::offered() const
{
    const Model::ExpertOffer mine = m_model->offerOf(m_identity.personId);
    const QString shown = topic();
    return std::any_of(mine.topics.cbegin(), mine.topics.cend(),
                       [&shown](const QString &t) { return sameTopic(t, shown); });
}

QString WhoKnowsDialog::whyNotOffer() const
{
    if (!m_identity.isValid())
        return tr("Tell Regie who works on this laptop first.");
    if (m_identity.serverRole == QLatin1String("viewer") || m_identity.serverRole == QLatin1String("external"))
        return tr("Your role on the server only reads the knowledge base.");
    if (topic().isEmpty())
        return tr("Choose or type a topic first.");
    return {};
}

void WhoKnowsDialog::updateOffer()
{
    const bool mine = offered();
    m_offer->setText(mine ? tr("I no longer want to be asked about this") : tr("I want to be asked about this"));
    const QString why = whyNotOffer();
    m_offer->setEnabled(why.isEmpty());
    m_offer->setToolTip(why.isEmpty() ? (mine ? tr("Withdraw your offer to be asked about %1").arg(topic())
                                              : tr("Let others know they may ask you about %1").arg(topic()))
                                      : why);
    if (!m_note->isModified())
        m_note->setText(m_model->offerOf(m_identity.personId).note);
    if (topic().isEmpty())
        m_hint->setText(tr("Choose a topic to see who knows about it."));
    else if (m_model->rowCount() == 0)
        m_hint->setText(tr("Nobody wrote, answered or took up anything on %1 yet, and nobody offers to be asked.")
                            .arg(topic()));
    else
        m_hint->setText(tr("People who offer to be asked come first; then those who wrote, answered or took up "
                           "items on %1.")
                            .arg(topic()));
}

void WhoKnowsDialog::toggleOffer()
{
    if (!whyNotOffer().isEmpty())
        return;
    Model::ExpertOffer before = m_model->offerOf(m_identity.personId);
    before.organisationId = m_identity.organisationId;
    Model::ExpertOffer after = before;
    const QString shown = topic();
    if (offered())
        after.topics.removeIf([&shown](const QString &t) { return sameTopic(t, shown); });
    else
        after.topics.append(shown);
    after.note = m_note->text().trimmed();
    m_note->setModified(false);
    m_services.editor->saveExpertOffer(before, after);
}

} // namespace Views
