#pragma once

#include "model/knowledge.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Views {

class DialogForm;

/// Writes or edits a knowledge item: kind, title, summary, text (plain or
/// Markdown), topics and tags, who may read it and whether it is published.
/// OK stays off while the item breaks a rule, and says why.
///
/// objectNames: "knowledgeItemDialog", "kindCombo", "titleEdit", "summaryEdit",
/// "bodyEdit", "topicsEdit", "tagsEdit", "visibilityCombo", "statusCombo", "okButton".
class KnowledgeItemDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p item is the item to edit, or a new one with its organisation (and
    /// project, kind or question) filled in.
    explicit KnowledgeItemDialog(const Model::KnowledgeItem &item, QWidget *parent = nullptr);

    /// The item as the form has it now.
    Model::KnowledgeItem item() const;

private:
    void check();

    Model::KnowledgeItem m_item;
    DialogForm *m_form;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_body;
    QLineEdit *m_topics;
    QLineEdit *m_tags;
    QComboBox *m_visibility;
    QComboBox *m_status;
};

} // namespace Views
