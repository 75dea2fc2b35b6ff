#pragma once

#include "model/projectrights.h"

#include "model/types.h"

#include <QWidget>

class QChartView;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace Model {
class Editor;
class GoalListModel;
class MeasurementListModel;
class ParticipantsModel;
class PlanCache;
}

namespace Views {

/// A project's measurable goals: the list with each goal's health, and for
/// the chosen goal its measurements plotted against baseline, target and
/// trend (Qt Charts). Reaching a target is celebrated, naming the partners.
/// A view over Model::GoalListModel and Model::MeasurementListModel, fed by
/// the project's PlanCache while the tab is shown.
///
/// objectNames: "goalsTab", "goalList", "goalTitle", "goalFacts", "goalHealth",
/// "goalChart", "celebration", "addGoalButton", "editGoalButton",
/// "deleteGoalButton", "addMeasurementButton", "measurementList",
/// "correctMeasurementButton", "withdrawMeasurementButton"; dialogs
/// "goalDialog", "measurementDialog". A measurement is corrected or
/// withdrawn by a new row (undoable); the list shows what it replaced.
class GoalsTab : public QWidget
{
    Q_OBJECT
public:
    GoalsTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants,
             QWidget *parent = nullptr);

    void setProject(const Model::Project &project, const QUuid &person);
    /// What the user may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    void clear();

    const QList<Model::Goal> &goals() const;
    Model::GoalListModel *model() const { return m_goals; }
    QChartView *chartView() const { return m_chart; }

    void addGoal();
    void editGoal();
    void deleteGoal();
    void addMeasurement();
    void correctMeasurement();
    void withdrawMeasurement();

Q_SIGNALS:
    void loaded();
    /// A goal shown before reached its target (a measurement here or from sync).
    void celebrated(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onLoaded();
    /// Chooses the goal just added, once the list holds it.
    void selectAdded();
    void celebrate(const Model::Goal &goal);
    void showGoal();
    void updateButtons();
    QString partnerNames(const QList<QUuid> &organisations) const;
    const Model::Goal *currentGoal() const;
    /// The standing row of the chosen measurement's chain, unless withdrawn.
    const Model::Measurement *chosenMeasurement() const;

    Model::PlanCache *m_cache;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    // Made before m_goals, so that it follows the cache first and the chosen
    // goal's measurements are new when the goals' health is.
    Model::MeasurementListModel *m_measurements;
    Model::GoalListModel *m_goals;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_health;
    QLabel *m_celebration;
    QChartView *m_chart;
    QTableView *m_measurementList;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_measure;
    QPushButton *m_correct;
    QPushButton *m_withdraw;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QUuid m_person;
    QUuid m_chosen; ///< the goal chosen, kept across the model's resets
    QUuid m_added; ///< a goal just added, chosen once the list has it
};

} // namespace Views
