#include "OpenErrorDialog.h"

#include <QPushButton>

OpenErrorDialog::OpenErrorDialog(const OpenError &error, bool restorable, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Cannot open the database"), error.message,
                  QMessageBox::Ok, parent)
{
    setObjectName(QStringLiteral("openErrorDialog"));
    setInformativeText(error.hint);
    if (error.kind == OpenError::Kind::StrayJournal && !error.sidecarPath.isEmpty()) {
        m_moveAside = addButton(tr("&Move It Aside and Open"), QMessageBox::AcceptRole);
        m_moveAside->setObjectName(QStringLiteral("moveAsideButton"));
    }
    if (restorable) {
        m_restore = addButton(tr("&Restore from Backup…"), QMessageBox::ActionRole);
        m_restore->setObjectName(QStringLiteral("restoreFromErrorButton"));
    }
    setDefaultButton(QMessageBox::Ok);
}

OpenErrorDialog::Choice OpenErrorDialog::choice() const
{
    if (m_moveAside && clickedButton() == m_moveAside)
        return Choice::MoveAside;
    if (m_restore && clickedButton() == m_restore)
        return Choice::Restore;
    return Choice::Close;
}
