#pragma once

#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Helpers for tests that drive real widgets.
namespace GuiTest {

// Runs `answer` on the next modal dialog once it shows; the answer must close it. A progress
// window is not that dialog: on a slow run (sanitizers) long work shows one first, and it closes
// by itself when the work ends.
inline void whenModalShown(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    auto before = std::make_shared<QWidget *>(QApplication::activeModalWidget());
    QObject::connect(timer, &QTimer::timeout, [timer, tries, before, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != *before && !qobject_cast<QProgressDialog *>(modal)) {
            timer->stop();
            timer->deleteLater();
            QPointer<QWidget> shown(modal);
            answer(modal);
            // An answer cut short by a failed check must not leave the test waiting forever.
            if (auto *dialog = qobject_cast<QDialog *>(shown.data()); dialog && dialog->isVisible())
                dialog->done(QDialog::Rejected); // without asking about changes
        } else if (++*tries > 250) { // five seconds
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

// A GUI test never hangs: a modal window that stays open longer than any answer takes (one that
// no whenModalShown() expected) fails the running test with its title and is closed, so the
// exec() that opened it returns. Installed by IP_GUI_TEST_MAIN.
inline void installModalWatchdog(std::chrono::milliseconds limit = std::chrono::seconds(15))
{
    auto *timer = new QTimer(qApp);
    auto seen = std::make_shared<QPointer<QWidget>>();
    auto deadline = std::make_shared<QDeadlineTimer>();
    QObject::connect(timer, &QTimer::timeout, [seen, deadline, limit] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != seen->data()) {
            *seen = modal;
            deadline->setRemainingTime(limit);
            return;
        }
        if (!modal || !deadline->hasExpired())
            return;
        const QString title = modal->windowTitle().isEmpty()
            ? QString::fromLatin1(modal->metaObject()->className())
            : modal->windowTitle();
        QTest::qFail(qPrintable(QStringLiteral("a modal window was left open: \"%1\"").arg(title)),
                     __FILE__, __LINE__);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->done(QDialog::Rejected); // without asking about changes
        else
            modal->close();
        *seen = nullptr;
    });
    timer->start(100);
}

// Closes an editor dropping what was typed, as Discard does, without the question.
inline void discard(QWidget *dialog)
{
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->done(QDialog::Rejected);
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

// Adds a site to the mission editor `dialog` as a person does: Add Site, the country typed into
// the cell that opens, Enter.
inline void addSite(QWidget *dialog, const QString &country)
{
    QTest::mouseClick(child<QAbstractButton>(dialog, "addSiteButton"), Qt::LeftButton);
    auto *table = child<QWidget>(dialog, "missionSitesTable");
    auto *cell = table ? table->findChild<QLineEdit *>() : nullptr;
    if (!cell) {
        qWarning("no open cell in the sites table");
        return;
    }
    typeText(cell, country);
    QTest::keyClick(cell, Qt::Key_Return);
}

// Types `text` into a date field as a person does: a click into it, Ctrl+A to select what it
// holds, the keys, then Tab to leave it.
template<typename DateField> void typeDate(DateField *field, const QString &text)
{
    QTest::mouseClick(field->lineEdit(), Qt::LeftButton);
    QTest::keyClick(field->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}

// The keyboard mnemonics (Alt+letter) that more than one label, button or tab of `root` claims
// among those shown now (a hidden page's shortcuts do not fire), as "Alt+S: &Status / &Save".
inline QStringList mnemonicClashes(const QWidget *root)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    const auto claim = [&seen, &clashes](const QString &text) {
        for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
             at = text.indexOf(u'&', at + 2)) {
            if (text.at(at + 1) == u'&')
                continue;
            const QChar key = text.at(at + 1).toLower();
            if (seen.contains(key))
                clashes.append(QStringLiteral("Alt+%1: %2 / %3").arg(key, seen.value(key), text));
            else
                seen.insert(key, text);
            return;
        }
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root))
            claim(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            claim(button->text());
    }
    for (const QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(root))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            claim(bar->tabText(i));
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(root))
            claim(box->title());
    }
    return clashes;
}

// mnemonicClashes() of `root` with each page of each of its tab widgets shown in turn.
inline QStringList mnemonicClashesOnEveryPage(QWidget *root)
{
    QStringList clashes = mnemonicClashes(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &clash : mnemonicClashes(root)) {
                if (!clashes.contains(clash))
                    clashes.append(clash);
            }
        }
    }
    return clashes;
}

} // namespace GuiTest

// QTEST_MAIN for tests that drive widgets, with the modal watchdog installed.
#define IP_GUI_TEST_MAIN(TestObject)                                                               \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestSupport::isolateFolders();                                                             \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestSupport::pinClock();                                                                   \
        GuiTest::installModalWatchdog();                                                           \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
