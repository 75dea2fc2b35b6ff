#include "evaluationreport.h"

#include "backgroundwrite.h"
#include "goalchart.h"

#include "model/goaltrend.h"
#include "model/text.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QUrl>

namespace Views {

namespace {

// The context lupdate gives a tr() call in namespace Views: the one the
// Dutch texts are kept under (a different one here left the report English).
QString tr(const char *text)
{
    return QCoreApplication::translate("Views", text);
}

// The page: A4 with 18 mm margins, laid out at the PDF's own resolution so
// that words are measured as they are printed (laid out at the screen's and
// printed at 300 dpi, words broke in the middle: "adviesgesprekke n").
constexpr int Dpi = 300;
constexpr double MarginMm = 18;
constexpr double TextWidthMm = 210 - 2 * MarginMm;
constexpr int ChartWidth = 600;
constexpr int ChartHeight = 280;

// A length as an <img> width takes it: in pixels of 96 dpi, which the
// layout scales to the PDF's resolution.
int cssPixels(double mm)
{
    return int(mm / 25.4 * 96);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

// Stored values of the decision log, as the reader writes them.
QString number(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? QLocale().toString(value, 'g', 12) : stored;
}

QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}

// A chart drawn off screen, at print resolution. The chart lays itself out
// in its scene's events, so those run before it is drawn.
QImage chartImage(const Model::Goal &goal, const QList<Model::Measurement> &ms)
{
    QGraphicsScene scene;
    QChart *chart = goalChart(goal, ms);
    scene.addItem(chart);
    // Drawn about as large as it is printed (16 cm at 96 dpi), so its labels
    // print at the size they have on screen; three times the pixels, sharp.
    const QRectF area(0, 0, ChartWidth, ChartHeight);
    chart->setGeometry(area);
    QCoreApplication::sendPostedEvents(chart);
    QCoreApplication::sendPostedEvents(&scene);
    chart->layout()->activate();
    QImage image(area.size().toSize() * 3, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(3);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    return image;
}

} // namespace

QFuture<QString> writeEvaluationReport(const QString &path, const ReportData &d)
{
    // Here, on the GUI thread: the text and the chart images (charts are
    // graphics items). The layout and the PDF are made on a worker.
    QHash<QUrl, QImage> images;
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>");
    if (!d.project.logo.isEmpty()) {
        images.insert(QUrl(QStringLiteral("regie:logo")), QImage::fromData(d.project.logo));
        html += QStringLiteral("<p><img src='regie:logo' width='72' height='72'></p>");
    }
    const Model::Evaluation &e = d.evaluation;
    const QString kind = Model::displayName(e.kind);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(d.project.name));
    if (!d.project.slogan.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(d.project.slogan));
    html += QStringLiteral("<h2>%1 — %2</h2>").arg(kind, date(e.isHeld() ? e.heldOn : e.plannedOn));
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> ").arg(tr("Regie:"), esc(d.leadName), tr("Partners:"));
    QStringList partners;
    for (const auto &p : d.partners) {
        if (p.isCurrent())
            partners << QStringLiteral("%1 (%2)").arg(esc(p.organisationName), esc(Model::displayName(p.role)));
    }
    html += partners.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    if (!d.project.ambition.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Ambition:"), esc(d.project.ambition));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Goals"));
    for (int i = 0; i < d.goals.size(); ++i) {
        const Model::Goal &g = d.goals.at(i);
        QList<Model::Measurement> ms;
        for (const auto &m : d.measurements) {
            if (m.goalId == g.id)
                ms.append(m);
        }
        QString score = Model::displayName(Model::goalTrend(g, ms).health);
        QString remark;
        for (const auto &s : e.scores) {
            if (s.goalId == g.id) {
                score = Model::displayName(s.status);
                remark = s.remark;
            }
        }
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b> %3%4</p>")
                    .arg(esc(g.title), tr("Score:"), esc(score), remark.isEmpty() ? QString() : QStringLiteral(" — ") + esc(remark));
        const QUrl chart(QStringLiteral("regie:chart%1").arg(i));
        images.insert(chart, chartImage(g, ms));
        const int width = cssPixels(TextWidthMm * 0.92);
        html += QStringLiteral("<p><img src='%1' width='%2' height='%3'></p>")
                    .arg(chart.toString())
                    .arg(width)
                    .arg(width * ChartHeight / ChartWidth);
    }
    if (d.goals.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("This project has no measurable goals yet."));

    if (!e.findings.isEmpty())
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Findings"), esc(e.findings));
    if (!e.lessons.isEmpty())
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Lessons learned"), esc(e.lessons));
    if (!e.comments.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Reflections"));
        for (const auto &c : e.comments)
            html += QStringLiteral("<p><i>“%1”</i> — %2</p>").arg(esc(c.comment), esc(c.personName));
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Decisions"));
    if (d.decisions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No decisions were taken."));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Date"), tr("Decision"), tr("Change"), tr("Reason"));
        for (const auto &x : d.decisions) {
            QString change;
            if (x.subject == Model::Decision::Subject::GoalTarget)
                change = tr("Target of %1: %2 → %3").arg(x.subjectTitle, number(x.before), number(x.after));
            else if (x.subject == Model::Decision::Subject::MilestoneDue)
                change = tr("Date of %1: %2 → %3")
                             .arg(x.subjectTitle, shortDate(x.before), shortDate(x.after));
            const bool now = x.evaluationId == e.id;
            html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(QLocale().toString(x.decidedOn, QLocale::ShortFormat)), now ? QStringLiteral("<b>") : QString(),
                             esc(x.text) + (now ? QStringLiteral("</b>") : QString()), esc(change), esc(x.reason));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style='color:#757575; font-size: 8pt'>%1</p></body></html>")
                .arg(tr("Made with Regie on %1.").arg(date(QDate::currentDate())));
    const QString title = QStringLiteral("%1 — %2").arg(d.project.name, kind);
    return writeInBackground(path, [html, images, title](QIODevice *device) {
        QPdfWriter pdf(device);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Regie"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
        pdf.setResolution(Dpi);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&pdf);
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.setDocumentMargin(0);
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            doc.addResource(QTextDocument::ImageResource, it.key(), it.value());
        doc.setHtml(html);
        doc.print(&pdf);
        return true;
    });
}

} // namespace Views
