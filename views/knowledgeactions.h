#pragma once

#include "knowledgewindow.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QMenu;
class QWidget;

namespace Views {

/// The main window's way into the knowledge base: the "Knowledge" menu's
/// actions, and the knowledge window they open (made on first use, one per
/// main window).
///
/// objectNames of the actions: "openKnowledgeAction" (Ctrl+K), "newKnowledgeAction",
/// "reuseOverviewAction".
class KnowledgeActions : public QObject
{
    Q_OBJECT
public:
    /// @p organisations is the organisation list (names and kinds of the
    /// authors and adopters); @p parent the main window.
    KnowledgeActions(const KnowledgeWindow::Services &services, QAbstractItemModel *organisations, QWidget *parent);

    void addTo(QMenu *menu) const;
    void setIdentity(const Model::Identity &identity);
    /// The knowledge window, made and shown.
    KnowledgeWindow *open();
    KnowledgeWindow *window() const { return m_window; }

    QAction *openAction() const { return m_open; }

Q_SIGNALS:
    /// The knowledge window asks to show project @p id.
    void projectRequested(const QUuid &id);

private:
    QHash<QUuid, QString> organisationNames() const;
    int municipalities() const;

    KnowledgeWindow::Services m_services;
    QAbstractItemModel *m_organisations;
    QWidget *m_parent;
    Model::Identity m_identity;
    QPointer<KnowledgeWindow> m_window;
    QAction *m_open;
    QAction *m_new;
    QAction *m_overview;
};

} // namespace Views
