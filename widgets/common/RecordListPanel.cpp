#include "RecordListPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>

RecordListPanel::RecordListPanel(const QString &title, QAbstractItemModel *model, QWidget *parent)
    : TablePage(title, model, parent)
    , m_add(new QAction(tr("&Add…"), this))
    , m_edit(new QAction(tr("Ed&it…"), this))
    , m_delete(new QAction(tr("Delete"), this))
    , m_summary(new QLabel(this))
{
    m_add->setObjectName(QStringLiteral("addRecordAction"));
    m_add->setShortcut(Qt::Key_Insert);
    m_add->setToolTip(tr("Add a record (Insert)"));
    m_edit->setObjectName(QStringLiteral("editRecordAction"));
    m_edit->setToolTip(tr("Edit the selected record (Enter)"));
    m_delete->setObjectName(QStringLiteral("deleteRecordAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected record (Del); Undo brings it back"));
    for (QAction *action : {m_add, m_edit, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &RecordListPanel::addRequested);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editRequested(currentId());
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT deleteRequested(currentId());
    });
    connect(view(), &QTableView::activated, m_edit, &QAction::trigger);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordListPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        // Columns are fitted once there is something to fit; after that the user's widths stay.
        if (!m_fitted && model->rowCount() > 0) {
            fitColumns();
            m_fitted = true;
        }
        ensureCurrent();
        updateActions();
    });
    m_fitted = model->rowCount() > 0;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    setActionsAndFilters({m_add, m_edit, m_delete, exportAction()}, {});
    setRowActions({m_edit, m_delete, nullptr, m_add});
    setHeaderWidget(m_summary);
    ensureCurrent();
    updateActions();
}

void RecordListPanel::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

QString RecordListPanel::summary() const
{
    return m_summary->text();
}

void RecordListPanel::updateActions()
{
    const bool current = !currentId().isEmpty();
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}
