#include "Workspace.h"
#include "DashboardPage.h"
#include "Database.h"
#include "MissionTableModel.h"
#include "PortfolioPage.h"
#include "RiskTableModel.h"
#include "StakeholderTableModel.h"
#include "TablePage.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>

Workspace::Workspace(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_missionModel(new MissionTableModel(db, this))
    , m_stakeholderModel(new StakeholderTableModel(db, this))
    , m_riskModel(new RiskTableModel(db, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_portfolio(new PortfolioPage(db, m_missionModel, m_stack))
    , m_missions(new TablePage(tr("Missions"), m_missionModel, m_stack))
    , m_stakeholders(new TablePage(tr("Stakeholders"), m_stakeholderModel, m_stack))
    , m_risks(new TablePage(tr("Risks"), m_riskModel, m_stack))
    , m_dashboard(new DashboardPage(db, m_stack))
{
    setObjectName(QStringLiteral("workspace"));
    m_missions->setObjectName(QStringLiteral("missionsPage"));
    m_stakeholders->setObjectName(QStringLiteral("stakeholdersPage"));
    m_risks->setObjectName(QStringLiteral("risksPage"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    const QStringList names {tr("Portfolio"), tr("Missions"), tr("Stakeholders"), tr("Risks"),
                             tr("Dashboards")};
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
    }
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    int width = 0;
    for (const QString &name : names)
        width = std::max(width, QFontMetrics(font).horizontalAdvance(name));
    m_sidebar->setFixedWidth(width + 48);
    m_sidebar->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_portfolio);
    m_stack->addWidget(m_missions);
    m_stack->addWidget(m_stakeholders);
    m_stack->addWidget(m_risks);
    m_stack->addWidget(m_dashboard);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT pageChanged(static_cast<Page>(row));
    });
    m_sidebar->setCurrentRow(Portfolio);
}

void Workspace::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
    m_stack->currentWidget()->setFocus();
}

Workspace::Page Workspace::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void Workspace::focusSearch()
{
    if (auto *page = qobject_cast<TablePage *>(m_stack->currentWidget())) {
        page->searchField()->setFocus();
        page->searchField()->selectAll();
    } else if (m_stack->currentWidget() == m_portfolio) {
        m_portfolio->table()->searchField()->setFocus();
        m_portfolio->table()->searchField()->selectAll();
    }
}
