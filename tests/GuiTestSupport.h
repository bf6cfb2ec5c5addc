#pragma once

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Helpers for tests that drive real widgets.
namespace GuiTest {

// Runs `answer` on the next modal dialog once it shows; the answer must close it.
inline void whenModalShown(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    auto before = std::make_shared<QWidget *>(QApplication::activeModalWidget());
    QObject::connect(timer, &QTimer::timeout, [timer, tries, before, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != *before) {
            timer->stop();
            timer->deleteLater();
            QPointer<QWidget> shown(modal);
            answer(modal);
            // An answer cut short by a failed check must not leave the test waiting forever.
            if (auto *dialog = qobject_cast<QDialog *>(shown.data()); dialog && dialog->isVisible())
                dialog->reject();
        } else if (++*tries > 250) { // five seconds
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Types any alphabet, as an input method delivers it: key events that carry the text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace GuiTest
