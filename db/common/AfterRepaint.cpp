#include "AfterRepaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

namespace {

// Carries the work as a child of its context: it goes with the context.
class Deferred : public QObject
{
public:
    Deferred(QObject *context, std::function<void()> work)
        : QObject(context)
        , m_work(std::move(work))
    {
    }

protected:
    void customEvent(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return;
        const std::function<void()> work = std::move(m_work);
        deleteLater();
        work();
    }

private:
    std::function<void()> m_work;
};

} // namespace

void afterRepaint(QObject *context, std::function<void()> work)
{
    // Below Qt::LowEventPriority, at which QWidgetRepaintManager posts its update requests.
    QCoreApplication::postEvent(new Deferred(context, std::move(work)), new QEvent(QEvent::User),
                                Qt::LowEventPriority - 1);
}
