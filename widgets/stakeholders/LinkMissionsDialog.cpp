#include "LinkMissionsDialog.h"
#include "FormSupport.h"
#include "Mission.h"
#include "SearchFilterModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LinkMissionsDialog::LinkMissionsDialog(const QList<Mission> &missions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_role(new QLineEdit(this))
    , m_error(Form::problemLabel(this))
{
    setObjectName(QStringLiteral("linkMissionsDialog"));
    setWindowTitle(tr("Link to Missions"));
    m_filter->setObjectName(QStringLiteral("linkMissionsFilter"));
    m_filter->setPlaceholderText(tr("Filter by code, title or country"));
    Form::addClearButton(m_filter);
    m_list->setObjectName(QStringLiteral("linkMissionsList"));
    m_role->setObjectName(QStringLiteral("linkMissionsRole"));
    m_role->setPlaceholderText(tr("Role in these missions, e.g. Regional police chief"));
    for (const Mission &m : missions) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(m.code, m.title), m_list);
        item->setData(Qt::UserRole, m.meta.id);
        item->setData(Qt::UserRole + 1, m.code + u' ' + m.title + u' ' + m.countries().join(u' '));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, &LinkMissionsDialog::filter);

    auto *form = new QFormLayout;
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    form->addRow(filterLabel, m_filter);
    auto *listLabel =
        new QLabel(tr("&Missions (tick each one; Space ticks the one in hand):"), this);
    listLabel->setBuddy(m_list);
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    auto *roleForm = new QFormLayout;
    roleForm->addRow(roleLabel, m_role);
    layout->addLayout(roleForm);
    layout->addWidget(m_error);
    layout->addWidget(Form::okCancel(this, tr("&Link"), QStringLiteral("linkMissionsButton")));
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 24);
}

void LinkMissionsDialog::filter(const QString &text)
{
    const QString wanted = SearchFilterModel::fold(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(
            !wanted.isEmpty()
            && !SearchFilterModel::fold(item->data(Qt::UserRole + 1).toString()).contains(wanted));
    }
}

QStringList LinkMissionsDialog::missionIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void LinkMissionsDialog::setLink(std::function<QString(const QStringList &, const QString &)> link)
{
    m_link = std::move(link);
}

QString LinkMissionsDialog::role() const
{
    return m_role->text().trimmed();
}

void LinkMissionsDialog::accept()
{
    QString problem =
        missionIds().isEmpty() ? tr("Tick at least one mission to link to.") : QString();
    if (problem.isEmpty() && m_link)
        problem = m_link(missionIds(), role());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
