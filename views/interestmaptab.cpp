#include "interestmaptab.h"
#include "filedialogs.h"

#include "backgroundwrite.h"
#include "statuscolours.h"

#include "model/async.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/text.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Views {

namespace {

constexpr int CardWidth = 260;
constexpr int Gap = 16;
constexpr int Margin = 16;
constexpr int TitleHeight = 36;

const QColor Warning = StatusColours::warning();
const QColor Good = StatusColours::good();

int columnsFor(int width)
{
    return std::max(1, (width - 2 * Margin + Gap) / (CardWidth + Gap));
}

// The card's text as simple rich text, so that it wraps and can be measured.
QString cardHtml(const Model::InterestRow &r)
{
    const auto section = [](const QString &label, const QString &text) {
        return QStringLiteral("<p style='margin:0 0 6px 0'><b>%1</b><br>%2</p>")
            .arg(label.toHtmlEscaped(), text.isEmpty() ? QStringLiteral("<i>—</i>") : text.toHtmlEscaped());
    };
    QString html = section(InterestMapTab::tr("Brings"), r.brings) + section(InterestMapTab::tr("Gets"), r.gets)
        + section(InterestMapTab::tr("Priorities"), r.priorities);
    if (!r.priorities.isEmpty()) {
        html += r.servedBy.isEmpty()
            ? QStringLiteral("<p style='margin:0 0 6px 0; color:%1'><b>%2</b></p>")
                  .arg(Warning.name(), InterestMapTab::tr("No goal serves these priorities yet.").toHtmlEscaped())
            : QStringLiteral("<p style='margin:0 0 6px 0; color:%1'>%2</p>")
                  .arg(Good.name(), InterestMapTab::tr("Served by: %1").arg(r.servedBy.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    if (r.bringsMuchGetsLittle)
        html += QStringLiteral("<p style='margin:0; color:%1'><b>%2</b></p>")
                    .arg(Warning.name(), InterestMapTab::tr("Brings much, gets little: worth a talk.").toHtmlEscaped());
    return html;
}

QString cardTitle(const Model::InterestRow &r)
{
    return InterestMapTab::tr("%1 · %2").arg(r.organisationName, Model::displayName(r.role));
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

/// The card's coloured title band: one line, or as many as a long name needs (never clipped).
int titleBandHeight(const Model::InterestRow &r, const QFont &base)
{
    const QFontMetrics metrics(titleFont(base));
    const QRect text = metrics.boundingRect(QRect(0, 0, CardWidth - 20, 10000), Qt::TextWordWrap, cardTitle(r));
    return std::max(TitleHeight - 6, text.height() + 10);
}

int cardHeight(const Model::InterestRow &r, const QFont &base)
{
    QTextDocument doc;
    doc.setDefaultFont(base);
    doc.setHtml(cardHtml(r));
    doc.setTextWidth(CardWidth - 20);
    return titleBandHeight(r, base) + 6 + int(doc.size().height()) + 34; // title, text, hours bar
}

} // namespace

InterestMapCanvas::InterestMapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("interestMap"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void InterestMapCanvas::setRows(const QString &project, const QList<Model::InterestRow> &rows)
{
    m_project = project;
    m_rows = rows;
    setMinimumHeight(heightFor(width()));
    updateGeometry();
    update();
}

QSize InterestMapCanvas::sizeHint() const
{
    const int width = 3 * CardWidth + 2 * Gap + 2 * Margin;
    return {width, heightFor(width)};
}

void InterestMapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(heightFor(width()));
}

int InterestMapCanvas::heightFor(int width) const
{
    const int columns = columnsFor(width);
    int height = Margin + TitleHeight;
    for (int start = 0; start < m_rows.size(); start += columns) {
        int tallest = 0;
        for (int i = start; i < std::min<int>(start + columns, m_rows.size()); ++i)
            tallest = std::max(tallest, cardHeight(m_rows.at(i), font()));
        height += tallest + Gap;
    }
    return height + Margin;
}

void InterestMapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, width());
}

void InterestMapCanvas::render(QPainter &painter, int width) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRect(Margin, Margin, width - 2 * Margin, TitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     InterestMapTab::tr("What each partner brings and gets — %1").arg(m_project));

    const int columns = columnsFor(width);
    int y = Margin + TitleHeight;
    for (int start = 0; start < m_rows.size(); start += columns) {
        const int end = std::min<int>(start + columns, m_rows.size());
        int tallest = 0;
        for (int i = start; i < end; ++i)
            tallest = std::max(tallest, cardHeight(m_rows.at(i), font()));
        for (int i = start; i < end; ++i) {
            const Model::InterestRow &r = m_rows.at(i);
            const QRect card(Margin + (i - start) * (CardWidth + Gap), y, CardWidth, tallest);
            const bool attention = r.prioritiesUnserved || r.bringsMuchGetsLittle;
            const QColor accent = r.role == Model::ParticipationRole::Lead ? QColor(0x15, 0x65, 0xc0)
                                : attention                                ? Warning
                                                                           : QColor(0x60, 0x7d, 0x8b);
            painter.setPen(QPen(accent, attention ? 2 : 1));
            painter.setBrush(StatusColours::card());
            painter.drawRoundedRect(card, 6, 6);
            const int band = titleBandHeight(r, font());
            painter.fillRect(QRect(card.left() + 1, card.top() + 1, card.width() - 1, band), accent.lighter(185));
            painter.setFont(titleFont(font()));
            painter.setPen(Qt::black);
            painter.drawText(QRect(card.left() + 10, card.top() + 1, CardWidth - 20, band),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, cardTitle(r));
            painter.setFont(font());
            QTextDocument doc;
            doc.setDefaultFont(font());
            doc.setHtml(cardHtml(r));
            doc.setTextWidth(CardWidth - 20);
            painter.save();
            painter.translate(card.left() + 10, card.top() + band + 6);
            doc.drawContents(&painter);
            painter.restore();
            // Share of the hours logged in the project.
            const QRect bar(card.left() + 10, card.bottom() - 24, CardWidth - 20, 8);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xe0, 0xe0, 0xe0));
            painter.drawRoundedRect(bar, 3, 3);
            painter.setBrush(accent);
            painter.drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * r.share), bar.height()), 3, 3);
            painter.setPen(QColor(0x42, 0x42, 0x42));
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            painter.setFont(small);
            painter.drawText(QRect(bar.left(), bar.bottom() + 1, bar.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                             InterestMapTab::tr("%1 hours logged (%2% of all)")
                                 .arg(QLocale().toString(r.hours, 'g', 6), QLocale().toString(qRound(r.share * 100))));
            painter.setFont(font());
        }
        y += tallest + Gap;
    }
}

InterestMapTab::InterestMapTab(Model::PlanCache *cache, Model::ParticipantsModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_participants(participants)
    , m_canvas(new InterestMapCanvas(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport Map…"), this))
{
    setObjectName(QStringLiteral("interestMapTab"));
    m_summary->setObjectName(QStringLiteral("interestMapSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportMapButton"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &InterestMapTab::chooseFile);
    connect(m_participants, &Model::ParticipantsModel::loaded, this, &InterestMapTab::redraw);
    connect(m_cache, &Model::PlanCache::changed, this, [this](Model::PlanCache::Part part) {
        if (part == Model::PlanCache::Goals || part == Model::PlanCache::ProjectHours)
            redraw();
    });
    clear();
}

void InterestMapTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, Model::PlanCache::Goals | Model::PlanCache::ProjectHours);
}

void InterestMapTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void InterestMapTab::setProject(const Model::Project &project)
{
    m_project = project;
    m_cache->setProjectId(project.id);
    redraw();
}

void InterestMapTab::clear()
{
    m_project = {};
    m_canvas->setRows({}, {});
    m_summary->clear();
    m_export->setEnabled(false);
}

void InterestMapTab::redraw()
{
    // Goals and hours come side by side: draw once both are in.
    const auto parts = Model::PlanCache::Goals | Model::PlanCache::ProjectHours;
    if (m_project.id.isNull() || !m_cache->isLoaded(parts) || m_cache->isPending(parts))
        return;
    const auto rows = Model::interestMap(m_participants->participations(), m_cache->goals(), m_cache->projectHours());
    m_canvas->setRows(m_project.name, rows);
    int unserved = 0;
    int imbalance = 0;
    for (const auto &r : rows) {
        unserved += r.prioritiesUnserved ? 1 : 0;
        imbalance += r.bringsMuchGetsLittle ? 1 : 0;
    }
    m_summary->setText(unserved + imbalance == 0
                           ? tr("Every partner's priorities are served by a goal.")
                           : tr("%n partner(s) with priorities no goal serves", nullptr, unserved) + QStringLiteral("; ")
                                 + tr("%n bringing much and getting little", nullptr, imbalance) + QLatin1Char('.'));
    m_export->setEnabled(!rows.isEmpty());
    Q_EMIT loaded();
}

void InterestMapTab::exportTo(const QString &path)
{
    // Drawn here, from the canvas; encoded and written on a worker.
    const int width = m_canvas->sizeHint().width();
    const int height = m_canvas->heightFor(width);
    std::function<bool(QIODevice *)> write;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(tr("Interest map — %1").arg(m_project.name));
        QPainter painter(&svg);
        painter.fillRect(QRect(0, 0, width, height), Qt::white);
        m_canvas->render(painter, width);
        painter.end();
        write = [bytes](QIODevice *device) { return device->write(bytes) == bytes.size(); };
    } else {
        QImage image(QSize(width, height) * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            m_canvas->render(painter, width);
        }
        write = [image](QIODevice *device) { return image.save(device, "PNG"); };
    }
    Model::onResult(writeInBackground(path, std::move(write)), this, [this, path](const QString &error) {
        if (error.isEmpty())
            Q_EMIT exported(path);
        else
            Q_EMIT exportFailed(error);
    });
}

void InterestMapTab::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Interest Map"));
    dialog->setObjectName(QStringLiteral("mapFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PNG image (*.png)"), tr("SVG drawing (*.svg)")});
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(tr("interest-map-%1.png").arg(m_project.name));
    connect(dialog, &QFileDialog::fileSelected, this, &InterestMapTab::exportTo);
    dialog->open();
}

} // namespace Views
