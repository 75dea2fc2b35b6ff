#include "toolbaraction.h"

#include <QAction>

namespace Views {

QAction *toolBarAction(QAction *action, const QString &shortText)
{
    auto *stand = new QAction(action->icon(), shortText, action);
    stand->setObjectName(action->objectName() + QStringLiteral("ToolBar"));
    auto follow = [action, stand] {
        stand->setEnabled(action->isEnabled());
        QString whole = action->text();
        whole.remove(QLatin1Char('&'));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        stand->setToolTip(keys.isEmpty() ? whole : QStringLiteral("%1 (%2)").arg(whole, keys));
    };
    QObject::connect(action, &QAction::changed, stand, follow);
    QObject::connect(stand, &QAction::triggered, action, &QAction::trigger);
    follow();
    return stand;
}

} // namespace Views
