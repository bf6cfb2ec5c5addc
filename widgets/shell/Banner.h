#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// A band above the pages for what the user should know about the open file (read-only,
// permissions made owner-only, the clock); an optional button acts on it. Dark text on a pale
// amber band, readable on any theme. Its parts are named "banner", "bannerText", "bannerAction"
// and "bannerDismiss".
class Banner : public QFrame
{
    Q_OBJECT

public:
    explicit Banner(QWidget *parent = nullptr);

    // Shows `text`, with a button that runs `action` when both it and `actionText` are given.
    void showMessage(const QString &text, const QString &actionText = {},
                     const std::function<void()> &action = {});
    // Hides the band and forgets its action.
    void dismiss();

private:
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_callback;
};
