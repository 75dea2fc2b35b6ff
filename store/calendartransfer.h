#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

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
    Model::Result<Model::CalendarFile> readCalendar(const QString &path);
    Model::Result<int> importCalendar(const QUuid &projectId, const QList<Model::CalendarEntry> &entries);

private:
    WriteContext &m_context;
};

} // namespace Store
