#pragma once

#include "model/knowledge.h"

#include <QHash>
#include <QTextBrowser>

namespace Views {

/// Shows a knowledge item to read: its title, what it is and whose, its
/// summary and its text, rendered from Markdown without HTML. It loads
/// nothing: no images or files named in the text, so a hostile text cannot
/// make it read a local file or reach the network. Links open in the
/// browser only for http and https. The item's topics are links of their
/// own: activating one asks who knows about it (topicActivated()).
class KnowledgeReader : public QTextBrowser
{
    Q_OBJECT
public:
    explicit KnowledgeReader(QWidget *parent = nullptr);

    /// @p organisationName and @p projectName may be empty (unknown, or a
    /// project the reader cannot see: then only its name, when known).
    /// With @p projectLink (the project is on this laptop) the name is a
    /// link: clicking it emits projectActivated().
    void show(const Model::KnowledgeItem &item, const QString &organisationName, const QString &projectName,
              const QUuid &projectLink = {});
    void clearItem();

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// The user followed the link of one of the item's topics.
    void topicActivated(const QString &topic);
    /// The user clicked the name of the item's source project.
    void projectActivated(const QUuid &projectId);
};

} // namespace Views
