#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#banner { background: #FFF3CD; border-bottom: 1px solid "
                                 "#B58100; } #banner QLabel { color: #1F1600; }"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        // A copy: the action may close the database, and the banner's callback with it.
        if (const std::function<void()> callback = m_callback)
            callback();
    });
    auto *dismissButton = new QPushButton(tr("Dismiss"), this);
    dismissButton->setObjectName(QStringLiteral("bannerDismiss"));
    connect(dismissButton, &QPushButton::clicked, this, &Banner::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(dismissButton);
    hide();
}

void Banner::showMessage(const QString &text, const QString &actionText,
                         const std::function<void()> &action)
{
    m_text->setText(text);
    m_callback = action;
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && action);
    show();
}

void Banner::dismiss()
{
    hide();
    m_callback = {};
}
