#pragma once

#include "model/types.h"

#include <QWidget>

class QLabel;

namespace Views {

/// The face of a project (ambitie een gezicht geven): logo, name, slogan, the
/// lead municipality that holds the regie, and the status.
///
/// objectNames: "projectHeader", "headerLogo", "headerName", "headerSlogan",
/// "headerLead", "headerStatus".
class ProjectHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectHeader(QWidget *parent = nullptr);

    void setProject(const Model::Project &project);
    /// The current lead's name; empty while the project has none.
    void setLeadName(const QString &name);
    void clear();

private:
    void updateLead();

    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_slogan;
    QLabel *m_lead;
    QLabel *m_status;
    QString m_leadName;
    Model::ProjectStatus m_projectStatus = Model::ProjectStatus::Idea;
};

} // namespace Views
