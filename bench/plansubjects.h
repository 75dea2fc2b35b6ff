#pragma once

// The projects and rows the figures ask about.

#include <QDate>
#include <QString>
#include <QUuid>

namespace Bench::Plan {

class RawDb;

/// The projects and rows the figures ask about, found in the file.
struct Subjects {
    QUuid big; ///< the project with 100,000 entries and 2,000 milestones
    QUuid typical; ///< the second project, with 450 entries
    QUuid leadOrganisation; ///< of the big project
    QString leadName;
    QUuid milestone; ///< of the big project, with the most entries
    QDate from{2025, 7, 1}; ///< one quarter
    QDate until{2025, 9, 30};
};

/// Finds the subjects in the file; dies if it holds no plan data.
Subjects findSubjects(RawDb &raw);

} // namespace Bench::Plan
