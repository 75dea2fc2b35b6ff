#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QPushButton;

namespace Model {
class Editor;
class OrganisationFilterProxy;
class OrganisationListModel;
}

namespace Views {

class MessageBox;

/// Manages the organisations known to this store: search, new, edit and
/// delete (a tombstone; refused while the organisation takes part in a
/// project). Not modal: use open() or show().
///
/// objectNames: "organisationsDialog", "organisationSearch",
/// "organisationList", "newOrganisationButton", "editOrganisationButton",
/// "deleteOrganisationButton", "closeButton".
class OrganisationsDialog : public QDialog
{
    Q_OBJECT
public:
    OrganisationsDialog(Model::Editor *editor, Model::OrganisationListModel *organisations, MessageBox *messages,
                        QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

    void newOrganisation();
    void editSelected();
    void deleteSelected();

private:
    void updateButtons();

    Model::Editor *m_editor;
    MessageBox *m_messages;
    Model::OrganisationFilterProxy *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Views
