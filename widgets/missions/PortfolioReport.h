#pragma once

#include "ReportFigures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class QTextDocument;

// A report across missions, for a programme or the whole portfolio: totals for the period (the
// same figures as each mission's report, added up), the missions that need attention, a line per
// mission, and the people trained by sex and tier. It holds no stakeholder, so nothing sensitive.
class PortfolioReport
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReport)

public:
    // Called after each mission with how many are done of how many; false stops the report.
    using Progress = std::function<bool(int done, int total)>;

    // `scope` says which missions these are ("Missions shown in the list: programme X").
    PortfolioReport(Database &db, const QStringList &missionIds, const QString &title,
                    const QString &scope, const ReportPeriod &period);

    // From the earliest start among the missions to today.
    static ReportPeriod wholeCourse(Database &db, const QStringList &missionIds);

    // False when `progress` stopped it.
    bool build(QTextDocument &document, const Progress &progress = {}) const;
    // Writes the report as a PDF, whole or not at all; false with `error` empty when stopped.
    bool writePdf(const QString &path, QString *error = nullptr,
                  const Progress &progress = {}) const;

private:
    Database &m_db;
    QStringList m_missionIds;
    QString m_title;
    QString m_scope;
    ReportPeriod m_period;
};
