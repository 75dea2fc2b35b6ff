#include "lessondrafts.h"


#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Model {

QStringList splitLessons(const QString &lessons)
{
    static const QRegularExpression mark(QStringLiteral("^\\s*(?:[-*•–]|\\d+[.)])\\s+"));
    QStringList out;
    const QStringList lines = lessons.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const bool marked = mark.match(line).hasMatch();
        const bool continues = !marked && !out.isEmpty() && line.at(0).isSpace();
        QString text = line;
        text.remove(mark);
        text = text.simplified();
        if (continues)
            out.last() += QLatin1Char(' ') + text;
        else
            out.append(text);
    }
    return out;
}

QString lessonTitle(const QString &lesson, int limit)
{
    QString title = lesson.simplified();
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    if (const auto m = sentenceEnd.match(title); m.hasMatch() && m.capturedStart() > 0)
        title = title.left(m.capturedStart());
    if (title.size() > limit) {
        int cut = title.lastIndexOf(QLatin1Char(' '), limit - 1);
        if (cut < limit / 2)
            cut = limit - 1;
        title = title.left(cut).trimmed() + QStringLiteral("…");
    }
    return title;
}

QList<KnowledgeItem> lessonDrafts(const Evaluation &evaluation, const Project &project, const Identity &identity)
{
    QList<KnowledgeItem> items;
    const QString when = QLocale().toString(evaluation.isHeld() ? evaluation.heldOn : evaluation.plannedOn,
                                            QLocale::LongFormat);
    const QString source = evaluation.kind == EvaluationKind::Closing
        ? QCoreApplication::translate("Model::LessonDrafts", "A lesson from the closing evaluation of %1 on %2.")
        : QCoreApplication::translate("Model::LessonDrafts", "A lesson from the interim evaluation of %1 on %2.");
    for (const QString &lesson : splitLessons(evaluation.lessons)) {
        KnowledgeItem item;
        item.kind = KnowledgeKind::Lesson;
        item.title = lessonTitle(lesson);
        item.summary = lesson;
        item.body = source.arg(project.name, when);
        item.organisationId = identity.organisationId;
        item.authorId = identity.personId;
        item.projectId = project.id;
        item.status = KnowledgeStatus::Published;
        item.visibility = KnowledgeVisibility::Everyone;
        items.append(item);
    }
    return items;
}

} // namespace Model
