#pragma once

#include "model/projectrights.h"

#include "model/types.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;

namespace Model {
class ChangeNotifier;
class Editor;
class ParticipantsModel;
class PlanRepository;
}

class QChart;

namespace Views {

/// A goal's measurements against baseline, target and trend, as a new chart
/// (owned by the caller): for the Goals tab and the evaluation report.
QChart *goalChart(const Model::Goal &goal, const QList<Model::Measurement> &measurements);

/// A project's measurable goals: the list with each goal's health, and for
/// the chosen goal its measurements plotted against baseline, target and
/// trend (Qt Charts). Reaching a target is celebrated, naming the partners.
///
/// objectNames: "goalsTab", "goalList", "goalTitle", "goalFacts", "goalHealth",
/// "goalChart", "celebration", "addGoalButton", "editGoalButton",
/// "deleteGoalButton", "addMeasurementButton"; dialogs "goalDialog",
/// "measurementDialog".
class GoalsTab : public QWidget
{
    Q_OBJECT
public:
    GoalsTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
             Model::ParticipantsModel *participants, QWidget *parent = nullptr);

    void setProject(const Model::Project &project, const QUuid &person);
    /// What the user may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    void clear();

    const QList<Model::Goal> &goals() const { return m_goals; }
    QChartView *chartView() const { return m_chart; }

    void addGoal();
    void editGoal();
    void deleteGoal();
    void addMeasurement();

Q_SIGNALS:
    void loaded();
    /// A goal shown before reached its target (a measurement here or from sync).
    void celebrated(const QString &message);

private:
    void reload();
    void showGoal();
    void updateButtons();
    QString partnerNames(const QList<QUuid> &organisations) const;
    QList<Model::Measurement> measurementsOf(const QUuid &goal) const;
    const Model::Goal *currentGoal() const;

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_health;
    QLabel *m_celebration;
    QChartView *m_chart;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_measure;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QUuid m_person;
    QList<Model::Goal> m_goals;
    QList<Model::Measurement> m_measurements;
    QHash<QUuid, Model::GoalHealth> m_lastHealth; ///< as last shown: reaching a target is celebrated once
    quint64 m_generation = 0;
};

} // namespace Views
