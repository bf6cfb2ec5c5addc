#pragma once

#include "FieldPackage.h"

#include <QDialog>

#include <optional>

class Edits;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// What importing a field package would change, before anything is written: by kind of record,
// the new ones, the clean updates, the unchanged, the conflicts, the possible duplicates and the
// rejected rows, with the reasons listed. Conflicts are decided in the review
// (ConflictReviewDialog); Import then writes everything in one transaction and one undo step.
class PackageImportDialog : public QDialog
{
    Q_OBJECT

public:
    PackageImportDialog(Edits &edits, const QByteArray &payload,
                        const FieldPackage::Preview &preview, const QString &source,
                        QWidget *parent = nullptr);

    // What was imported, once accepted.
    const std::optional<FieldPackage::Preview> &applied() const { return m_applied; }
    void accept() override;

private:
    void review();
    void refresh();

    Edits &m_edits;
    QByteArray m_payload;
    FieldPackage::Preview m_preview;
    FieldPackage::Decisions m_decisions;
    std::optional<FieldPackage::Preview> m_applied;
    QTableWidget *m_table;
    QPlainTextEdit *m_problems;
    QLabel *m_status;
    QPushButton *m_review;
    QPushButton *m_import;
};
