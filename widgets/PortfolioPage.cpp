#include "PortfolioPage.h"
#include "Clock.h"
#include "Database.h"
#include "MissionTableModel.h"
#include "PortfolioSummary.h"
#include "TablePage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PortfolioPage::PortfolioPage(Database &db, MissionTableModel *missions, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new TablePage(tr("Portfolio"), missions, this))
    , m_cards(new QWidget(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
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
}
