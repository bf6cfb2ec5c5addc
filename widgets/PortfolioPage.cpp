#include "PortfolioPage.h"
#include "Clock.h"
#include "Database.h"
#include "FollowUpTableModel.h"
#include "MissionTableModel.h"
#include "PortfolioSummary.h"
#include "TablePage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PortfolioPage::PortfolioPage(Database &db, MissionTableModel *missions, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new TablePage(tr("Portfolio"), missions, this))
    , m_cards(new QWidget(this))
    , m_followUpModel(new FollowUpTableModel(db, Clock::today(), 500, this))
    , m_followUpView(new QTableView(this))
    , m_followUpTitle(new QLabel(this))
{
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
    m_followUpView->setObjectName(QStringLiteral("followUpTable"));
    m_followUpView->setModel(m_followUpModel);
    m_followUpView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUpView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUpView->setAlternatingRowColors(true);
    m_followUpView->verticalHeader()->hide();
    m_followUpView->verticalHeader()->setDefaultSectionSize(
        m_table->view()->verticalHeader()->defaultSectionSize());
    m_followUpView->horizontalHeader()->setStretchLastSection(true);
    m_followUpView->horizontalHeader()->setResizeContentsPrecision(200);
    m_followUpView->setAccessibleName(tr("Overdue follow-ups"));
    QFont bold = m_followUpTitle->font();
    bold.setBold(true);
    m_followUpTitle->setFont(bold);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(16, 0, 16, 12);
    lowerLayout->addWidget(m_followUpTitle);
    lowerLayout->addWidget(m_followUpView, 1);
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

    connect(&m_db, &Database::tablesChanged, this, &PortfolioPage::refresh);
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
    m_followUpTitle->setText(
        summary.overdueFollowUps > 0
            ? tr("Overdue follow-ups (%1), oldest first").arg(summary.overdueFollowUps)
            : tr("No follow-up is overdue."));
    m_followUpView->setVisible(summary.overdueFollowUps > 0);
    m_followUpView->resizeColumnsToContents();
}
