#include "StageDatesDialog.h"
#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "FormSupport.h"
#include "MissionRepository.h"
#include "StageRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogProblem"));
    label->setWordWrap(true);
    Form::styleAsProblem(label);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text, QWidget *field = nullptr)
{
    label->setText(text);
    label->show();
    // The dialog grows to hold the message (wrapped to its width) rather than squeeze its fields.
    QWidget *dialog = label->window();
    if (QLayout *layout = dialog->layout()) {
        layout->invalidate();
        const int needed = layout->hasHeightForWidth()
            ? layout->totalHeightForWidth(dialog->width())
            : layout->totalSizeHint().height();
        if (needed > dialog->height())
            dialog->resize(dialog->width(), needed);
    }
    if (field)
        field->setFocus();
}

// The day in `edit`, or why there is none: `missing` when it is empty.
std::optional<QDate> dayIn(const DateEdit *edit, const QString &missing, QString *problem)
{
    if (!edit->problem().isEmpty()) {
        *problem = edit->problem();
        return std::nullopt;
    }
    if (edit->isEmpty()) {
        *problem = missing;
        return std::nullopt;
    }
    return edit->value();
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

MoveStageDialog::MoveStageDialog(Edits &edits, const QString &missionId, Stage from, Stage to,
                                 const QStringList &unmetCriteria, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_missionId(missionId)
    , m_to(to)
    , m_reasonRequired(!unmetCriteria.isEmpty())
    , m_date(new DateEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("moveStageDialog"));
    setWindowTitle(tr("Move to %1").arg(enumLabel(to)));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("The mission moves from %1 to %2.").arg(enumLabel(from), enumLabel(to)), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (m_reasonRequired) {
        QStringList lines;
        for (const QString &text : unmetCriteria)
            lines.append(QStringLiteral("• ") + text);
        auto *unmet = new QLabel(tr("These exit criteria of %1 are not met:\n%2\n\nSay why the "
                                    "mission moves on anyway; the answer is kept with the move.")
                                     .arg(enumLabel(from), lines.join(u'\n')),
                                 this);
        unmet->setObjectName(QStringLiteral("unmetCriteria"));
        unmet->setWordWrap(true);
        unmet->setTextFormat(Qt::PlainText);
        layout->addWidget(unmet);
    }
    auto *form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("moveDateEdit"));
    m_date->setValue(Clock::today());
    m_date->setToolTip(tr("The day the mission moved on: today, or an earlier day when the move "
                          "is recorded after the fact."));
    form->addRow(tr("Moved &on:"), m_date);
    m_reason->setObjectName(QStringLiteral("moveReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(m_reasonRequired ? tr("Required: the criteria are not met")
                                                  : tr("Optional"));
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Why:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("&Move")));
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 60),
           sizeHint().height());
    m_date->setFocus();
    remember({{QStringLiteral("on"), m_date}, {QStringLiteral("reason"), m_reason}});
}

void MoveStageDialog::reject()
{
    if (mayDiscard())
        QDialog::reject();
}

void MoveStageDialog::accept()
{
    QString problem;
    const std::optional<QDate> on =
        dayIn(m_date, tr("Say on which day the mission moved."), &problem);
    if (!on) {
        showProblem(m_problem, problem, m_date);
        return;
    }
    const QString reason = m_reason->toPlainText().trimmed();
    if (m_reasonRequired && reason.isEmpty()) {
        showProblem(m_problem, tr("Say why the mission moves on although criteria are unmet."),
                    m_reason);
        return;
    }
    QString error;
    if (!m_edits.moveToStage(m_missionId, m_to, reason, &error, *on)) {
        showProblem(m_problem, error, m_date);
        return;
    }
    QDialog::accept();
}

StageDatesDialog::StageDatesDialog(Edits &edits, const QString &missionId, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_missionId(missionId)
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("stageDatesDialog"));
    const std::optional<Mission> mission = MissionRepository(edits.database()).find(missionId);
    const Stage current = mission ? mission->currentStage : Stage::Consultation;
    setWindowTitle(tr("Stage Dates of %1").arg(mission ? mission->code : QString()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The day each stage began. A mission entered after the fact, or "
                                "moved on without it being recorded, gets its earlier stages "
                                "dated here; its stage states and timeline follow these days."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QList<StageTransition> moves = StageRepository(edits.database()).transitions(missionId);
    for (const Stage stage : enumValues<Stage>()) {
        const int n = stageNumber(stage);
        const QString name = tr("%1. %2:").arg(n).arg(enumLabel(stage));
        if (n == 1) {
            const QDate start = mission ? mission->startDate : QDate();
            form->addRow(
                name,
                new QLabel(
                    start.isValid()
                        ? tr("began with the mission, on %1").arg(start.toString(Qt::ISODate))
                        : tr("began with the mission (no start date yet)"),
                    this));
            continue;
        }
        if (n > stageNumber(current)) {
            auto *later = new QLabel(tr("not reached yet"), this);
            later->setEnabled(false);
            form->addRow(name, later);
            continue;
        }
        auto *date = new DateEdit(this);
        date->setObjectName(QStringLiteral("stageDate%1").arg(n));
        if (const std::optional<StageTransition> move = StageRepository::moveInto(moves, stage))
            date->setValue(StageRepository::dayOf(move->happenedAt));
        date->setAccessibleName(tr("Day %1 began").arg(enumLabel(stage)));
        form->addRow(name, date);
        m_dates.append(date);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("&Save")));
    if (!m_dates.isEmpty())
        m_dates.constFirst()->setFocus();
    QHash<QString, QWidget *> fields;
    for (DateEdit *date : std::as_const(m_dates))
        fields.insert(date->objectName(), date);
    remember(fields);
}

void StageDatesDialog::reject()
{
    if (mayDiscard())
        QDialog::reject();
}

DateEdit *StageDatesDialog::dateEdit(Stage stage) const
{
    return m_dates.value(stageNumber(stage) - 2);
}

void StageDatesDialog::accept()
{
    QList<QDate> began {QDate()}; // the first stage's is the mission's start
    for (int i = 0; i < m_dates.size(); ++i) {
        DateEdit *edit = m_dates.at(i);
        if (!edit->problem().isEmpty()) {
            showProblem(m_problem, tr("%1: %2").arg(enumLabel(stageAt(i + 2)), edit->problem()),
                        edit);
            return;
        }
        began.append(edit->value()); // an empty field leaves the stage as it is
    }
    QString error;
    if (!m_edits.setStageDates(m_missionId, began, &error)) {
        showProblem(m_problem, error);
        return;
    }
    QDialog::accept();
}

std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             const QDate &initial, const std::function<QString(const QDate &)> &use)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("askDateDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *date = new DateEdit(&dialog);
    date->setObjectName(QStringLiteral("askDateEdit"));
    date->setValue(initial);
    form->addRow(label, date);
    layout->addLayout(form);
    QLabel *problem = problemLabel(&dialog);
    layout->addWidget(problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        const std::optional<QDate> day = dayIn(date, StageDatesDialog::tr("Type a day."), &why);
        if (day && *day > Clock::today())
            why = StageDatesDialog::tr("The day cannot be after today (%1).")
                      .arg(Clock::today().toString(Qt::ISODate));
        else if (day && use)
            why = use(*day);
        if (!why.isEmpty()) {
            showProblem(problem, why, date);
            return;
        }
        dialog.accept();
    });
    layout->addWidget(box);
    date->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->value();
}
