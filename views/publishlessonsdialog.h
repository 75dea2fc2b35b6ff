#pragma once

#include "model/knowledge.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Views {

class DialogForm;

/// Offers to share the lessons of a held evaluation in the knowledge base,
/// one knowledge item per lesson: the user chooses which, and edits each
/// one's title, summary and who may read it before publishing. "Not now"
/// publishes nothing (the lessons stay with the evaluation, to be shared
/// later from the Evaluations tab).
///
/// objectNames: "publishLessonsDialog", "lessonList" (checkable), "titleEdit",
/// "summaryEdit", "visibilityCombo" (of the chosen lesson), "topicsEdit" (for
/// all), "okButton" ("Publish"), "notNowButton".
class PublishLessonsDialog : public QDialog
{
    Q_OBJECT
public:
    PublishLessonsDialog(const QList<Model::KnowledgeItem> &drafts, const QString &projectName,
                         QWidget *parent = nullptr);

    /// The lessons chosen, as edited.
    QList<Model::KnowledgeItem> items() const;

private:
    void choose(int row);
    void takeEdits();
    void check();

    QList<Model::KnowledgeItem> m_drafts;
    int m_current = -1;
    DialogForm *m_form;
    QListWidget *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QComboBox *m_visibility;
    QLineEdit *m_topics;
};

} // namespace Views
