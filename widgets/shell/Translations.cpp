#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QList<QPair<QString, QString>> Translations::available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString Translations::install(QCoreApplication &app, const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        const QStringList preferred = QLocale().uiLanguages();
        for (const QString &candidate : preferred) {
            const QString prefix = candidate.left(2).toLower();
            bool shipped = false;
            for (const auto &entry : available())
                shipped = shipped || entry.first == prefix;
            if (shipped) {
                language = prefix;
                break;
            }
        }
    }
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/intervention-planner_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language == u"en")
        return language; // Qt's own strings are in English already
    // Qt's own strings (standard buttons, file dialogs), where the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}
