#include "PortfolioPage.h"
#include "Clock.h"
#include "ColumnFit.h"
#include "Database.h"
#include "FollowUpTableModel.h"
#include "MissionTableModel.h"
#include "PortfolioLists.h"
#include "PortfolioSummary.h"
#include "RiskRepository.h"
#include "TableMenu.h"
#include "TableModel.h"
#include "TablePage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A risk review or mitigation action past its date, as the portfolio lists it (meta.id: the
// risk's id).
struct OverdueRiskItem
{
    RecordMeta meta;
    QDate due;
    qint64 daysLate = 0; // on the day the list was read
    QString what;
    QString risk;
    QString mission;
    QString owner;
};

QList<OverdueRiskItem> overdueRiskItems(const QList<RiskRepository::OverdueWork> &work,
                                        const QDate &today)
{
    QList<OverdueRiskItem> items;
    for (const RiskRepository::OverdueWork &w : work) {
        RecordMeta meta;
        meta.id = w.riskId;
        items.append({meta, w.due, w.due.daysTo(today),
                      w.action.isEmpty() ? PortfolioPage::tr("Review")
                                         : PortfolioPage::tr("Action: %1").arg(w.action),
                      w.riskTitle,
                      w.missionId.isEmpty() ? PortfolioPage::tr("Portfolio") : w.missionCode,
                      w.owner});
    }
    // Reviews and actions together, oldest first (each already is: a stable sort keeps that).
    std::stable_sort(
        items.begin(), items.end(),
        [](const OverdueRiskItem &a, const OverdueRiskItem &b) { return a.due < b.due; });
    return items;
}

QTableView *listView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(200);
    view->setAccessibleName(accessibleName);
    new TableMenu(view); // Copy
    return view;
}

} // namespace

PortfolioPage::PortfolioPage(Database &db, MissionTableModel *missions, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new TablePage(tr("Portfolio"), missions, this))
    , m_cards(new QWidget(this))
    , m_followUpView(listView(this, QStringLiteral("followUpTable"), tr("Overdue follow-ups")))
    , m_followUpTitle(new QLabel(this))
    , m_riskView(listView(this, QStringLiteral("overdueRiskTable"),
                          tr("Overdue risk reviews and actions")))
    , m_riskTitle(new QLabel(this))
{
    // The lists below, as read aside while the missions were (Workspace), or read now.
    const QDate today = Clock::today();
    std::optional<PortfolioLists> ahead = PortfolioLists::take(db, today);
    m_followUpModel =
        new FollowUpTableModel(db, today, PortfolioLists::Limit, this,
                               ahead ? std::optional(std::move(ahead->followUps)) : std::nullopt);
    using Item = OverdueRiskItem;
    using Column = ListTableModel<Item>::Column;
    using Work = QList<RiskRepository::OverdueWork>;
    // Loaded by refresh(), first with the work read aside.
    m_riskModel = new ListTableModel<Item>(
        {
            Column([] { return tr("Due"); },
                   [](const Item &i) { return i.due.toString(Qt::ISODate); }),
            Column([] { return tr("Days late"); }, [](const Item &i) { return i.daysLate; })
                .centred(),
            Column([] { return tr("Mission"); }, [](const Item &i) { return i.mission; }),
            Column([] { return tr("Risk"); }, [](const Item &i) { return i.risk; }),
            Column([] { return tr("Owner"); }, [](const Item &i) { return i.owner; }),
            Column([] { return tr("What"); }, [](const Item &i) { return i.what; }),
        },
        [&db, readOn = today,
         readAlready = ahead ? std::optional<Work>(std::move(ahead->riskWork))
                             : std::optional<Work>()]() mutable {
            if (std::optional<Work> work = std::exchange(readAlready, std::nullopt))
                return overdueRiskItems(*work, readOn);
            const QDate day = Clock::today();
            return overdueRiskItems(RiskRepository(db).overdueWork(day, PortfolioLists::Limit),
                                    day);
        },
        this, ListTableModel<Item>::Loading::Later);
    m_riskView->setModel(m_riskModel);
    m_riskView->verticalHeader()->setDefaultSectionSize(
        m_table->view()->verticalHeader()->defaultSectionSize());
    setObjectName(QStringLiteral("portfolioPage"));
    m_table->view()->setObjectName(QStringLiteral("portfolioTable"));
    auto *cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 4, 0, 4);
    cards->setSpacing(12);
    m_active = addCard(QStringLiteral("activeMissionsCard"), tr("active missions"));
    m_stakeholders = addCard(QStringLiteral("stakeholdersCard"), tr("stakeholders"));
    m_highRisks = addCard(QStringLiteral("highRisksCard"), tr("open risks rated high"));
    m_overdue = addCard(QStringLiteral("overdueCard"), tr("overdue follow-ups"));

    m_table->setHeaderWidget(m_cards);

    // Follow-ups that are overdue, below the missions: what to chase today.
    m_followUpView->setModel(m_followUpModel);
    m_followUpView->verticalHeader()->setDefaultSectionSize(
        m_table->view()->verticalHeader()->defaultSectionSize());
    QFont bold = m_followUpTitle->font();
    bold.setBold(true);
    m_followUpTitle->setFont(bold);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(16, 0, 16, 12);
    m_riskTitle->setFont(bold);
    auto *followUps = new QVBoxLayout;
    followUps->addWidget(m_followUpTitle);
    followUps->addWidget(m_followUpView, 1);
    auto *riskItems = new QVBoxLayout;
    riskItems->addWidget(m_riskTitle);
    riskItems->addWidget(m_riskView, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(followUps, 1);
    columns->addSpacing(12);
    columns->addLayout(riskItems, 1);
    lowerLayout->addLayout(columns, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);

    connect(&m_db, &Database::recordsChanged, this, &PortfolioPage::refresh);
    refresh();
}

QLabel *PortfolioPage::addCard(const QString &objectName, const QString &caption)
{
    auto *card = new QFrame(m_cards);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(objectName);
    auto *value = new QLabel(card);
    value->setObjectName(QStringLiteral("value"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    value->setFont(font);
    auto *text = new QLabel(caption, card);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(value);
    layout->addWidget(text);
    static_cast<QHBoxLayout *>(m_cards->layout())->addWidget(card, 1);
    return value;
}

void PortfolioPage::refresh()
{
    const PortfolioSummary summary = PortfolioSummary::compute(m_db, Clock::today());
    m_active->setText(tr("%1 of %2").arg(summary.activeMissions).arg(summary.missions));
    m_stakeholders->setText(QString::number(summary.stakeholders));
    m_highRisks->setText(QString::number(summary.highRisks));
    m_overdue->setText(QString::number(summary.overdueFollowUps));
    // The list shows the oldest of them, read apart from the figures: another program's write
    // between the two reads never hides the rows it shows.
    const int followUps = m_followUpModel->rowCount();
    const int overdue = std::max(summary.overdueFollowUps, followUps);
    m_followUpTitle->setText(overdue > 0 ? tr("Overdue follow-ups (%1), oldest first").arg(overdue)
                                         : tr("No follow-up is overdue."));
    m_followUpView->setVisible(followUps > 0);
    fitColumnsToText(m_followUpView);
    static_cast<ListTableModel<OverdueRiskItem> *>(m_riskModel)->reload();
    const int riskItems = m_riskModel->rowCount();
    m_riskTitle->setText(
        riskItems > 0 ? tr("Overdue risk reviews and actions (%1), oldest first").arg(riskItems)
                      : tr("No risk review or action is overdue."));
    m_riskView->setVisible(riskItems > 0);
    fitColumnsToText(m_riskView);
}
