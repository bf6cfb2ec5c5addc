#include "TablePage.h"
#include "AfterPaint.h"
#include "AppSettings.h"
#include "ColumnFit.h"
#include "Csv.h"
#include "Files.h"
#include "FormSupport.h"
#include "SearchFilterModel.h"
#include "TableMenu.h"
#include "TableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

TablePage::TablePage(const QString &title, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SearchFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
    , m_views(new QStackedWidget(this))
    , m_export(new QAction(tr("E&xport List to CSV…"), this))
    , m_menu(new TableMenu(m_view))
    , m_title(title)
{
    m_menu->setListActions({m_export});
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_export, &QAction::triggered, this, &TablePage::exportWithDialog);
    m_proxy->setSourceModel(model);
    // The rows' text is folded for the search once the list has been drawn (a keystroke before
    // then folds what it searches).
    afterNextPaint(m_view->viewport(), [proxy = m_proxy] { proxy->prepareSearch(); });

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    Form::addClearButton(m_search);
    m_search->setMaximumWidth(360);
    m_search->setAccessibleName(tr("Search %1").arg(title));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterModel::setSearchText);

    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_search, 1);

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    // The indicator first: enabling the sort then sorts once, by the first column.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A double-click on a column's edge fits it to the first rows only, so that it answers at
    // once on a list of 25,000 (the page's own fitting reads more: fitColumnsToText).
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->setAccessibleName(title);
    setFocusProxy(m_view);

    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->addLayout(top);
    m_views->addWidget(m_view);
    m_layout->addWidget(m_views, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    // A list read again (another record saved, a setting changed) keeps the row in hand.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_currentBeforeReset = currentId(); });
    // Columns fitted to an empty list (a new database) fit the first rows that arrive; after
    // that, widths the user set are theirs.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_fittedToRows)
            fitColumns();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_fittedToRows && m_proxy->rowCount() > 0)
            fitColumns();
        if (const QString id = std::exchange(m_currentBeforeReset, {}); !id.isEmpty()) {
            selectId(id);
            ensureCurrent();
        }
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_currentBeforeLayout = currentId(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::afterRowsShownChanged);
    updateCount();
    fitColumns();
}

void TablePage::fitColumns()
{
    m_fittedToRows = m_proxy->rowCount() > 0;
    fitColumnsToText(m_view);
}

void TablePage::setRowActions(const QList<QAction *> &actions)
{
    m_menu->setRowActions([actions] { return actions; });
}

void TablePage::setHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(1, widget);
}

bool TablePage::hasSensitiveColumns() const
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->headerData(column, Qt::Horizontal, TableRoles::SensitiveHeader).toInt() > 0)
            return true;
    }
    return false;
}

bool TablePage::exportCsv(const QString &path, bool includeSensitive, QString *error) const
{
    QList<int> skip;
    if (!includeSensitive) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->headerData(column, Qt::Horizontal, TableRoles::SensitiveHeader).toInt()
                == 1)
                skip.append(column);
        }
    }
    // Written to a temporary file and renamed at the end: a full disk never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be created: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(Files::ownerOnly);
    if (!Csv::write(*m_proxy, file, skip, error,
                    includeSensitive ? TableRoles::Reveal : int(Qt::DisplayRole)))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void TablePage::exportWithDialog()
{
    bool includeSensitive = false;
    if (hasSensitiveColumns()) {
        QMessageBox ask(QMessageBox::Question, tr("Export %1").arg(m_title),
                        tr("This list holds sensitive fields: attitudes, power, interest, trust, "
                           "and the names of protected people."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("sensitiveExportDialog"));
        ask.setInformativeText(tr("Leave them out unless the file stays with people who may see "
                                  "them."));
        QPushButton *leaveOut = ask.addButton(tr("&Leave Them Out"), QMessageBox::AcceptRole);
        QPushButton *include = ask.addButton(tr("&Include Them"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(leaveOut);
        ask.exec();
        if (ask.clickedButton() != leaveOut && ask.clickedButton() != include)
            return;
        includeSensitive = ask.clickedButton() == include;
    }
    const QString suggested =
        QDir(AppSettings::lastDirectory()).filePath(tr("%1.csv").arg(m_title.toLower()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, includeSensitive, &error))
        QMessageBox::warning(this, tr("Export %1").arg(m_title), error);
}

QString TablePage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TableRoles::Id).toString() : QString();
}

void TablePage::selectId(const QString &id)
{
    int sourceRow = -1;
    if (const auto *records = dynamic_cast<const RecordTableModel *>(m_model)) {
        sourceRow = records->rowOfId(id);
    } else {
        for (int row = 0; row < m_model->rowCount() && sourceRow < 0; ++row) {
            if (m_model->index(row, 0).data(TableRoles::Id).toString() == id)
                sourceRow = row;
        }
    }
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
}

bool TablePage::reveal(const QString &id)
{
    selectId(id);
    if (currentId() == id)
        return true;
    m_search->clear();
    for (QWidget *filter : std::as_const(m_filters)) {
        if (auto *combo = qobject_cast<QComboBox *>(filter))
            combo->setCurrentIndex(0);
    }
    selectId(id);
    return currentId() == id;
}

void TablePage::afterRowsShownChanged()
{
    const QString before = std::exchange(m_currentBeforeLayout, {});
    if (m_view->currentIndex().isValid()) {
        // The row in hand stays in sight: a search cleared or a column sorted shows it where it
        // now is, not the rows that happen to sit at the old scroll position. After the signal,
        // once the view's scroll range holds its new rows.
        QTimer::singleShot(0, m_view, [view = m_view] {
            if (!view->currentIndex().isValid())
                return;
            view->doItemsLayout();
            view->scrollTo(view->currentIndex());
        });
        return;
    }
    QItemSelectionModel *selection = m_view->selectionModel();
    if (m_proxy->rowCount() > 0) {
        // Whatever keys are held while typing: the row alone, selected.
        selection->setCurrentIndex(m_proxy->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (!before.isEmpty()) {
        // The row in hand went with no signal of its own (a layout change): say it went.
        selection->clearSelection();
        Q_EMIT selection->currentChanged({}, {});
        Q_EMIT selection->currentRowChanged({}, {});
    }
}

void TablePage::ensureCurrent()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void TablePage::setActionsAndFilters(const QList<QAction *> &actions,
                                     const QList<QWidget *> &filters)
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 4, 0, 4);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    rows->addLayout(buttons);
    m_filters = filters;
    if (!filters.isEmpty()) {
        auto *show = new QHBoxLayout;
        show->addWidget(new QLabel(tr("Show:"), bar));
        for (QWidget *filter : filters) {
            if (auto *combo = qobject_cast<QComboBox *>(filter))
                combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            show->addWidget(filter);
        }
        show->addStretch(1);
        rows->addLayout(show);
    }
    setHeaderWidget(bar);
}

void TablePage::setFooterWidget(QWidget *widget)
{
    // The list keeps most of the height (a laptop's 768 pixels), and the user can move the line
    // between them.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("footerSplitter"));
    split->setChildrenCollapsible(false);
    const int at = m_layout->indexOf(m_views);
    m_layout->removeWidget(m_views);
    split->addWidget(m_views);
    split->addWidget(widget);
    m_layout->insertWidget(at, split, 1);
    Form::shareOnFirstShow(split, {2, 1});
}

void TablePage::setTitleShown(bool shown)
{
    findChild<QLabel *>(QStringLiteral("pageTitle"), Qt::FindDirectChildrenOnly)->setVisible(shown);
}

void TablePage::setAlternateView(QWidget *widget)
{
    m_views->addWidget(widget);
}

void TablePage::showAlternateView(bool show)
{
    if (m_views->count() < 2)
        return;
    m_views->setCurrentIndex(show ? 1 : 0);
    m_views->currentWidget()->setFocus();
}

bool TablePage::alternateViewShown() const
{
    return m_views->currentIndex() == 1;
}

QString TablePage::countText() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        return tr("%n record(s)", nullptr, total);
    return tr("%1 of %n record(s)", nullptr, total).arg(shown);
}

void TablePage::updateCount()
{
    m_count->setText(countText());
    Q_EMIT countChanged(countText());
}
