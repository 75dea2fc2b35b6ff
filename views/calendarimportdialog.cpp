#include "calendarimportdialog.h"

#include "model/text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {

CalendarImportDialog::CalendarImportDialog(const QString &fileName, const QString &projectName,
                                           const Model::CalendarFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import Calendar — %1").arg(QFileInfo(fileName).fileName()));
    m_list->setObjectName(QStringLiteral("calendarEntries"));
    m_list->setHeaderLabels({tr("Date"), tr("Title"), tr("In the file as"), tr("Becomes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    int becomesWidth = 0;
    for (int i = 0; i < file.entries.size(); ++i) {
        const Model::CalendarEntry &e = file.entries.at(i);
        QString as = e.kind == Model::CalendarEntry::Kind::Milestone ? tr("to-do") : tr("event");
        if (e.status)
            as = tr("%1 (%2)").arg(as, Model::displayName(*e.status));
        auto *item = new QTreeWidgetItem(m_list, {QLocale().toString(e.date, QLocale::ShortFormat), e.title, as});
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, i);
        // A description is text from another program: never markup.
        if (!e.description.isEmpty())
            item->setToolTip(1, Qt::convertFromPlainText(e.description, Qt::WhiteSpaceNormal));
        // What it becomes: a milestone unless Regie itself wrote it as an evaluation.
        auto *becomes = new QComboBox(m_list);
        becomes->setObjectName(QStringLiteral("becomesCombo"));
        becomes->addItem(tr("Milestone"), int(Model::CalendarEntry::Kind::Milestone));
        becomes->addItem(tr("Evaluation"), int(Model::CalendarEntry::Kind::Evaluation));
        const bool evaluation = e.kind == Model::CalendarEntry::Kind::Evaluation && !e.id.isNull();
        becomes->setCurrentIndex(evaluation ? 1 : 0);
        becomesWidth = std::max(becomesWidth, becomes->sizeHint().width());
        m_list->setItemWidget(item, 3, becomes);
    }
    // The header sizes columns to their text only; the combo boxes of the
    // last one need their own width, and the title takes what is left.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Fixed);
    header->setMinimumSectionSize(std::max(header->minimumSectionSize(), 60));
    header->resizeSection(3, std::max(becomesWidth, header->sectionSizeHint(3)) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin));
    QString intro = tr("These %n dated item(s) become milestones or evaluations of %1. Items imported before are "
                       "updated, not added twice. Uncheck what you do not want.",
                       nullptr, int(file.entries.size()))
                        .arg(projectName);
    if (file.skipped > 0)
        intro += QLatin1Char(' ') + tr("%n item(s) without a date are left out.", nullptr, file.skipped);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    auto *notes = new QLabel(this);
    notes->setObjectName(QStringLiteral("calendarNotes"));
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::PlainText);
    notes->setText(file.notes.join(QLatin1Char('\n')));
    notes->setVisible(!file.notes.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(notes);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!file.entries.isEmpty());
    resize(680, 440);
}

QList<Model::CalendarEntry> CalendarImportDialog::chosen() const
{
    QList<Model::CalendarEntry> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        Model::CalendarEntry e = m_file.entries.at(item->data(0, Qt::UserRole).toInt());
        if (const auto *becomes = qobject_cast<QComboBox *>(m_list->itemWidget(const_cast<QTreeWidgetItem *>(item), 3)))
            e.kind = Model::CalendarEntry::Kind(becomes->currentData().toInt());
        out.append(e);
    }
    return out;
}

} // namespace Views
