#include "dialogshortcuts.h"

#include "dialogform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>

namespace Views {

namespace {

bool isCtrlEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

QAbstractButton *acceptButton(QDialog *dialog)
{
    // The dialog's own button box, not one of a widget nested in it.
    const auto boxes = dialog->findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes) {
        if (box->window() != dialog || !box->isVisible())
            continue;
        for (QAbstractButton *b : box->buttons()) {
            const auto role = box->buttonRole(b);
            if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole)
                return b;
        }
    }
    return nullptr;
}

} // namespace

void DialogShortcuts::install()
{
    static QPointer<DialogShortcuts> installed;
    if (installed || !qApp)
        return;
    installed = new DialogShortcuts(qApp);
    qApp->installEventFilter(installed);
}

bool DialogShortcuts::accept(QDialog *dialog)
{
    if (!dialog)
        return false;
    if (auto *form = dialog->findChild<DialogForm *>(Qt::FindDirectChildrenOnly)) {
        form->tryAccept();
        return true;
    }
    QAbstractButton *ok = acceptButton(dialog);
    if (!ok)
        return false;
    if (ok->isEnabled())
        ok->click();
    else
        QApplication::beep();
    return true;
}

bool DialogShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    // Only key presses on widgets are looked at further.
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!isCtrlEnter(key))
        return false;
    auto *dialog = qobject_cast<QDialog *>(static_cast<QWidget *>(watched)->window());
    return dialog && dialog->isVisible() && accept(dialog);
}

} // namespace Views
