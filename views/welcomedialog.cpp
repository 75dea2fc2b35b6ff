#include "welcomedialog.h"

#include "clearbutton.h"

#include "fielderrors.h"

#include "model/organisationchoicemodel.h"
#include "model/organisationfilterproxy.h"
#include "model/organisationlistmodel.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Views {

WelcomeDialog::WelcomeDialog(Model::OrganisationListModel *organisations, QWidget *parent)
    : QDialog(parent)
    , m_choices(new Model::OrganisationChoiceModel(this))
    , m_proxy(new Model::OrganisationFilterProxy(this))
    , m_existing(new QRadioButton(tr("I work for an organisation in this &list:"), this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_new(new QRadioButton(tr("My organisation is &not in the list yet:"), this))
    , m_organisationName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_personName(new QLineEdit(this))
    , m_demo(new QPushButton(QIcon::fromTheme(QStringLiteral("view-presentation")), tr("Load the &Demo Region"), this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Regie"));
    auto *welcome = new QLabel(tr("<h3>Welcome to Regie</h3><p>Regie helps organisations run projects together: one "
                                  "of them holds the regie, every partner stays in its own organisation. First tell "
                                  "Regie who you are. Your colleagues in other organisations see your name next to "
                                  "your changes.</p>"),
                               this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setWordWrap(true);

    // A fresh laptop knows no organisation yet: the provinces and
    // municipalities are there to choose from all the same.
    m_choices->setKnownOrganisations(organisations);
    m_proxy->setSourceModel(m_choices);
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    m_new->setObjectName(QStringLiteral("newRadio"));
    m_search->setObjectName(QStringLiteral("organisationSearch"));
    m_search->setPlaceholderText(tr("Search by name or municipality code…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_list->setObjectName(QStringLiteral("organisationList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(140);
    m_organisationName->setObjectName(QStringLiteral("organisationNameEdit"));
    m_organisationName->setPlaceholderText(tr("For example Gemeente Dordrecht"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto k : Model::organisationKinds())
        m_kind->addItem(Model::displayName(k), int(k));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("CBS code, for example GM0505"));
    m_code->setMaxLength(Model::Limits::MunicipalityCodeLength);
    m_personName->setObjectName(QStringLiteral("personNameEdit"));
    m_personName->setPlaceholderText(tr("Your full name"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setToolTip(tr("Try Regie with real municipality names and invented projects."));
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    showAsError(m_issues);
    keepRoomWhenHidden(m_issues);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    m_buttons->addButton(m_demo, QDialogButtonBox::ActionRole);

    auto *newForm = new QFormLayout;
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(tr("N&ame:"), m_organisationName);
    newForm->addRow(tr("&Kind:"), m_kind);
    newForm->addRow(tr("Municipality &code:"), m_code);

    auto *existingBox = new QVBoxLayout;
    existingBox->setContentsMargins(24, 0, 0, 0);
    existingBox->addWidget(m_search);
    existingBox->addWidget(m_list);

    auto *personForm = new QFormLayout;
    personForm->addRow(tr("&Your name:"), m_personName);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(welcome);
    layout->addWidget(m_existing);
    layout->addLayout(existingBox, 1);
    layout->addWidget(m_new);
    layout->addLayout(newForm);
    layout->addSpacing(8);
    layout->addLayout(personForm);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        QDialog::accept();
    });
    connect(m_existing, &QRadioButton::toggled, this, &WelcomeDialog::updateChoice);
    connect(m_new, &QRadioButton::toggled, this, &WelcomeDialog::updateChoice);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        m_existing->setChecked(true);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &WelcomeDialog::validateInput);
    for (QLineEdit *edit : {m_organisationName, m_code, m_personName}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            validateInput();
        });
    }
    connect(m_organisationName, &QLineEdit::textEdited, this, [this] { m_new->setChecked(true); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool municipality = Model::OrganisationKind(m_kind->currentData().toInt()) == Model::OrganisationKind::Municipality;
        m_code->setEnabled(municipality && m_new->isChecked());
        if (!municipality)
            m_code->clear();
        validateInput();
    });
    auto followModel = [this] {
        // Nothing to pick from (never with the public bodies): start with a new organisation.
        const bool any = m_choices->rowCount() > 0;
        m_existing->setEnabled(any);
        if (!any)
            m_new->setChecked(true);
        else if (!m_touched && !m_new->isChecked())
            m_existing->setChecked(true);
        updateChoice();
    };
    connect(m_choices, &QAbstractItemModel::modelReset, this, followModel);
    followModel();
    resize(540, 640);
}

QString WelcomeDialog::personName() const
{
    return m_personName->text().trimmed();
}

QUuid WelcomeDialog::organisationId() const
{
    if (m_choice != Choice::Existing)
        return {};
    return m_list->currentIndex().data(Model::OrganisationListModel::IdRole).toUuid();
}

Model::Organisation WelcomeDialog::newOrganisation() const
{
    if (m_choice == Choice::Existing) {
        // A province or municipality from the list that this laptop does not know yet.
        const QModelIndex current = m_list->currentIndex();
        if (!current.isValid() || current.data(Model::OrganisationChoiceModel::KnownRole).toBool())
            return {};
        auto o = current.data(Model::OrganisationListModel::OrganisationRole).value<Model::Organisation>();
        o.id = QUuid::createUuid();
        return o;
    }
    Model::Organisation o;
    o.id = QUuid::createUuid();
    o.name = m_organisationName->text().trimmed();
    o.kind = Model::OrganisationKind(m_kind->currentData().toInt());
    o.municipalityCode = m_code->text().trimmed().toUpper();
    return o;
}

Model::ValidationIssues WelcomeDialog::issues() const
{
    Model::ValidationIssues issues;
    if (m_choice == Choice::New) {
        issues.append(Model::validate(newOrganisation()));
    } else if (m_choice == Choice::Existing && !m_list->currentIndex().isValid()) {
        issues.append({QStringLiteral("organisation"), tr("Choose your organisation in the list.")});
    }
    Model::Person me;
    me.name = personName();
    me.organisationId = QUuid::createUuid(); // stands in for the organisation checked above
    issues.append(Model::validate(me));
    return issues;
}

void WelcomeDialog::updateChoice()
{
    m_choice = m_new->isChecked() ? Choice::New : Choice::Existing;
    const bool isNew = m_choice == Choice::New;
    m_search->setEnabled(!isNew);
    m_list->setEnabled(!isNew);
    m_organisationName->setEnabled(isNew);
    m_kind->setEnabled(isNew);
    m_code->setEnabled(isNew && Model::OrganisationKind(m_kind->currentData().toInt()) == Model::OrganisationKind::Municipality);
    validateInput();
}

void WelcomeDialog::validateInput()
{
    const Model::ValidationIssues found = issues();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
    m_issues->setText(m_touched ? Model::describe(found) : QString());
    m_issues->setVisible(m_touched && !found.isEmpty());
}

void WelcomeDialog::accept()
{
    m_touched = true;
    validateInput();
    if (!issues().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Views
