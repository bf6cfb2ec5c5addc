#include "RiskEditing.h"
#include "Clock.h"
#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordEditor.h"
#include "RiskRepository.h"
#include "Scales.h"

#include <QLineEdit>
#include <QMessageBox>

Risk RiskEditing::blank(const QString &missionId)
{
    Risk risk;
    risk.missionId = missionId;
    risk.reviewDate = Clock::today().addMonths(3);
    risk.assessedOn = Clock::today();
    return risk;
}

std::optional<Risk> RiskEditing::forEditing(Edits &edits, const QString &id)
{
    std::optional<Risk> risk = RiskRepository(edits.database()).find(id);
    if (risk)
        risk->assessedOn = Clock::today(); // a change of the scores is today's assessment
    return risk;
}

QString RiskEditing::edit(Edits &edits, const Risk &risk, const QString &title, QWidget *parent)
{
    RecordEditor<Risk> editor(
        risk, [&edits](Risk &v, QString *e) { return edits.saveRisk(v, e); }, parent);
    editor.setObjectName(QStringLiteral("riskEditor"));
    editor.setWindowTitle(title);
    RecordChoices missions;
    for (const Mission &m : MissionRepository(edits.database()).labels())
        missions.append({m.meta.id, tr("%1 %2").arg(m.code, m.title)});
    editor.addReference(QStringLiteral("missionId"), tr("&Mission:"), &Risk::missionId, missions,
                        tr("None (a programme's or the portfolio's)"));
    RecordChoices programmes;
    for (const Programme &p : ProgrammeRepository(edits.database()).all())
        programmes.append({p.meta.id, p.label()});
    editor
        .addReference(QStringLiteral("programmeId"), tr("Pro&gramme:"), &Risk::programmeId,
                      programmes, tr("None"))
        ->setToolTip(tr("For a risk of the programme as a whole, not of one of its missions."));
    editor.addText(QStringLiteral("title"), tr("&Risk:"), &Risk::title,
                   tr("e.g. A change of leadership ends the programme"));
    editor.addLongText(QStringLiteral("description"), tr("&Description:"), &Risk::description);
    editor.addChoice(QStringLiteral("category"), tr("Categor&y:"), &Risk::category);
    editor.addText(QStringLiteral("owner"), tr("&Owner:"), &Risk::owner);
    editor.addNumber(QStringLiteral("likelihood"), tr("&Likelihood (1-5):"), &Risk::likelihood,
                     Scales::RatingMin, Scales::RatingMax);
    editor.addNumber(QStringLiteral("impact"), tr("&Impact (1-5):"), &Risk::impact,
                     Scales::RatingMin, Scales::RatingMax);
    editor.addChoice(QStringLiteral("treatment"), tr("&Treatment:"), &Risk::treatment);
    editor.addLongText(QStringLiteral("mitigation"), tr("Mitigatio&n:"), &Risk::mitigation);
    editor.addNumber(QStringLiteral("residualLikelihood"), tr("Residual li&kelihood (0-5):"),
                     &Risk::residualLikelihood, Scales::RatingNotGiven, Scales::RatingMax);
    editor.addNumber(QStringLiteral("residualImpact"), tr("Residual im&pact (0-5):"),
                     &Risk::residualImpact, Scales::RatingNotGiven, Scales::RatingMax);
    editor.addDate(QStringLiteral("assessedOn"), tr("Scores as o&f:"), &Risk::assessedOn)
        ->setToolTip(tr("The day these scores were assessed: a re-assessment entered after the "
                        "fact keeps its own date in the risk's history."));
    editor.addDate(QStringLiteral("reviewDate"), tr("Next re&view:"), &Risk::reviewDate);
    editor.addChoice(QStringLiteral("state"), tr("Stat&e:"), &Risk::state);
    editor.addDate(QStringLiteral("occurredOn"), tr("Came tr&ue on:"), &Risk::occurredOn);
    editor.addLongText(QStringLiteral("consequence"), tr("Conse&quence:"), &Risk::consequence);
    editor.addNote(tr("Likelihood 1 rare … 5 almost certain; impact 1 insignificant … 5 severe. "
                      "Residual values are after treatment; 0 means not assessed yet. Every change "
                      "of the scores is kept in the risk's history."));
    editor.finish();
    // Typing starts with the risk itself; the mission is usually chosen already.
    editor.findChild<QLineEdit *>(QStringLiteral("title"))->setFocus();
    if (editor.exec() != QDialog::Accepted)
        return {};
    return editor.saved().meta.id;
}

bool RiskEditing::remove(Edits &edits, const QString &id, QWidget *parent)
{
    const std::optional<Risk> risk = RiskRepository(edits.database()).find(id);
    if (!risk)
        return false;
    if (QMessageBox::question(
            parent, tr("Delete Risk"),
            tr("Delete the risk \"%1\"?\n\nUndo (Ctrl+Z) brings it back.").arg(risk->title))
        != QMessageBox::Yes)
        return false;
    QString error;
    if (edits.deleteRisk(risk->meta.id, &error))
        return true;
    QMessageBox::warning(parent, tr("Delete Risk"), error);
    return false;
}
