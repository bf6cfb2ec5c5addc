#pragma once

#include "OpenError.h"

#include <QMessageBox>

// Says why a database did not open, offering what can be done about it there and then: move a
// stray -wal or -journal aside ("moveAsideButton"), or restore a backup
// ("restoreFromErrorButton", when `restorable`). Named "openErrorDialog".
class OpenErrorDialog : public QMessageBox
{
    Q_OBJECT

public:
    OpenErrorDialog(const OpenError &error, bool restorable, QWidget *parent = nullptr);

    enum class Choice { Close, MoveAside, Restore };
    // What the user chose, once exec() returned.
    Choice choice() const;

private:
    QPushButton *m_moveAside = nullptr;
    QPushButton *m_restore = nullptr;
};
