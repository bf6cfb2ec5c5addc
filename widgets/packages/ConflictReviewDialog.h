#pragma once

#include "FieldPackage.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Where a person decides the records a field package and this computer both changed: the records
// on the left; for the one chosen, each conflicting field as last shared, on this computer and
// incoming, with a choice per field (keep this computer's, take the incoming one, or write an
// edited value for text), per record or for all. Sensitive values (contacts, ratings, notes about
// a person) stay masked until the person shows them. Keyboard only works throughout: the record
// list, then the fields, each choice on a letter.
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictReviewDialog(const QList<FieldPackage::Conflict> &conflicts,
                         const FieldPackage::Decisions &decisions, QWidget *parent = nullptr);

    FieldPackage::Decisions decisions() const { return m_decisions; }
    // How many conflicting fields have no decision yet.
    int undecided() const;

private:
    void showRecord(int row);
    void showField(int row);
    void decide(int record, int field, FieldPackage::Take take);
    void decideRecord(int record, FieldPackage::Take take);
    void decideAll(FieldPackage::Take take);
    void refreshRecord(int record);
    void refreshStatus();
    QString shown(const FieldPackage::FieldConflict &field, const QJsonValue &value) const;
    QString key(int record, int field) const;

    QList<FieldPackage::Conflict> m_conflicts;
    FieldPackage::Decisions m_decisions;
    QListWidget *m_records;
    QTableWidget *m_fields;
    QLabel *m_recordLabel;
    QPushButton *m_keepField;
    QPushButton *m_takeField;
    QPushButton *m_keepRecord;
    QPushButton *m_takeRecord;
    QPlainTextEdit *m_edited;
    QPushButton *m_useEdited;
    QCheckBox *m_showSensitive;
    QLabel *m_status;
    QPushButton *m_ok;
};
