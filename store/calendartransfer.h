#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Store {

class WriteContext;

/// Milestones and planned evaluations to and from iCalendar files
/// (calendar.h reads and writes the files).
class CalendarTransfer
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit CalendarTransfer(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<int> exportCalendar(const QUuid &projectId, const QString &path);
    /// Reads an .ics file for a preview (calendar.h); touches no database.
    static Model::Result<Model::CalendarFile> readCalendar(const QString &path, const QDate &from, const QDate &to,
                                                           const std::function<bool(qint64, qint64)> &progress = {});
    /// Imports @p entries; records in @p undo (when given) what it changed.
    Model::Result<Model::CalendarImportCount> importCalendar(const QUuid &projectId, const QList<Model::CalendarEntry> &entries,
                                      Model::CalendarImportUndo *undo = nullptr);
    Model::Status undoCalendarImport(const QUuid &projectId, const Model::CalendarImportUndo &undo);

private:
    /// The evaluation @p id while it is planned (and not removed), else none.
    Model::Result<std::optional<Model::Evaluation>> plannedEvaluation(const QUuid &id);

    WriteContext &m_context;
};

} // namespace Store
