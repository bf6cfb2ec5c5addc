#pragma once

#include <QWidget>

class Edits;
class QLabel;
class QTableWidget;

// Orientation's needs and the customised curriculum's modules, side by side, and the needs x
// modules matrix under them: a click on a cell moves its coverage through none, full and partial.
// Needs that no module answers and modules that answer no need are flagged.
class TraceabilityPanel : public QWidget
{
    Q_OBJECT

public:
    TraceabilityPanel(Edits &edits, const QString &missionId, QWidget *parent = nullptr);

    QTableWidget *needsTable() const { return m_needs; }
    QTableWidget *modulesTable() const { return m_modules; }
    QTableWidget *matrix() const { return m_matrix; }
    QString summary() const;

    void addNeed();
    void editNeed();
    void deleteNeed();
    void addModule();
    void editModule();
    void deleteModule();
    // Moves the coverage of the cell (need row, module column) to its next state.
    void cycleCell(int row, int column);

public Q_SLOTS:
    void refresh();

private:
    QString currentId(QTableWidget *table) const;

    Edits &m_edits;
    QString m_missionId;
    QTableWidget *m_needs;
    QTableWidget *m_modules;
    QTableWidget *m_matrix;
    QLabel *m_summary;
};
