#pragma once

#include "model/validation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;

namespace Model {
class OrganisationChoiceModel;
class OrganisationFilterProxy;
class OrganisationListModel;
}

namespace Views {

/// The first start: who works here? The user picks their organisation from
/// the list (or creates it) and gives their name, or loads the demo region.
/// The list holds the organisations this laptop knows and the Dutch
/// provinces and municipalities it does not know yet (with their CBS codes),
/// so a fresh install has something to choose from.
/// Writes nothing itself: the caller reads the choice after accepted().
///
/// objectNames: "welcomeDialog", "welcomeLabel", "existingRadio",
/// "organisationSearch", "organisationList", "newRadio",
/// "organisationNameEdit", "kindCombo", "codeEdit", "personNameEdit",
/// "demoButton", "issuesLabel", "buttonBox", "okButton".
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Existing, New, Demo };

    WelcomeDialog(Model::OrganisationListModel *organisations, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString personName() const;
    /// The chosen existing organisation; null when one is to be made.
    QUuid organisationId() const;
    /// The organisation to create (name, kind, code) when organisationId()
    /// is null: the one typed in (choice() New), or the province or
    /// municipality chosen from the list.
    Model::Organisation newOrganisation() const;

    void accept() override;

private:
    Model::ValidationIssues issues() const;
    void updateChoice();
    void validateInput();

    Model::OrganisationChoiceModel *m_choices;
    Model::OrganisationFilterProxy *m_proxy;
    Choice m_choice = Choice::Existing;
    bool m_touched = false;
    QRadioButton *m_existing;
    QLineEdit *m_search;
    QListView *m_list;
    QRadioButton *m_new;
    QLineEdit *m_organisationName;
    QComboBox *m_kind;
    QLineEdit *m_code;
    QLineEdit *m_personName;
    QPushButton *m_demo;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
