#include "overviewtab.h"

#include "model/leadhistorymodel.h"
#include "model/text.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Views {

namespace {
QLabel *makeText(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
}

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewTab"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);

    m_ambition = makeText(content, QStringLiteral("ambitionLabel"));
    m_purpose = makeText(content, QStringLiteral("purposeLabel"));
    m_urgency = makeText(content, QStringLiteral("urgencyLabel"));
    m_status = makeText(content, QStringLiteral("statusLabel"));
    m_period = makeText(content, QStringLiteral("periodLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Ambition:"), m_ambition);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Urgency:"), m_urgency);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Period:"), m_period);

    auto *history = new QGroupBox(tr("Who held the regie"), content);
    m_leadHistory = new QListView(history);
    m_leadHistory->setObjectName(QStringLiteral("leadHistoryList"));
    m_leadHistory->setAccessibleName(tr("Who held the regie"));
    m_leadHistory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leadHistory->setSelectionMode(QAbstractItemView::NoSelection);
    m_leadHistory->setFrameShape(QFrame::NoFrame);
    m_leadHistory->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_leadHistory);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addWidget(history);
    contentLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void OverviewTab::setLeadHistoryModel(Model::LeadHistoryModel *model)
{
    m_leadHistory->setModel(model);
    // As tall as its rows: a project has had a handful of leads at most.
    auto fit = [this] {
        const int rows = std::max(1, m_leadHistory->model() ? m_leadHistory->model()->rowCount() : 0);
        const int rowHeight = std::max(m_leadHistory->sizeHintForRow(0), fontMetrics().height() + 4);
        m_leadHistory->setFixedHeight(std::min(rows, 8) * rowHeight + 2 * m_leadHistory->frameWidth() + 4);
    };
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, fit);
    fit();
}

void OverviewTab::setProject(const Model::Project &project)
{
    m_ambition->setText(orDash(project.ambition));
    m_purpose->setText(orDash(project.purpose));
    m_urgency->setText(orDash(project.urgency));
    QString status = Model::displayName(project.status);
    if (Model::isClosed(project.status))
        status = tr("%1 — closed projects are read-only").arg(status);
    m_status->setText(status);
    const QLocale locale;
    const QString start = project.start.isValid() ? locale.toString(project.start, QLocale::LongFormat) : QString();
    const QString end = project.end.isValid() ? locale.toString(project.end, QLocale::LongFormat) : QString();
    if (start.isEmpty() && end.isEmpty())
        m_period->setText(tr("No dates set"));
    else if (end.isEmpty())
        m_period->setText(tr("From %1").arg(start));
    else if (start.isEmpty())
        m_period->setText(tr("Until %1").arg(end));
    else
        m_period->setText(tr("%1 to %2").arg(start, end));
}

void OverviewTab::clear()
{
    for (QLabel *label : {m_ambition, m_purpose, m_urgency, m_status, m_period})
        label->clear();
}

} // namespace Views
