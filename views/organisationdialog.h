#pragma once

#include "fielderrors.h"

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Model {
class Editor;
}

namespace Views {

/// Creates or edits one organisation: a municipality, province, company,
/// knowledge institution or citizens' group. On OK the change goes to the
/// Editor (when one is given).
///
/// objectNames: "organisationDialog", "nameEdit", "kindCombo", "codeEdit",
/// "nameError", "municipalityCodeError", "issuesLabel", "buttonBox", "okButton".
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrganisationDialog(Model::Editor *editor, QWidget *parent = nullptr);

    void setOrganisation(const Model::Organisation &organisation);
    bool isNew() const { return m_original.id.isNull(); }
    Model::Organisation organisation() const;

    void accept() override;

Q_SIGNALS:
    void organisationCreated(const QUuid &id);

private:
    void validateInput();

    Model::Editor *m_editor;
    Model::Organisation m_original;
    FieldErrors m_errors;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_code;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
