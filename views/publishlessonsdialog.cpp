#include "publishlessonsdialog.h"

#include "dialogform.h"

#include "model/knowledgetext.h"
#include "model/knowledgevalidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace Views {

PublishLessonsDialog::PublishLessonsDialog(const QList<Model::KnowledgeItem> &drafts, const QString &projectName,
                                           QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_form(new DialogForm(this))
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_visibility(new QComboBox(this))
    , m_topics(new QLineEdit(this))
{
    using namespace Model;
    setObjectName(QStringLiteral("publishLessonsDialog"));
    setWindowTitle(tr("Share the Lessons — %1").arg(projectName));
    auto *intro = new QLabel(tr("Other municipalities can learn from what %1 learned. Each lesson you tick becomes a "
                                "lesson in the knowledge base, linked to the project; check how it reads first.")
                                 .arg(projectName),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setMinimumHeight(110);
    for (const KnowledgeItem &d : std::as_const(m_drafts)) {
        auto *row = new QListWidgetItem(d.title, m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Checked);
    }
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What others should find it by"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    for (KnowledgeVisibility v : {KnowledgeVisibility::Everyone, KnowledgeVisibility::ProjectPartners,
                                  KnowledgeVisibility::Organisation})
        m_visibility->addItem(displayName(v), int(v));
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setPlaceholderText(tr("For example: Warmtetransitie, Participatie"));
    m_topics->setToolTip(tr("Topics for every lesson shared here, separated by commas"));

    QFormLayout *form = m_form->form();
    form->addRow(intro);
    form->addRow(m_list);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Who may read it:"), m_visibility);
    form->addRow(tr("T&opics of all:"), m_topics);

    QPushButton *publish = m_form->okButton();
    publish->setText(tr("&Publish"));
    QPushButton *notNow = m_form->buttons()->button(QDialogButtonBox::Cancel);
    notNow->setText(tr("&Not Now"));
    notNow->setObjectName(QStringLiteral("notNowButton"));

    connect(m_list, &QListWidget::currentRowChanged, this, &PublishLessonsDialog::choose);
    connect(m_list, &QListWidget::itemChanged, this, [this] { check(); });
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        takeEdits();
        if (m_current >= 0)
            m_list->item(m_current)->setText(m_title->text().trimmed());
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, &PublishLessonsDialog::takeEdits);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, &PublishLessonsDialog::takeEdits);
    connect(m_topics, &QLineEdit::textChanged, this, [this] { check(); });
    m_list->setCurrentRow(0);
    resize(620, 520);
    check();
}

void PublishLessonsDialog::choose(int row)
{
    m_current = -1; // what the fields show now is not an edit
    const bool valid = row >= 0 && row < m_drafts.size();
    m_title->setEnabled(valid);
    m_summary->setEnabled(valid);
    m_visibility->setEnabled(valid);
    if (valid) {
        const Model::KnowledgeItem &d = m_drafts.at(row);
        m_title->setText(d.title);
        m_summary->setPlainText(d.summary);
        m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(int(d.visibility))));
    }
    m_current = valid ? row : -1;
}

void PublishLessonsDialog::takeEdits()
{
    if (m_current < 0)
        return;
    Model::KnowledgeItem &d = m_drafts[m_current];
    d.title = m_title->text().trimmed();
    d.summary = m_summary->toPlainText().trimmed();
    d.visibility = Model::KnowledgeVisibility(m_visibility->currentData().toInt());
    check();
}

QList<Model::KnowledgeItem> PublishLessonsDialog::items() const
{
    QList<Model::KnowledgeItem> chosen;
    const QStringList topics = Model::splitTags(m_topics->text());
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_list->item(row)->checkState() != Qt::Checked)
            continue;
        Model::KnowledgeItem item = m_drafts.at(row);
        item.topics = topics;
        chosen.append(item);
    }
    return chosen;
}

void PublishLessonsDialog::check()
{
    QStringList problems;
    const QList<Model::KnowledgeItem> chosen = items();
    int row = 0;
    for (const Model::KnowledgeItem &d : std::as_const(m_drafts)) {
        ++row;
        if (m_list->item(row - 1)->checkState() != Qt::Checked)
            continue;
        Model::KnowledgeItem withTopics = d;
        withTopics.topics = Model::splitTags(m_topics->text());
        for (const auto &issue : Model::validate(withTopics))
            problems << tr("Lesson %1: %2").arg(row).arg(issue.message);
    }
    problems.removeDuplicates();
    m_form->setProblems(problems);
    m_form->okButton()->setEnabled(problems.isEmpty() && !chosen.isEmpty());
}

} // namespace Views
