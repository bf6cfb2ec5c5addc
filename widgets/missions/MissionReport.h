#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class QPagedPaintDevice;
class QTextDocument;

// A mission's report for donors and headquarters: a cover, the stages with their progress, the
// dashboard's charts, the risk register, the indicators and the stakeholders. Contact details,
// attitude, power, interest, trust and protected names are left out unless `includeSensitive`.
class MissionReport
{
    Q_DECLARE_TR_FUNCTIONS(MissionReport)

public:
    MissionReport(Database &db, const QString &missionId, bool includeSensitive);

    // The report as a document (charts embedded as images), for PDF or a printer.
    void build(QTextDocument &document) const;
    // Writes the report as a PDF, whole or not at all.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Lays the report out on `device` (a QPrinter from the print dialog).
    void print(QPagedPaintDevice *device) const;
    // The report laid out in pages for `device`, as print() prints it: table headers repeat on
    // every page, no row of a table is split across two pages, and no heading ends a page.
    void layOut(QTextDocument &document, QPagedPaintDevice *device) const;

private:
    Database &m_db;
    QString m_missionId;
    bool m_sensitive;
};
