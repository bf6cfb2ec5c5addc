#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Intervention Planner"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("Plan capacity-building missions through the five LEOP stages: "
                                "consultation, orientation, customised curriculum, "
                                "train-the-trainer and post-training support. Your data stays in "
                                "one file on this computer; no network is needed."),
                             this);
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New database…"), this);
    newButton->setObjectName(QStringLiteral("newDatabaseButton"));
    auto *openButton = new QPushButton(tr("&Open database…"), this);
    openButton->setObjectName(QStringLiteral("openDatabaseButton"));
    auto *demoButton = new QPushButton(tr("Explore the &demo"), this);
    demoButton->setObjectName(QStringLiteral("openDemoButton"));
    for (QPushButton *button : {newButton, openButton, demoButton})
        button->setMinimumHeight(button->sizeHint().height() + 8);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newDatabaseRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    m_recentLabel = new QLabel(tr("&Recent databases"), this);
    m_recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentList"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(demoButton);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addStretch(2);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 10);

    auto *frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(640);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(frame, 4);
    outer->addStretch(1);
    setFocusProxy(newButton);
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &file : files) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_recent->setVisible(!files.isEmpty());
    m_recentLabel->setVisible(!files.isEmpty());
}
