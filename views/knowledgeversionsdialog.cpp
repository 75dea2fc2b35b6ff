#include "knowledgeversionsdialog.h"

#include "knowledgereader.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {

KnowledgeVersionsDialog::KnowledgeVersionsDialog(const Model::KnowledgeItem &item,
                                                 const QList<Model::KnowledgeVersion> &versions,
                                                 const QHash<QUuid, QString> &people, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_versions(versions)
    , m_list(new QListWidget(this))
    , m_reader(new KnowledgeReader(this))
    , m_restore(nullptr)
{
    setObjectName(QStringLiteral("knowledgeVersionsDialog"));
    setWindowTitle(tr("Versions — %1").arg(item.title));
    std::sort(m_versions.begin(), m_versions.end(),
              [](const Model::KnowledgeVersion &a, const Model::KnowledgeVersion &b) { return a.version > b.version; });
    m_list->setObjectName(QStringLiteral("versionList"));
    m_reader->setObjectName(QStringLiteral("versionReader"));
    const QLocale locale;
    for (const Model::KnowledgeVersion &v : std::as_const(m_versions)) {
        const QString who = people.value(v.changedBy);
        const QString when = locale.toString(v.changedAt.toLocalTime(), QLocale::ShortFormat);
        m_list->addItem(who.isEmpty() ? tr("Version %1 — %2").arg(v.version).arg(when)
                                      : tr("Version %1 — %2, %3").arg(v.version).arg(when, who));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgeVersionsDialog::showVersion);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    m_list->setCurrentRow(m_versions.isEmpty() ? -1 : 0);
    showVersion(m_list->currentRow());
}

void KnowledgeVersionsDialog::showVersion(int row)
{
    // The newest version is what the item says now: nothing to restore.
    m_restore->setEnabled(row > 0);
    if (row < 0 || row >= m_versions.size()) {
        m_reader->clearItem();
        return;
    }
    m_chosen = m_versions.at(row);
    Model::KnowledgeItem shown = m_item;
    shown.title = m_chosen.title;
    shown.summary = m_chosen.summary;
    shown.body = m_chosen.body;
    shown.topics = m_chosen.topics;
    shown.tags = m_chosen.tags;
    shown.status = m_chosen.status;
    m_reader->show(shown, {}, {});
}

} // namespace Views
