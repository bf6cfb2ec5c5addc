#pragma once

#include "FieldPackage.h"

#include <QDialog>

class Edits;
class Database;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

// File › Combine Duplicates: the pairs of records that may be the same real person or
// organisation, made on two computers (an import flags them), side by side. The person chooses
// the one to keep and combines them: the other one's values fill the kept one's empty fields,
// its other values go to the field history, and everything that named it names the kept one
// (see Aliases.h). One undo step each; sensitive values stay hidden until shown.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Edits &edits, Database &db, QWidget *parent = nullptr);

    // The pairs listed now.
    const QList<FieldPackage::Duplicate> &pairs() const { return m_pairs; }
    // Combines the selected pair, keeping the chosen record; false (with a message shown) when
    // it could not be done.
    bool combineSelected();

private:
    void reload(int row);
    void showPair();

    Edits &m_edits;
    Database &m_db;
    QList<FieldPackage::Duplicate> m_pairs;
    QListWidget *m_list;
    QTableWidget *m_fields;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
    QCheckBox *m_showSensitive;
    QLabel *m_explanation;
    QLabel *m_done;
    QPushButton *m_combine;
};
