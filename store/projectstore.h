#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Projects: the paged list, one project, creating (with its first lead),
/// changing and removing one, and whether a project may still be changed.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ProjectStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::ProjectSummary>> findProjects(const Model::ProjectQuery &query);
    Model::Result<int> countProjects(const Model::ProjectQuery &query);
    Model::Result<Model::Project> project(const QUuid &id);
    Model::Result<Model::Project> createProject(const Model::Project &project, const QUuid &lead);
    Model::Result<Model::Project> updateProject(const Model::Project &project);
    Model::Status setProjectDeleted(const QUuid &id, bool deleted);

    /// Refused for a completed or stopped project: its plan is read-only.
    Model::Status checkProjectWritable(const QUuid &projectId);
    /// Inside a transaction: the row as given, its stamps kept where set.
    Model::Status insertProject(const Model::Project &project);

private:
    WriteContext &m_context;
};

} // namespace Store
