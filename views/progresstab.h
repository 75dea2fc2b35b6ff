#pragma once

#include "model/projectrights.h"
#include "model/types.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;

namespace Model {
class ContributionsModel;
class Editor;
class PlanCache;
class PlanRepository;
class ProgressLogModel;
}

namespace Views {

/// The progress log of a project: a quick-add line (type, Enter), the
/// entries filtered by person, organisation, milestone and period, and the
/// hours each organisation contributed. A view over Model::ProgressLogModel
/// and Model::ContributionsModel, fed by the project's PlanCache while the
/// tab is shown.
///
/// objectNames: "progressTab", "quickAddEdit", "quickAddMilestoneCombo",
/// "personFilter", "organisationFilter", "milestoneFilter", "periodFilter",
/// "progressTable", "contributionsTable", "quickAddHint", "correctEntryButton";
/// dialog "correctEntryDialog" ("hoursSpin", "reasonEdit", "okButton").
class ProgressTab : public QWidget
{
    Q_OBJECT
public:
    /// @p plan answers what the correction dialog starts from.
    ProgressTab(Model::PlanCache *cache, Model::PlanRepository *plan, Model::Editor *editor, QWidget *parent = nullptr);

    /// Shows @p project's log; entries are logged as @p person of @p organisation.
    void setProject(const Model::Project &project, const QUuid &person, const QUuid &organisation);
    void clear();
    /// What the user may add here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    Model::ProgressLogModel *log() const { return m_log; }
    Model::ContributionsModel *contributions() const { return m_contributions; }

Q_SIGNALS:
    /// The log and the totals are on screen.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// The filters' choices: milestones, and who logged anything.
    void refillMilestones();
    void refillAuthors();
    void addQuickEntry();
    /// Logs a correction of the chosen entry: the difference, naming it.
    void correct();
    /// The correction dialog for @p original, which stands at @p now hours.
    void openCorrection(const Model::ProgressEntry &original, double now);
    void updateLogging();
    void updateCorrect();
    const Model::ProgressEntry *currentEntry() const;
    Model::ProgressFilter filter() const;

    Model::PlanCache *m_cache;
    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    Model::ProgressLogModel *m_log;
    Model::ContributionsModel *m_contributions;
    QLineEdit *m_quickAdd;
    QComboBox *m_quickMilestone;
    QLabel *m_hint;
    QComboBox *m_person;
    QComboBox *m_organisation;
    QComboBox *m_milestone;
    QComboBox *m_period;
    QTableView *m_table;
    QTableView *m_totals;
    QPushButton *m_correct;
    Model::Project m_project;
    QUuid m_me;
    QUuid m_myOrganisation;
    Model::ProjectRights m_rights;
};

} // namespace Views
