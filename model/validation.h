#pragma once

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

/// All messages joined, one per line.
QString describe(const ValidationIssues &issues);

} // namespace Model
