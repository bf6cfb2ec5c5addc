#pragma once

#include "ReportFigures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextDocument;

// The pieces the reports are written with, as HTML for a QTextDocument: tables whose header row
// PagedDocument repeats on every page, rows of escaped text, a line for an empty section.
struct ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    // A table's start: a full-width grid.
    static QString table();
    // The header row of a table; the first column (names, titles) gets `firstWidth` percent.
    static QString headerRow(const QStringList &names, int firstWidth = 30);
    static QString cell(const QString &text);
    static QString row(const QStringList &cells);
    // An empty section says so in a line, with no table of headers alone.
    static QString none(const QString &text);
    // People trained by sex and tier: in the period, with the total by its end (`to`).
    static QString tierTable(const QList<MissionFigures::Tier> &tiers, const Headcount &inPeriod,
                             const Headcount &toDate, const QDate &to);
    // Gives `body` to `document` in the reports' type size (eight columns fit A4 unbroken).
    static void setBody(QTextDocument &document, const QString &body);
};
