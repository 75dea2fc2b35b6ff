#pragma once

#include "knowledge.h"
#include "validation.h"

namespace Model {

namespace KnowledgeLimits {
constexpr int SummaryLength = 2000;
constexpr int BodyLength = 200000; ///< a long practice or dossier text
constexpr int TagLength = 60; ///< one topic or tag
constexpr int TagCount = 30; ///< topics and tags each
constexpr int ReuseNoteLength = 4000;
}

ValidationIssues validate(const KnowledgeItem &item);
ValidationIssues validate(const Reuse &reuse);

} // namespace Model
