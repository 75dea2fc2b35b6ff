#include "handbookdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Views {

QUrl HandbookDialog::source()
{
    return QUrl(QStringLiteral("qrc:/handbook/handleiding.html"));
}

HandbookDialog::HandbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("handbookDialog"));
    setWindowTitle(tr("Regie Handbook"));
    // A window of its own beside the work, not one that blocks it.
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(source());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    contents->setObjectName(QStringLiteral("handbookContentsButton"));
    contents->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    contents->setAutoDefault(false);
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 680);
}

void HandbookDialog::showPart(const QString &anchor)
{
    QUrl url = source();
    url.setFragment(anchor);
    m_browser->setSource(url);
}

} // namespace Views
