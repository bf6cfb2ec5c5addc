#pragma once

#include "PagedDocument.h"

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
    // Prints pages `fromPage` to `toPage` (1-based, 0 for all) on `device` (a QPrinter from the
    // print dialog).
    void print(QPagedPaintDevice *device, int fromPage = 0, int toPage = 0) const;
    // The report laid out in pages for `device`, as print() prints it (see PagedDocument).
    PagedDocument layOut(QTextDocument &document, QPagedPaintDevice *device) const;

private:
    Database &m_db;
    QString m_missionId;
    bool m_sensitive;
};
