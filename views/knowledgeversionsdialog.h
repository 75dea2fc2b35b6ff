#pragma once

#include "model/knowledge.h"

#include <QDialog>
#include <QHash>

class QListWidget;
class QPushButton;

namespace Views {

class KnowledgeReader;

/// The kept versions of a knowledge item, newest first: who saved each and
/// when, and what it said. "Restore" asks to save the chosen one's contents
/// as the newest version (restoredVersion()).
///
/// objectNames: "knowledgeVersionsDialog", "versionList", "versionReader", "restoreButton".
class KnowledgeVersionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p people names who saved a version, where known.
    KnowledgeVersionsDialog(const Model::KnowledgeItem &item, const QList<Model::KnowledgeVersion> &versions,
                            const QHash<QUuid, QString> &people, QWidget *parent = nullptr);

    /// The version chosen to restore, after the dialog was accepted.
    const Model::KnowledgeVersion &restoredVersion() const { return m_chosen; }

private:
    void showVersion(int row);

    Model::KnowledgeItem m_item;
    QList<Model::KnowledgeVersion> m_versions;
    Model::KnowledgeVersion m_chosen;
    QListWidget *m_list;
    KnowledgeReader *m_reader;
    QPushButton *m_restore;
};

} // namespace Views
