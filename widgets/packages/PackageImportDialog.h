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
// (ConflictReviewDialog); a record that repeats one here (the same mission code) is combined
// with it first (Combine, then the package is previewed again); Import then writes everything in
// one transaction and one undo step.
class PackageImportDialog : public QDialog
{
    Q_OBJECT

public:
    PackageImportDialog(Edits &edits, const QByteArray &payload,
                        const FieldPackage::Preview &preview, const QString &source,
                        QWidget *parent = nullptr);

    // What exec() returns once records the package repeats were combined with the ones here:
    // the package is to be previewed again.
    static constexpr int Combined = 2;

    // What was imported, once accepted.
    const std::optional<FieldPackage::Preview> &applied() const { return m_applied; }
    void accept() override;

private:
    void review();
    void refresh();
    void combine();

    Edits &m_edits;
    QByteArray m_payload;
    FieldPackage::Preview m_preview;
    FieldPackage::Decisions m_decisions;
    std::optional<FieldPackage::Preview> m_applied;
    QTableWidget *m_table;
    QPlainTextEdit *m_problems;
    QLabel *m_status;
    QPushButton *m_review;
    QPushButton *m_combine;
    QPushButton *m_import;
};
