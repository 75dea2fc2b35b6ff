#pragma once

#include "model/types.h"

#include <QDialog>

class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Model {
class ChangeNotifier;
class SyncRepository;
}

namespace Views {

class MessageBox;

/// What sync left for the user: conflicts (the same field changed here and
/// on the server; keep mine, keep theirs or type another value) and edits
/// the server refused. objectNames: "conflictsDialog", "syncTabs",
/// "conflictsTable", "problemsTable", "keepMineButton", "keepTheirsButton",
/// "editValueButton", "dismissButton".
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Model::SyncRepository *sync, Model::ChangeNotifier *notifier, MessageBox *messages,
                    QWidget *parent = nullptr);

    void showProblems();
    void reload();

    /// A value from sync's JSON as the user reads it.
    static QString display(const QString &field, const QString &json);

Q_SIGNALS:
    void loaded();

private:
    void resolve(Model::Resolution resolution);
    void dismiss();
    void updateButtons();

    Model::SyncRepository *m_sync;
    MessageBox *m_messages;
    QTabWidget *m_tabs;
    QTableWidget *m_conflicts;
    QTableWidget *m_problems;
    QPushButton *m_mine;
    QPushButton *m_theirs;
    QPushButton *m_edit;
    QPushButton *m_dismiss;
    QList<Model::SyncConflict> m_conflictRows;
    QList<Model::SyncProblem> m_problemRows;
};

} // namespace Views
