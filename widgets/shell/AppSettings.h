#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The user's preferences, kept with QSettings: language, recent files, window geometry.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    // "" follows the system locale; otherwise a language code such as "en" or "fr".
    static QString language();
    static void setLanguage(const QString &code);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    // Workshop mode: type size against the desk's, and the dark theme.
    static double workshopScale();
    static void setWorkshopScale(double scale);
    static bool workshopDark();
    static void setWorkshopDark(bool dark);

    // A second folder for backups (a USB stick); empty for none.
    static QString secondBackupDirectory();
    static void setSecondBackupDirectory(const QString &dir);

    // The choices made in the CSV import for a file's header (StakeholderImport::headerKey):
    // columns, values and kind, offered again for the next file with the same header.
    static QJsonObject importChoices(const QString &headerKey);
    static void setImportChoices(const QString &headerKey, const QJsonObject &choices);

    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);
};
