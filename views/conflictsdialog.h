#pragma once

#include "model/types.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Model {
class ChangeNotifier;
class Editor;
class SyncRepository;
}

namespace Views {

class MessageBox;

/// What sync left for the user: conflicts (the same field changed here and
/// on the server; keep mine, keep theirs or type another value), edits the
/// server refused, and edits of projects this laptop lost access to (kept
/// aside to export), and values of the user's that someone else replaced
/// since. objectNames: "conflictsDialog", "syncTabs", "conflictsTable",
/// "problemsTable", "quarantineTable", "replacedTable", "keepMineButton",
/// "keepTheirsButton", "editValueButton", "conflictWhoLabel" (who made the
/// server's value, when), "dismissButton", "exportQuarantineButton",
/// "removeQuarantineButton", "markSeenButton", the file dialog
/// "quarantineFileDialog" and the ConflictValueDialog.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Reads the lists from @p sync; every decision goes through @p editor.
    ConflictsDialog(Model::SyncRepository *sync, Model::Editor *editor, Model::ChangeNotifier *notifier,
                    MessageBox *messages, QWidget *parent = nullptr);

    enum Page { Conflicts, Problems, Quarantine, Replaced };
    void showPage(Page page);
    void reload();

    /// A value from sync's JSON as the user reads it.
    static QString display(const QString &field, const QString &json);

Q_SIGNALS:
    void loaded();
    /// The kept-aside edits were written to a file.
    void exported(int count);

private:
    void resolve(Model::Resolution resolution);
    void dismiss();
    void exportQuarantine();
    void exportTo(const QString &path);
    void removeQuarantine();
    void showReplaced(const QList<Model::ReplacedValue> &rows);
    void markSeen();
    void updateButtons();

    Model::SyncRepository *m_sync;
    Model::Editor *m_editor;
    MessageBox *m_messages;
    QTabWidget *m_tabs;
    QTableWidget *m_conflicts;
    QTableWidget *m_problems;
    QPushButton *m_mine;
    QPushButton *m_theirs;
    QPushButton *m_edit;
    QPushButton *m_dismiss;
    QTableWidget *m_quarantine;
    QPushButton *m_export;
    QPushButton *m_removeQuarantine;
    QList<Model::SyncConflict> m_conflictRows;
    QList<Model::SyncProblem> m_problemRows;
    QTableWidget *m_replaced;
    QPushButton *m_markSeen;
    QLabel *m_conflictWho;
    QList<Model::QuarantinedChange> m_quarantineRows;
    QList<Model::ReplacedValue> m_replacedRows;
    QString m_exportedTo;
};

} // namespace Views
