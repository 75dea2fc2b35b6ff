#pragma once

#include "fielderrors.h"

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Model {
class Editor;
class OrganisationListModel;
}

namespace Views {

class DateField;

/// Creates or edits a project. Purpose and urgency are required (inhoud
/// centraal); an active project needs a lead organisation, chosen here when
/// the project has none yet. A closed project only changes its status. On OK
/// the change goes to the Editor as one undoable step.
///
/// objectNames: "projectDialog", "nameEdit", "sloganEdit", "ambitionEdit",
/// "purposeEdit", "urgencyEdit", "statusCombo", "leadCombo", "leadHintLabel",
/// "startEdit", "endEdit", "logoPreview", "chooseLogoButton",
/// "removeLogoButton", "issuesLabel", "buttonBox", "okButton", and
/// "<field>Error" labels (nameError, purposeError, urgencyError, leadError, ...).
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(Model::Editor *editor, Model::OrganisationListModel *organisations, QWidget *parent = nullptr);

    /// Edits @p project; @p lead is its current lead organisation (null if none).
    void setProject(const Model::Project &project, const QUuid &lead, const QString &leadName);
    /// The lead proposed for a new project (the user's own organisation).
    void setDefaultLead(const QUuid &organisationId);

    bool isNew() const { return m_original.id.isNull(); }
    Model::Project project() const;
    QUuid leadId() const;
    QByteArray logo() const { return m_logo; }
    void setLogo(const QByteArray &png);
    /// Loads an image file as the logo; returns false (and says why) if unusable.
    bool loadLogo(const QString &path);

    Model::ValidationIssues issues() const;

    void accept() override;

Q_SIGNALS:
    /// A new project was handed to the editor under @p id.
    void projectCreated(const QUuid &id);

private:
    void fillLeads();
    void validateInput();
    void chooseLogo();
    void updateReadOnly();

    Model::Editor *m_editor;
    Model::OrganisationListModel *m_organisations;
    Model::Project m_original;
    QUuid m_originalLead;
    QUuid m_defaultLead;
    QByteArray m_logo;
    FieldErrors m_errors;

    QLineEdit *m_name;
    QLineEdit *m_slogan;
    QPlainTextEdit *m_ambition;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_urgency;
    QComboBox *m_status;
    QComboBox *m_lead;
    QLabel *m_leadHint;
    DateField *m_start;
    DateField *m_end;
    QLabel *m_logoPreview;
    QPushButton *m_chooseLogo;
    QPushButton *m_removeLogo;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
