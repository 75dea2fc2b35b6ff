#pragma once

#include "plan.h"
#include "types.h"

#include <QList>
#include <QString>

namespace Model {

namespace Limits {
constexpr int NameLength = 120;
constexpr int ShortTextLength = 200; ///< slogan, e-mail, function
constexpr int TextLength = 4000; ///< ambition, purpose, brings, ...
constexpr int LogoBytes = 512 * 1024;
constexpr int MunicipalityCodeLength = 6;
constexpr int TitleLength = 200; ///< goal and milestone titles
constexpr int NoteLength = 2000; ///< progress and measurement notes
constexpr int UnitLength = 40;
constexpr int IndicatorLength = 400;
}

/// One broken rule, for the field a dialog should point at.
struct ValidationIssue {
    QString field; ///< the domain field name, e.g. "name"
    QString message; ///< translated, ready to show
};
using ValidationIssues = QList<ValidationIssue>;

ValidationIssues validate(const Project &project);
ValidationIssues validate(const Organisation &organisation);
ValidationIssues validate(const Person &person);
ValidationIssues validate(const Participation &participation);
ValidationIssues validate(const Goal &goal);
ValidationIssues validate(const Measurement &measurement);
ValidationIssues validate(const Milestone &milestone);
ValidationIssues validate(const ProgressEntry &entry);

/// All messages joined, one per line.
QString describe(const ValidationIssues &issues);

} // namespace Model
