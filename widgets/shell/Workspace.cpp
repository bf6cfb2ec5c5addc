#include "Workspace.h"
#include "Clock.h"
#include "DashboardPage.h"
#include "Database.h"
#include "MissionDashboardView.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "MissionTableModel.h"
#include "MissionsPage.h"
#include "PortfolioLists.h"
#include "PortfolioPage.h"
#include "PortfolioSummary.h"
#include "ProgrammeDashboardView.h"
#include "ProgrammesPage.h"
#include "RiskTableModel.h"
#include "RisksPage.h"
#include "StakeholderTableModel.h"
#include "StakeholdersPage.h"
#include "TablePage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>

namespace {

// The portfolio shows first: its figures and the lists below its missions are read in threads of
// their own while the list of missions is read here, which takes about as long.
MissionTableModel *missionsWithPortfolioAhead(Database &db, QObject *parent)
{
    const QDate today = Clock::today();
    PortfolioSummary::computeAhead(db, today);
    PortfolioLists::readAhead(db, today);
    return new MissionTableModel(db, parent);
}

// Sidebar entries with room around their text; the selection still spans the whole row.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    static constexpr int Padding = 14;
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * Padding, Padding + 4);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        const QRect text = opt.rect.adjusted(Padding, 0, -Padding, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        style->drawItemText(painter, text, Qt::AlignLeft | Qt::AlignVCenter, opt.palette, true,
                            opt.text, selected ? QPalette::HighlightedText : QPalette::Text);
    }
};

} // namespace

Workspace::Workspace(Database &db, Edits &edits, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_edits(edits)
    , m_missionModel(missionsWithPortfolioAhead(db, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_factories[Portfolio] = [this] {
        auto *page = new PortfolioPage(m_db, m_missionModel, m_stack);
        connect(page->table(), &TablePage::countChanged, this, [this, page](const QString &text) {
            if (m_stack->currentWidget() == page)
                Q_EMIT countChanged(text);
        });
        // A mission of the portfolio opens as it does in the list of missions.
        auto *open = new QAction(tr("&Open Mission…"), page);
        open->setObjectName(QStringLiteral("openPortfolioMissionAction"));
        connect(open, &QAction::triggered, this, [this, page] {
            const QString id = page->table()->currentId();
            showPage(Missions);
            if (!id.isEmpty() && missionsPage()->reveal(id))
                missionsPage()->openCurrent();
        });
        connect(page->table()->view(), &QTableView::activated, open, &QAction::trigger);
        page->table()->setRowActions({open});
        return page;
    };
    m_factories[Missions] = [this] {
        auto *page = new MissionsPage(m_edits, m_missionModel, m_stack);
        connect(page, &TablePage::countChanged, this, [this, page](const QString &text) {
            if (m_stack->currentWidget() == page)
                Q_EMIT countChanged(text);
        });
        connect(page, &MissionsPage::message, this, &Workspace::message);
        return page;
    };
    m_factories[Stakeholders] = [this] {
        auto *page = new StakeholdersPage(m_edits, new StakeholderTableModel(m_db, this), m_stack);
        connect(page, &TablePage::countChanged, this, [this, page](const QString &text) {
            if (m_stack->currentWidget() == page)
                Q_EMIT countChanged(text);
        });
        connect(page, &StakeholdersPage::message, this, &Workspace::message);
        return page;
    };
    m_factories[Risks] = [this] {
        auto *page = new RisksPage(m_edits, new RiskTableModel(m_db, this), m_stack);
        connect(page, &TablePage::countChanged, this, [this, page](const QString &text) {
            if (m_stack->currentWidget() == page)
                Q_EMIT countChanged(text);
        });
        return page;
    };
    m_factories[Programmes] = [this] {
        auto *page = new ProgrammesPage(m_edits, ProgrammesPage::createModel(m_edits), m_stack);
        connect(page, &TablePage::countChanged, this, [this, page](const QString &text) {
            if (m_stack->currentWidget() == page)
                Q_EMIT countChanged(text);
        });
        return page;
    };
    m_factories[Dashboards] = [this] {
        auto *page = new DashboardPage(m_db, m_stack);
        connect(page->missionView(), &MissionDashboardView::recordActivated, this,
                &Workspace::openRecord);
        connect(page->programmeView(), &ProgrammeDashboardView::recordActivated, this,
                &Workspace::openRecord);
        return page;
    };

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    const QStringList names {tr("Portfolio"), tr("Missions"),   tr("Stakeholders"),
                             tr("Risks"),     tr("Dashboards"), tr("Programmes")};
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    int width = 0;
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
        width = std::max(width, QFontMetrics(font).horizontalAdvance(names.at(i)));
        m_stack->addWidget(new QWidget(m_stack)); // stand-in until the page is first shown
    }
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setFixedWidth(width + 2 * SidebarDelegate::Padding + 16);
    m_sidebar->setFrameShape(QFrame::NoFrame);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentWidget(page(static_cast<Page>(row)));
        Q_EMIT pageChanged(static_cast<Page>(row));
        Q_EMIT countChanged(countText());
    });
    // Choosing a page (a click, or Enter) takes the keyboard there, so its shortcuts work at
    // once; moving through the sidebar with the arrows leaves the focus in the sidebar.
    connect(m_sidebar, &QListWidget::itemClicked, this,
            [this] { m_stack->currentWidget()->setFocus(); });
    connect(m_sidebar, &QListWidget::itemActivated, this,
            [this] { m_stack->currentWidget()->setFocus(); });
    m_sidebar->setCurrentRow(Portfolio);
    setFocusProxy(m_sidebar);
}

QWidget *Workspace::page(Page which)
{
    if (!m_pages[which]) {
        QWidget *created = m_factories[which]();
        QWidget *standIn = m_stack->widget(which);
        m_stack->insertWidget(which, created);
        m_stack->removeWidget(standIn);
        delete standIn;
        m_pages[which] = created;
    }
    return m_pages[which];
}

TablePage *Workspace::addTablePage(const QString &title, const QString &objectName,
                                   QAbstractItemModel *model)
{
    auto *page = new TablePage(title, model, m_stack);
    page->setObjectName(objectName);
    connect(page, &TablePage::countChanged, this, [this, page](const QString &text) {
        if (m_stack->currentWidget() == page)
            Q_EMIT countChanged(text);
    });
    return page;
}

PortfolioPage *Workspace::portfolioPage()
{
    return static_cast<PortfolioPage *>(page(Portfolio));
}

MissionsPage *Workspace::missionsPage()
{
    return static_cast<MissionsPage *>(page(Missions));
}

StakeholdersPage *Workspace::stakeholdersPage()
{
    return static_cast<StakeholdersPage *>(page(Stakeholders));
}

RisksPage *Workspace::risksPage()
{
    return static_cast<RisksPage *>(page(Risks));
}

DashboardPage *Workspace::dashboardPage()
{
    return static_cast<DashboardPage *>(page(Dashboards));
}

void Workspace::showPage(Page which)
{
    m_sidebar->setCurrentRow(which);
    m_stack->currentWidget()->setFocus();
}

Workspace::Page Workspace::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

TablePage *Workspace::tableOf(QWidget *widget) const
{
    if (auto *portfolio = qobject_cast<PortfolioPage *>(widget))
        return portfolio->table();
    return qobject_cast<TablePage *>(widget);
}

TablePage *Workspace::currentTable() const
{
    return tableOf(m_stack->currentWidget());
}

QString Workspace::countText() const
{
    const TablePage *table = tableOf(m_stack->currentWidget());
    return table ? table->countText() : QString();
}

void Workspace::focusSearch()
{
    if (TablePage *table = tableOf(m_stack->currentWidget())) {
        table->searchField()->setFocus();
        table->searchField()->selectAll();
    }
}

void Workspace::openRecord(const RecordLink &link)
{
    switch (link.kind) {
    case RecordLink::Kind::Risk:
        showPage(Risks);
        if (risksPage()->reveal(link.id))
            risksPage()->openCurrent();
        return;
    case RecordLink::Kind::Stakeholder:
        showPage(Stakeholders);
        if (stakeholdersPage()->reveal(link.id))
            stakeholdersPage()->openCurrent();
        return;
    case RecordLink::Kind::Stage:
    case RecordLink::Kind::Capacity:
    case RecordLink::Kind::Trainee:
    case RecordLink::Kind::Indicator:
        break;
    }
    const std::optional<Mission> mission = MissionRepository(m_db).find(link.missionId);
    if (!mission)
        return;
    MissionEditor editor(m_edits, *mission, this);
    editor.reveal(link);
    editor.exec();
}
