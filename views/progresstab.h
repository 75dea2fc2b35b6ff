#pragma once

#include "model/projectrights.h"
#include "model/types.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Model {
class ChangeNotifier;
class Editor;
class PlanRepository;
}

namespace Views {

/// The progress log of a project: a quick-add line (type, Enter), the
/// entries filtered by person, organisation, milestone and period, and the
/// hours each organisation contributed.
///
/// objectNames: "progressTab", "quickAddEdit", "quickAddMilestoneCombo",
/// "personFilter", "organisationFilter", "milestoneFilter", "periodFilter",
/// "progressTable", "contributionsTable", "quickAddHint", "correctEntryButton";
/// dialog "correctEntryDialog" ("hoursSpin", "reasonEdit", "okButton").
class ProgressTab : public QWidget
{
    Q_OBJECT
public:
    ProgressTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                QWidget *parent = nullptr);

    /// Shows @p project's log; entries are logged as @p person of @p organisation.
    void setProject(const Model::Project &project, const QUuid &person, const QUuid &organisation);
    void clear();
    /// What the user may add here (the server's rights).
    void setRights(const Model::ProjectRights &rights);

Q_SIGNALS:
    /// The log and the totals are on screen.
    void loaded();

private:
    enum class Choices { Reload, Keep };
    /// Reads the log and its totals, and (unless kept) the filters' choices.
    void reload(Choices choices = Choices::Reload);
    void loadRows(const Model::ProgressFilter &filter);
    void addQuickEntry();
    /// Logs a correction of the chosen entry: the difference, naming it.
    void correct();
    /// The correction dialog for @p original, which stands at @p now hours.
    void openCorrection(const Model::ProgressEntry &original, double now);
    void updateLogging();
    void updateCorrect();
    const Model::ProgressEntry *currentEntry() const;
    Model::ProgressFilter filter() const;

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    QLineEdit *m_quickAdd;
    QComboBox *m_quickMilestone;
    QLabel *m_hint;
    QComboBox *m_person;
    QComboBox *m_organisation;
    QComboBox *m_milestone;
    QComboBox *m_period;
    QTableWidget *m_table;
    QTableWidget *m_totals;
    QPushButton *m_correct;
    QList<Model::ProgressEntry> m_rows; ///< as shown in m_table
    Model::Project m_project;
    QUuid m_me;
    QUuid m_myOrganisation;
    Model::ProjectRights m_rights;
    quint64 m_generation = 0; ///< of the filters' choices
    quint64 m_rowsGeneration = 0; ///< of the rows and totals
};

} // namespace Views
