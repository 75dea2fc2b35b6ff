#pragma once

#include <QDialog>

class QTextBrowser;

namespace Views {

/// Help ▸ Handbook (F1): Regie's short Dutch handbook, shipped inside the
/// program (qrc:/handbook/handleiding.html) so that it reads offline.
///
/// objectNames: "handbookDialog", "handbookBrowser", "handbookContentsButton".
class HandbookDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where the handbook is: a Qt resource.
    static QUrl source();

    explicit HandbookDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// Shows the part with anchor @p anchor ("sync", "kennisbank", …).
    void showPart(const QString &anchor);

private:
    QTextBrowser *m_browser;
};

} // namespace Views
