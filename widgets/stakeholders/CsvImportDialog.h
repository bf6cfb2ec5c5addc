#pragma once

#include "Csv.h"
#include "StakeholderImport.h"

#include <QDialog>
#include <QHash>

class Edits;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// Imports stakeholders from a CSV file in three steps on one screen: a preview of the file, which
// column holds which field, and the rows that cannot be imported with their line numbers.
// Nothing is written until Import is pressed; the import is then one undoable step.
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

    void accept() override;

private:
    void reparse();
    void rebuildMapping();
    void recheck();

    Edits &m_edits;
    QByteArray m_bytes;
    QString m_loadError;
    Csv::Document m_document;
    StakeholderImport::Result m_result;
    int m_imported = 0;
    QLabel *m_file;
    QComboBox *m_separator;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QHash<QString, QComboBox *> m_mapping;
    QWidget *m_mappingBox;
    QComboBox *m_mission;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_import;
};
