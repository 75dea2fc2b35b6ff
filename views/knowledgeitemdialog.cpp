#include "knowledgeitemdialog.h"

#include "dialogform.h"

#include "model/knowledgetext.h"
#include "model/knowledgevalidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace Views {

KnowledgeItemDialog::KnowledgeItemDialog(const Model::KnowledgeItem &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_form(new DialogForm(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_topics(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_visibility(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    using namespace Model;
    setObjectName(QStringLiteral("knowledgeItemDialog"));
    const bool answer = item.kind == KnowledgeKind::Answer;
    if (answer)
        setWindowTitle(tr("Answer the question"));
    else
        setWindowTitle(item.title.isEmpty() ? tr("New Knowledge Item") : tr("Edit — %1").arg(item.title));

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    if (answer)
        m_kind->addItem(displayName(KnowledgeKind::Answer), int(KnowledgeKind::Answer));
    for (KnowledgeKind k : writableKinds()) {
        if (!answer)
            m_kind->addItem(displayName(k), int(k));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(item.kind))));
    m_kind->setEnabled(!answer);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setText(item.title);
    m_title->setPlaceholderText(tr("What others should find it by"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlainText(item.summary);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlainText(item.body);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Plain text or Markdown: # heading, *italic*, **bold**, - list"));
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setText(joinTags(item.topics));
    m_topics->setPlaceholderText(tr("For example: Warmtetransitie, Participatie"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setText(joinTags(item.tags));
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    for (KnowledgeVisibility v : {KnowledgeVisibility::Everyone, KnowledgeVisibility::ProjectPartners,
                                  KnowledgeVisibility::Organisation}) {
        if (v == KnowledgeVisibility::ProjectPartners && item.projectId.isNull())
            continue;
        m_visibility->addItem(displayName(v), int(v));
    }
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(int(item.visibility))));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (KnowledgeStatus s : {KnowledgeStatus::Draft, KnowledgeStatus::Published, KnowledgeStatus::Archived})
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(item.status))));

    QFormLayout *form = m_form->form();
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(tr("T&opics:"), m_topics);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Who may read it:"), m_visibility);
    form->addRow(tr("Stat&us:"), m_status);
    if (answer) {
        m_title->setVisible(false);
        form->labelForField(m_title)->setVisible(false);
        form->labelForField(m_summary)->setVisible(false);
        m_summary->setVisible(false);
    }

    for (QLineEdit *edit : {m_title, m_topics, m_tags})
        connect(edit, &QLineEdit::textChanged, this, [this] { check(); });
    for (QPlainTextEdit *edit : {m_summary, m_body})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { check(); });
    for (QComboBox *combo : {m_kind, m_visibility, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { check(); });
    resize(620, 560);
    check();
}

Model::KnowledgeItem KnowledgeItemDialog::item() const
{
    using namespace Model;
    KnowledgeItem i = m_item;
    i.kind = KnowledgeKind(m_kind->currentData().toInt());
    i.title = m_title->text().trimmed();
    i.summary = m_summary->toPlainText().trimmed();
    i.body = m_body->toPlainText();
    if (i.kind == KnowledgeKind::Answer && i.title.isEmpty())
        i.title = i.body.simplified().left(80);
    i.topics = splitTags(m_topics->text());
    i.tags = splitTags(m_tags->text());
    i.visibility = KnowledgeVisibility(m_visibility->currentData().toInt());
    i.status = KnowledgeStatus(m_status->currentData().toInt());
    return i;
}

void KnowledgeItemDialog::check()
{
    QStringList problems;
    for (const auto &issue : Model::validate(item()))
        problems << issue.message;
    // A fresh form says nothing yet: what is missing shows once typing starts.
    const bool untouched = m_title->text().isEmpty() && m_body->toPlainText().isEmpty()
        && m_summary->toPlainText().isEmpty();
    m_form->setProblems(untouched ? QStringList() : problems);
    m_form->okButton()->setEnabled(problems.isEmpty());
}

} // namespace Views
