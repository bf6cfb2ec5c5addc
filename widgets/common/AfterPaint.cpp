#include "AfterPaint.h"
#include "AfterRepaint.h"

#include <QEvent>
#include <QWidget>

namespace {

// Watches one widget for its next paint, then hands the work on and goes.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<void()> work)
        : QObject(widget)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            // After this paint has finished and reached the screen.
            afterRepaint(watched, std::exchange(m_work, {}));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_work;
};

} // namespace

void afterNextPaint(QWidget *widget, std::function<void()> work)
{
    new PaintWatcher(widget, std::move(work));
}
