#include "clearbutton.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace Views {

void nameClearButton(QLineEdit *edit)
{
    // The button is Qt's own child of the line edit, without text of its own.
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("Views", "Clear the text"));
    }
}

} // namespace Views
