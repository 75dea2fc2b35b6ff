#include "deletekey.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace Views {

namespace {

class DeleteKeyFilter : public QObject
{
public:
    DeleteKeyFilter(QWidget *view, std::function<void()> remove)
        : QObject(view)
        , m_remove(std::move(remove))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool isDelete = (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete);
        if (!isDelete)
            return QObject::eventFilter(watched, event);
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_remove();
        return true;
    }

private:
    std::function<void()> m_remove;
};

} // namespace

void onDeleteKey(QWidget *view, std::function<void()> remove)
{
    view->installEventFilter(new DeleteKeyFilter(view, std::move(remove)));
}

} // namespace Views
