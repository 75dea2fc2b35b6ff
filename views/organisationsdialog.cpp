#include "organisationsdialog.h"

#include "clearbutton.h"

#include "messagebox.h"
#include "organisationdialog.h"

#include "model/editor.h"
#include "model/organisationfilterproxy.h"
#include "model/organisationlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

OrganisationsDialog::OrganisationsDialog(Model::Editor *editor, Model::OrganisationListModel *organisations,
                                         MessageBox *messages, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_messages(messages)
    , m_proxy(new Model::OrganisationFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_new(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this))
{
    setObjectName(QStringLiteral("organisationsDialog"));
    setWindowTitle(tr("Organisations"));
    m_proxy->setSourceModel(organisations);
    m_search->setObjectName(QStringLiteral("organisationSearch"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_search->setPlaceholderText(tr("Search by name or municipality code…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_view->setObjectName(QStringLiteral("organisationList"));
    m_view->setAccessibleName(tr("Organisations"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_new->setObjectName(QStringLiteral("newOrganisationButton"));
    m_edit->setObjectName(QStringLiteral("editOrganisationButton"));
    m_delete->setObjectName(QStringLiteral("deleteOrganisationButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_new);
    side->addWidget(m_edit);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &Model::OrganisationFilterProxy::setSearchText);
    connect(m_new, &QPushButton::clicked, this, &OrganisationsDialog::newOrganisation);
    connect(m_edit, &QPushButton::clicked, this, &OrganisationsDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &OrganisationsDialog::deleteSelected);
    connect(m_view, &QListView::doubleClicked, this, &OrganisationsDialog::editSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrganisationsDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrganisationsDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrganisationsDialog::updateButtons);
    updateButtons();
    resize(480, 520);
}

void OrganisationsDialog::newOrganisation()
{
    auto *dialog = new OrganisationDialog(m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrganisationsDialog::editSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    auto *dialog = new OrganisationDialog(m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOrganisation(index.data(Model::OrganisationListModel::OrganisationRole).value<Model::Organisation>());
    dialog->open();
}

void OrganisationsDialog::deleteSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const auto organisation = index.data(Model::OrganisationListModel::OrganisationRole).value<Model::Organisation>();
    if (m_messages
        && !m_messages->confirm(this, tr("Delete Organisation"),
                                tr("Delete %1? An organisation that still takes part in a project cannot be deleted.")
                                    .arg(organisation.name)))
        return;
    m_editor->deleteOrganisation(organisation);
}

void OrganisationsDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

} // namespace Views
