#include "publishlessonscommand.h"

#include "editor.h"
#include "knowledgerepository.h"

#include <QCoreApplication>

namespace Model {

namespace {

// One answer for several writes: the first failure, or done when all are.
template<typename T>
QFuture<Status> allWritten(QList<QFuture<T>> writes)
{
    return QtFuture::whenAll(writes.begin(), writes.end()).then([](const QList<QFuture<T>> &answers) {
        for (const QFuture<T> &answer : answers) {
            if (answer.resultCount() == 0)
                return Status(error(Error::Storage, QCoreApplication::translate("Model::Commands", "The store did not answer.")));
            if (const T r = answer.result(); !r.ok())
                return Status(r.error());
        }
        return Status(Done{});
    });
}

} // namespace

PublishLessonsCommand::PublishLessonsCommand(Editor *editor, const QList<KnowledgeItem> &items, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_items(items)
{
}

void PublishLessonsCommand::redo()
{
    if (m_undone) {
        setDeleted(false, true);
        return;
    }
    QList<QFuture<Result<KnowledgeItem>>> writes;
    for (const KnowledgeItem &item : std::as_const(m_items))
        writes.append(m_editor->knowledge()->saveKnowledgeItem(item));
    m_editor->track(allWritten(writes), this, true);
}

void PublishLessonsCommand::undo()
{
    if (isObsolete())
        return;
    m_undone = true;
    setDeleted(true, false);
}

void PublishLessonsCommand::setDeleted(bool deleted, bool isRedo)
{
    QList<QFuture<Status>> writes;
    for (const KnowledgeItem &item : std::as_const(m_items))
        writes.append(m_editor->knowledge()->setKnowledgeItemDeleted(item.id, deleted));
    m_editor->track(allWritten(writes), this, isRedo);
}

} // namespace Model
