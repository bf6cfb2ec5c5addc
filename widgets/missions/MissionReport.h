#pragma once

#include "PagedDocument.h"
#include "ReportFigures.h"

#include <QCoreApplication>
#include <QString>

class Database;
struct Mission;
class QPagedPaintDevice;
class QTextDocument;

// A mission's report for donors and headquarters, for a reporting period: a cover, an executive
// summary (where the mission stands, key figures, top risks, what changed), the activities and
// participants, the stages, the indicators, the risk register, and as annexes the dashboard's
// charts and the stakeholders. Contact details, attitude, power, interest, trust and protected
// names are left out unless `includeSensitive`.
class MissionReport
{
    Q_DECLARE_TR_FUNCTIONS(MissionReport)

public:
    // The report covers `period`; an invalid one is the mission's whole course to date.
    MissionReport(Database &db, const QString &missionId, bool includeSensitive,
                  const ReportPeriod &period = {});

    // The report as a document (charts embedded as images), for PDF or a printer.
    void build(QTextDocument &document) const;
    // Writes the report as a PDF, whole or not at all.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Prints the pages numbered in `pages` (1-based, empty for all) on `device` (a QPrinter
    // from the print dialog).
    void print(QPagedPaintDevice *device, const QList<int> &pages = {}) const;
    // The report laid out in pages for `device`, as print() prints it (see PagedDocument).
    PagedDocument layOut(QTextDocument &document, QPagedPaintDevice *device) const;

private:
    // Where the mission stands, the key figures, the top risks and what changed in the period.
    QString summary(const Mission &mission, const MissionFigures &figures) const;
    // The sessions held in the period, the people trained by sex and tier, consultation and
    // follow-up.
    QString activities(const MissionFigures &figures) const;

    Database &m_db;
    QString m_missionId;
    bool m_sensitive;
    ReportPeriod m_period;
};
