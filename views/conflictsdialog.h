#pragma once

#include "model/types.h"

#include <QDialog>

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
/// aside to export). objectNames: "conflictsDialog", "syncTabs",
/// "conflictsTable", "problemsTable", "quarantineTable", "keepMineButton",
/// "keepTheirsButton", "editValueButton", "dismissButton",
/// "exportQuarantineButton", "removeQuarantineButton", and the file dialog
/// "quarantineFileDialog".
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Reads the lists from @p sync; every decision goes through @p editor.
    ConflictsDialog(Model::SyncRepository *sync, Model::Editor *editor, Model::ChangeNotifier *notifier,
                    MessageBox *messages, QWidget *parent = nullptr);

    enum Page { Conflicts, Problems, Quarantine };
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
    QList<Model::QuarantinedChange> m_quarantineRows;
    QString m_exportedTo;
};

} // namespace Views
