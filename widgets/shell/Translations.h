#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

// The languages the application ships, and loading them at start.
namespace Translations {
// Language codes with their names in their own language, English first.
QList<QPair<QString, QString>> available();
// Installs the translators for `code` ("" follows the system locale). Returns the code in use.
QString install(QCoreApplication &app, const QString &code);
} // namespace Translations
