#pragma once

#include "model/types.h"

#include <QFuture>
#include <QString>

namespace Views {

/// What goes into an evaluation report.
struct ReportData {
    Model::Project project;
    QString leadName;
    QList<Model::Participation> partners;
    QList<Model::Goal> goals;
    QList<Model::Measurement> measurements;
    Model::Evaluation evaluation;
    QList<Model::Decision> decisions; ///< the whole log; this evaluation's are marked
};

/// Writes an evaluation report as PDF for a council: logo, slogan, lead and
/// partners, each goal with its chart and score, findings, reflections,
/// decisions with before and after. The charts are drawn here (on the GUI
/// thread); the PDF is laid out and written on a worker. Answers an empty
/// string, or what went wrong.
QFuture<QString> writeEvaluationReport(const QString &path, const ReportData &data);

} // namespace Views
