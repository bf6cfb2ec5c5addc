#pragma once

#include "Csv.h"
#include "StakeholderImport.h"

#include <QDialog>
#include <QHash>

class Edits;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Imports stakeholders from a CSV file on one screen: a preview of the file; which column holds
// which field, what the values the app does not know mean, and what becomes of the other
// columns; and every row that cannot be imported, with its line, its fields and what is wrong.
// Nothing is written until Import is pressed; the import is then one undoable step. The choices
// made are offered again for the next file with the same header.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvImportDialog(Edits &edits, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    QString loadError() const { return m_loadError; }
    int importedCount() const { return m_imported; }
    StakeholderImport::Result prepared() const { return m_result; }
    QComboBox *fieldCombo(const QString &field) const { return m_mapping.value(field); }
    // The "means" choice of a value the app does not know ("type", "consultancy"), or null.
    QComboBox *valueCombo(const QString &field, const QString &text) const;
    // Whether the choices were those remembered for a file with this header.
    bool usedRememberedChoices() const { return m_remembered; }

    void accept() override;

private:
    void reparse();
    // The choices for a new file or header: remembered, or guessed from the header.
    void startChoices();
    void rebuildMapping();
    void rebuildOtherColumns();
    void rebuildValues();
    void recheck();
    void showProblems();
    QStringList header() const;

    Edits &m_edits;
    QByteArray m_bytes;
    QString m_loadError;
    Csv::Document m_document;
    StakeholderImport::Options m_options;
    StakeholderImport::Result m_result;
    int m_imported = 0;
    bool m_remembered = false;
    int m_openValues = 0; // values the app does not know that are still to choose
    QLabel *m_file;
    QComboBox *m_separator;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QTabWidget *m_tabs;
    QHash<QString, QComboBox *> m_mapping;
    QWidget *m_mappingBox;
    QWidget *m_valuesBox;
    QWidget *m_othersBox;
    QComboBox *m_kind;
    QComboBox *m_mission;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_import;
};
