#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace {
const QString s_language = QStringLiteral("ui/language");
const QString s_recent = QStringLiteral("files/recent");
const QString s_lastDir = QStringLiteral("files/lastDirectory");
const QString s_geometry = QStringLiteral("window/geometry");
const QString s_state = QStringLiteral("window/state");
} // namespace

QString AppSettings::language()
{
    return QSettings().value(s_language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(s_language, code);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(s_recent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(s_recent, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(s_recent, files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(s_recent);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(s_geometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(s_state).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(s_geometry, geometry);
    settings.setValue(s_state, state);
}

QString AppSettings::secondBackupDirectory()
{
    return QSettings().value(QStringLiteral("backups/secondDirectory")).toString();
}

void AppSettings::setSecondBackupDirectory(const QString &dir)
{
    QSettings().setValue(QStringLiteral("backups/secondDirectory"), dir);
}

QString AppSettings::lastDirectory()
{
    return QSettings().value(s_lastDir, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString &dir)
{
    QSettings().setValue(s_lastDir, dir);
}

double AppSettings::workshopScale()
{
    return QSettings().value(QStringLiteral("workshop/scale"), 1.8).toDouble();
}

void AppSettings::setWorkshopScale(double scale)
{
    QSettings().setValue(QStringLiteral("workshop/scale"), scale);
}

bool AppSettings::workshopDark()
{
    return QSettings().value(QStringLiteral("workshop/dark"), false).toBool();
}

void AppSettings::setWorkshopDark(bool dark)
{
    QSettings().setValue(QStringLiteral("workshop/dark"), dark);
}

QJsonObject AppSettings::importChoices(const QString &headerKey)
{
    const QByteArray text =
        QSettings().value(QStringLiteral("csvImport/") + headerKey).toString().toUtf8();
    return QJsonDocument::fromJson(text).object(); // empty when missing or unreadable
}

void AppSettings::setImportChoices(const QString &headerKey, const QJsonObject &choices)
{
    QSettings().setValue(QStringLiteral("csvImport/") + headerKey,
                         QString::fromUtf8(QJsonDocument(choices).toJson(QJsonDocument::Compact)));
}
