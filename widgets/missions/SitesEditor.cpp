#include "SitesEditor.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int LoadedRole = Qt::UserRole + 1; // index in m_loaded, or -1 for a new row

// The country column offers the countries already in the portfolio.
class CountryDelegate : public QStyledItemDelegate
{
public:
    CountryDelegate(const QStringList &countries, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_countries(countries)
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            auto *completer = new QCompleter(m_countries, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    QStringList m_countries;
};

} // namespace

SitesEditor::SitesEditor(const QStringList &knownCountries, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_remove(new QPushButton(tr("Remove Site"), this))
    , m_knownCountries(knownCountries)
{
    setObjectName(QStringLiteral("missionSitesEditor"));
    m_table->setObjectName(QStringLiteral("missionSitesTable"));
    m_table->setHorizontalHeaderLabels({tr("Country"), tr("City"), tr("Institution")});
    m_table->setToolTip(tr("Where the mission works: one row per site. A pilot run in two "
                           "places has two rows; the country filters and reports use them."));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegateForColumn(0, new CountryDelegate(knownCountries, m_table));
    // Room for three sites, a scroll bar beyond five: the form must still fit a 768-pixel
    // screen with its buttons.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int header = m_table->horizontalHeader()->sizeHint().height();
    m_table->setMinimumHeight(header + rowHeight * 3 + 4);
    m_table->setMaximumHeight(header + rowHeight * 5 + 4);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    auto *add = new QPushButton(tr("Add Site"), this);
    add->setObjectName(QStringLiteral("addSiteButton"));
    add->setToolTip(tr("A new row for a site (Insert, in the table)."));
    m_remove->setObjectName(QStringLiteral("removeSiteButton"));
    m_remove->setToolTip(tr("Removes the chosen site (Delete, in the table); Save keeps it."));
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_table);
    insertKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, add, &QPushButton::click);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, -1);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const int loaded = m_table->item(row, 0)->data(LoadedRole).toInt();
        if (loaded >= 0)
            m_removed.append(loaded);
        m_table->removeRow(row);
        updateButtons();
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT edited(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void SitesEditor::setSites(const QList<MissionSite> &sites)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_loaded = sites;
    m_removed.clear();
    for (int i = 0; i < sites.size(); ++i)
        addRow(sites.at(i), i);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void SitesEditor::addRow(const MissionSite &site, int loaded)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts {site.country, site.city, site.institution};
    for (int column = 0; column < 3; ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setData(LoadedRole, loaded);
        m_table->setItem(row, column, item);
    }
    updateButtons();
}

QList<MissionSite> SitesEditor::sites() const
{
    QList<MissionSite> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty() && text(2).isEmpty())
            continue;
        const int loaded = m_table->item(row, 0)->data(LoadedRole).toInt();
        MissionSite site =
            loaded >= 0 && loaded < m_loaded.size() ? m_loaded.at(loaded) : MissionSite();
        site.country = text(0);
        site.city = text(1);
        site.institution = text(2);
        site.position = int(result.size());
        result.append(site);
    }
    for (const int loaded : m_removed) {
        MissionSite gone = m_loaded.at(loaded);
        gone.meta.deleted = true;
        result.append(gone);
    }
    return result;
}

void SitesEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}
