#pragma once

#include "model/interestmap.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace Model {
class ParticipantsModel;
class PlanCache;
}

namespace Views {

/// Draws the interest map: one card per partner, side by side, with what it
/// brings and gets, its priorities and the goals serving them, and a bar of
/// its share of the hours. Partners to talk to are marked.
class InterestMapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit InterestMapCanvas(QWidget *parent = nullptr);
    void setRows(const QString &project, const QList<Model::InterestRow> &rows);
    const QList<Model::InterestRow> &rows() const { return m_rows; }
    QSize sizeHint() const override;
    /// Paints the map onto any device (screen, image, SVG) at @p width.
    void render(QPainter &painter, int width) const;
    int heightFor(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_project;
    QList<Model::InterestRow> m_rows;
};

/// The project's interest map (halen en brengen), exportable as PNG or SVG.
/// objectNames: "interestMapTab", "interestMap", "exportMapButton",
/// "interestMapSummary"; file dialog "mapFileDialog".
class InterestMapTab : public QWidget
{
    Q_OBJECT
public:
    /// Drawn from the project's goals and hours in @p cache, while the tab is shown.
    InterestMapTab(Model::PlanCache *cache, Model::ParticipantsModel *participants, QWidget *parent = nullptr);

    void setProject(const Model::Project &project);
    void clear();
    InterestMapCanvas *canvas() const { return m_canvas; }
    /// Writes the map to @p path in the background, SVG for a .svg name and
    /// PNG otherwise; exported() or exportFailed() tells how it went.
    void exportTo(const QString &path);

Q_SIGNALS:
    void loaded();
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void redraw();
    void chooseFile();

    Model::PlanCache *m_cache;
    Model::ParticipantsModel *m_participants;
    InterestMapCanvas *m_canvas;
    QLabel *m_summary;
    QPushButton *m_export;
    Model::Project m_project;
};

} // namespace Views
