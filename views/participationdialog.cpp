#include "participationdialog.h"

#include "clearbutton.h"

#include "organisationdialog.h"

#include "model/editor.h"
#include "model/organisationfilterproxy.h"
#include "model/organisationlistmodel.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include "datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

namespace {
QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(48);
    edit->setMaximumHeight(72);
    return edit;
}
}

ParticipationDialog::ParticipationDialog(Model::Editor *editor, Model::OrganisationListModel *organisations,
                                         QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_organisations(organisations)
    , m_proxy(new Model::OrganisationFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_organisationLabel(new QLabel(this))
    , m_newOrganisation(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Not in the list? &New Organisation…"), this))
    , m_role(new QComboBox(this))
    , m_brings(makeTextEdit(this, QStringLiteral("bringsEdit"), tr("Money, hours, knowledge, assets…")))
    , m_gets(makeTextEdit(this, QStringLiteral("getsEdit"), tr("What it wants to get out of the collaboration")))
    , m_priorities(makeTextEdit(this, QStringLiteral("prioritiesEdit"), tr("Its own priorities (stokpaardjes)")))
    , m_mandate(makeTextEdit(this, QStringLiteral("mandateEdit"), tr("What its people may decide on their own")))
    , m_joined(new DateField(this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("participationDialog"));
    setWindowTitle(tr("Add Partner"));
    m_proxy->setSourceModel(organisations);
    m_search->setObjectName(QStringLiteral("organisationSearch"));
    m_search->setPlaceholderText(tr("Search by name or municipality code…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_list->setObjectName(QStringLiteral("organisationList"));
    m_list->setAccessibleName(tr("Organisations"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(120);
    m_organisationLabel->setObjectName(QStringLiteral("organisationLabel"));
    QFont bold = m_organisationLabel->font();
    bold.setBold(true);
    m_organisationLabel->setFont(bold);
    m_organisationLabel->hide();
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisationButton"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_joined->setObjectName(QStringLiteral("joinedEdit"));
    m_joined->setOptional(false);
    m_joined->setDate(QDate::currentDate());
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    auto *organisationBox = new QVBoxLayout;
    organisationBox->addWidget(m_search);
    organisationBox->addWidget(m_list);
    organisationBox->addWidget(m_organisationLabel);
    organisationBox->addWidget(m_newOrganisation, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *organisationCaption = new QLabel(tr("&Organisation:"), this);
    organisationCaption->setBuddy(m_search);
    form->addRow(organisationCaption, organisationBox);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Brings:"), m_brings);
    form->addRow(tr("&Gets:"), m_gets);
    form->addRow(tr("&Priorities:"), m_priorities);
    form->addRow(tr("&Mandate:"), m_mandate);
    form->addRow(tr("&Joined on:"), m_joined);
    m_errors.add(form, organisationBox, QStringLiteral("organisation"));
    m_errors.add(form, m_brings, QStringLiteral("brings"));
    m_errors.add(form, m_gets, QStringLiteral("gets"));
    m_errors.add(form, m_priorities, QStringLiteral("priorities"));
    m_errors.add(form, m_mandate, QStringLiteral("mandate"));
    m_errors.add(form, m_joined, QStringLiteral("joined"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParticipationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ParticipationDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        selectFirstIfNone();
    });
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_errors.touch(QStringLiteral("organisation"));
        validateInput();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_pendingOrganisation.isNull())
            selectOrganisation(m_pendingOrganisation);
        validateInput();
    });
    connect(m_newOrganisation, &QPushButton::clicked, this, &ParticipationDialog::newOrganisation);
    for (QPlainTextEdit *edit : {m_brings, m_gets, m_priorities, m_mandate}) {
        const QString field = edit->objectName().chopped(4); // "bringsEdit" -> "brings"
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
            m_errors.touch(field);
            validateInput();
        });
    }
    connect(m_joined, &DateField::dateChanged, this, &ParticipationDialog::validateInput);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ParticipationDialog::validateInput);
    validateInput();
    resize(520, sizeHint().height());
}

void ParticipationDialog::setNew(const QUuid &projectId, const QList<Model::Participation> &participations)
{
    m_original = {};
    m_projectId = projectId;
    setWindowTitle(tr("Add Partner"));
    QSet<QUuid> current;
    bool hasLead = false;
    for (const auto &p : participations) {
        if (!p.isCurrent())
            continue;
        current.insert(p.organisationId);
        hasLead = hasLead || p.role == Model::ParticipationRole::Lead;
    }
    m_proxy->setExcluded(current);
    m_role->clear();
    m_role->addItem(Model::displayName(Model::ParticipationRole::Partner), int(Model::ParticipationRole::Partner));
    m_role->addItem(Model::displayName(Model::ParticipationRole::External), int(Model::ParticipationRole::External));
    if (!hasLead) // the first lead of a project that has none
        m_role->addItem(Model::displayName(Model::ParticipationRole::Lead), int(Model::ParticipationRole::Lead));
    m_role->setEnabled(true);
    validateInput();
}

void ParticipationDialog::setParticipation(const Model::Participation &participation)
{
    m_original = participation;
    m_projectId = participation.projectId;
    setWindowTitle(tr("Edit Partner — %1").arg(participation.organisationName));
    m_search->hide();
    m_list->hide();
    m_newOrganisation->hide();
    m_organisationLabel->setText(participation.organisationName);
    m_organisationLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_organisationLabel->show();
    // The search list is gone: give its height back instead of centring the name in it.
    layout()->activate();
    resize(width(), sizeHint().height());
    m_role->clear();
    if (participation.role == Model::ParticipationRole::Lead) {
        m_role->addItem(Model::displayName(Model::ParticipationRole::Lead), int(Model::ParticipationRole::Lead));
        m_role->setEnabled(false);
        m_role->setToolTip(tr("The lead changes only by a hand-over."));
    } else {
        m_role->addItem(Model::displayName(Model::ParticipationRole::Partner), int(Model::ParticipationRole::Partner));
        m_role->addItem(Model::displayName(Model::ParticipationRole::External), int(Model::ParticipationRole::External));
        m_role->setCurrentIndex(m_role->findData(int(participation.role)));
    }
    m_brings->setPlainText(participation.brings);
    m_gets->setPlainText(participation.gets);
    m_priorities->setPlainText(participation.priorities);
    m_mandate->setPlainText(participation.mandate);
    if (participation.joined.isValid())
        m_joined->setDate(participation.joined);
    validateInput();
}

Model::Participation ParticipationDialog::participation() const
{
    Model::Participation p = m_original;
    p.projectId = m_projectId;
    if (isNew()) {
        const QModelIndex index = m_list->currentIndex();
        p.organisationId = index.data(Model::OrganisationListModel::IdRole).toUuid();
        p.organisationName = index.data(Qt::DisplayRole).toString();
    }
    p.role = Model::ParticipationRole(m_role->currentData().toInt());
    p.brings = m_brings->toPlainText().trimmed();
    p.gets = m_gets->toPlainText().trimmed();
    p.priorities = m_priorities->toPlainText().trimmed();
    p.mandate = m_mandate->toPlainText().trimmed();
    p.joined = m_joined->date();
    return p;
}

void ParticipationDialog::selectOrganisation(const QUuid &organisationId)
{
    m_pendingOrganisation = organisationId;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Model::OrganisationListModel::IdRole).toUuid() == organisationId) {
            m_pendingOrganisation = {};
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

void ParticipationDialog::selectFirstIfNone()
{
    if (m_list->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void ParticipationDialog::newOrganisation()
{
    auto *dialog = new OrganisationDialog(m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganisationDialog::organisationCreated, this, [this](const QUuid &id) {
        m_search->clear();
        selectOrganisation(id);
    });
    dialog->open();
}

void ParticipationDialog::validateInput()
{
    Model::ValidationIssues issues = Model::validate(participation());
    if (!m_joined->isAcceptable())
        issues.append({QStringLiteral("joined"), m_joined->problem()});
    const bool ok = m_errors.show(issues, m_issues);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ParticipationDialog::accept()
{
    m_errors.touchAll();
    validateInput();
    const Model::Participation p = participation();
    if (!Model::validate(p).isEmpty())
        return;
    if (isNew())
        m_editor->addParticipation(p);
    else
        m_editor->updateParticipation(m_original, p);
    QDialog::accept();
}

} // namespace Views
