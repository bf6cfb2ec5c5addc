#pragma once

#include "StakeholderGrid.h"

#include <QWidget>

class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

// Mendelow's power/interest grid: the four quadrants labelled, one bubble per stakeholder
// coloured by attitude and sized by trust, an arrow from their previous position when they moved.
// Hovering names a stakeholder; clicking emits stakeholderActivated.
class PowerInterestGrid : public QWidget
{
    Q_OBJECT

public:
    explicit PowerInterestGrid(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setPoints(const QList<GridPoint> &points);
    // For a wall where no person may be placed: no bubbles, names, initials, attitude or trust,
    // only each quadrant's count of every stakeholder type with at least WallMinimum members
    // there (a lone member's type would place them).
    void setAnonymous(bool anonymous);
    static constexpr int WallMinimum = 3;
    bool isAnonymous() const { return m_anonymous; }
    // Every text the grid draws (labels, legend, title), for checking what reaches a wall.
    QStringList texts() const;

    QCustomPlot *plot() const { return m_plot; }
    int bubbleCount() const { return static_cast<int>(m_bubbles.size()); }
    int arrowCount() const { return m_arrows; }
    // The bubble's position on screen, in the plot's coordinates (for tests and keyboard use).
    QPointF bubbleCentre(int index) const;
    QString stakeholderAt(const QPointF &pixel) const;
    // Where the stakeholders' names, the quadrants' names and the bubbles are drawn, in pixels,
    // as last laid out (for checking that none overlaps another); a name with no room to be
    // drawn has a null rect.
    QList<QRectF> nameRects() const;
    QList<QRectF> quadrantRects() const;
    QList<QRectF> bubbleRects() const;

    static QColor colourOf(Attitude attitude);

Q_SIGNALS:
    void stakeholderActivated(const QString &stakeholderId);
    // The grid was drawn again (new points, another size, another mode).
    void rebuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    // Chooses each name's place and length so that none overlaps another name, a bubble or a
    // quadrant's name (LabelPlacer), at the plot's present size.
    void placeNames();
    static QRectF textRect(const QCPItemText *text);

    QCustomPlot *m_plot;
    QList<GridPoint> m_points;
    QList<QCPItemTracer *> m_bubbles;
    QList<std::pair<QCPItemText *, QStringList>> m_names; // each bubble's name and its texts
    QList<QCPItemText *> m_quadrantNames;
    int m_arrows = 0;
    bool m_anonymous = false;
    QString m_title;
};
