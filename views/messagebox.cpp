#include "messagebox.h"

#include <QMessageBox>

namespace Views {

MessageBox::~MessageBox() = default;

void MessageBox::showError(QWidget *parent, const QString &title, const QString &message)
{
    // Not modal: the window keeps working while the message is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace Views
