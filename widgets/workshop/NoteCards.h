#pragma once

#include <QFont>
#include <QStyledItemDelegate>

class QListView;

// Notes on a workshop board drawn as cards, and laid out so that a column of them fits its list
// without scrolling: the notes flow into as many sub-columns as it takes, and their type shrinks
// (never below a floor) only when that is not enough.
class NoteCards : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // How a column's notes are laid out.
    struct Fit
    {
        double pointSize = 0;
        int columns = 1; // sub-columns the notes flow into
        int width = 0; // of each card, in pixels
        bool fits = true; // false: even the floor's type needs scrolling
    };

    explicit NoteCards(QListView *view);

    // Lays the view's notes out to fit it: type from `wall` down to no smaller than `floor`
    // points, in up to four sub-columns. Call again when the notes or the view's size change.
    Fit fit(double wall, double floor);
    const Fit &currentFit() const { return m_fit; }
    QFont font() const { return m_font; }
    // The current column's selected card is drawn filled; the others' only outlined.
    void setActive(bool active);

    // The height of a card holding `text` in `font`, `width` pixels wide.
    static int cardHeight(const QString &text, const QFont &font, int width);
    // The width of the widest word of `text` in `font`.
    static int widestWord(const QString &text, const QFont &font);
    // The width a card's text may take.
    static int textWidth(int cardWidth);
    // What a view takes around a card's text: padding, spacing and frame.
    static int margins(const QListView *view);
    // Whether cards of these heights flow into `columns` sub-columns of a list `height` high,
    // `spacing` around each (as QListView lays out a wrapping top-to-bottom flow).
    static bool flows(const QList<int> &heights, int height, int spacing, int columns);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static constexpr int PaddingX = 8; // clear of the card's border
    static constexpr int PaddingY = 3; // tight, for twenty notes at 1024x768

    QListView *m_view;
    QFont m_font;
    Fit m_fit;
    bool m_active = false;
};
