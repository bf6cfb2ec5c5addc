#include "TableMenu.h"
#include "TableModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

TableMenu::TableMenu(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copySensitive(new QAction(tr("Copy &Including Sensitive Columns"), this))
{
    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as text a spreadsheet takes, sensitive columns "
                          "left out (Ctrl+C)"));
    m_copySensitive->setObjectName(QStringLiteral("copySensitiveRowsAction"));
    m_copySensitive->setToolTip(tr("Copy the selected rows with their ratings, attitudes and "
                                   "protected names: only for people who may see them"));
    view->addAction(m_copy); // Ctrl+C in the table
    connect(m_copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedText(false)); });
    connect(m_copySensitive, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedText(true)); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableMenu::open);
}

TableMenu *TableMenu::withOpen(QAbstractItemView *view, const QString &openText)
{
    auto *menu = new TableMenu(view);
    auto *open = new QAction(openText, menu);
    open->setObjectName(QStringLiteral("openRowAction"));
    connect(open, &QAction::triggered, view, [view] {
        if (view->currentIndex().isValid())
            Q_EMIT view->activated(view->currentIndex());
    });
    menu->setRowActions([open, view] {
        open->setEnabled(view->currentIndex().isValid());
        return QList<QAction *> {open};
    });
    return menu;
}

void TableMenu::setRowActions(std::function<QList<QAction *>()> actions)
{
    m_rowActions = std::move(actions);
}

void TableMenu::setListActions(const QList<QAction *> &actions)
{
    m_listActions = actions;
}

bool TableMenu::hasSensitiveColumns() const
{
    const QAbstractItemModel *model = m_view->model();
    for (int column = 0; model && column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, TableRoles::SensitiveHeader).toInt() > 0)
            return true;
    }
    return false;
}

QMenu *TableMenu::menu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    const QList<QAction *> rows = m_rowActions ? m_rowActions() : QList<QAction *>();
    for (QAction *action : rows) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    if (!rows.isEmpty())
        menu->addSeparator();
    // The menu's own entries for the copies, enabled when there is a row: the shared actions
    // stay enabled, or Ctrl+C would fall through to the view's own copy of the current cell
    // (which may be a rating).
    const bool any = m_view->currentIndex().isValid();
    QAction *copy = menu->addAction(m_copy->text(), m_copy, &QAction::trigger);
    copy->setShortcut(m_copy->shortcut());
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setEnabled(any);
    if (hasSensitiveColumns()) {
        QAction *copySensitive =
            menu->addAction(m_copySensitive->text(), m_copySensitive, &QAction::trigger);
        copySensitive->setEnabled(any);
    }
    if (!m_listActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_listActions);
    }
    return menu;
}

void TableMenu::open(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    QItemSelectionModel *selection = m_view->selectionModel();
    if (index.isValid() && selection && !selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *shown = menu(m_view);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->popup(m_view->viewport()->mapToGlobal(at));
}

QString TableMenu::selectedText(bool includeSensitive) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return {};
    QList<int> rows;
    if (QItemSelectionModel *selection = m_view->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    // The columns as the user sees them: in their order, the hidden ones left out, and the
    // sensitive ones unless asked for.
    QList<int> columns;
    const auto *table = qobject_cast<const QTableView *>(m_view);
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int column = table ? table->horizontalHeader()->logicalIndex(visual) : visual;
        if (table && table->isColumnHidden(column))
            continue;
        if (!includeSensitive
            && model->headerData(column, Qt::Horizontal, TableRoles::SensitiveHeader).toInt() == 1)
            continue;
        columns.append(column);
    }
    auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList names;
    for (const int column : std::as_const(columns))
        names.append(clean(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(names.join(u'\t'));
    for (const int row : std::as_const(rows)) {
        QStringList fields;
        for (const int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column);
            const QVariant revealed =
                includeSensitive ? index.data(TableRoles::Reveal) : QVariant();
            fields.append(clean(revealed.isValid() ? revealed.toString()
                                                   : index.data(Qt::DisplayRole).toString()));
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}
