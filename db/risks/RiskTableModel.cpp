#include "RiskTableModel.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "Settings.h"

#include <algorithm>

RiskTableModel::RiskTableModel(Database &db, QObject *parent)
    : TableModel<Risk>(parent)
    , m_db(db)
{
    setColumns({
        Column([] { return tr("Mission"); },
               [this](const Risk &r) {
                   return r.missionId.isEmpty() ? tr("Portfolio")
                                                : m_missionCodes.value(r.missionId);
               }),
        Column([] { return tr("Risk"); }, [](const Risk &r) { return r.title; })
            .tip([](const Risk &r) { return r.description; }),
        Column([] { return tr("Category"); }, [](const Risk &r) { return enumLabel(r.category); }),
        Column([] { return tr("Owner"); }, [](const Risk &r) { return r.owner; }),
        Column([] { return tr("Likelihood"); }, [](const Risk &r) { return r.likelihood; })
            .centred()
            .tip([](const Risk &r) { return likelihoodLabel(r.likelihood); }),
        Column([] { return tr("Impact"); }, [](const Risk &r) { return r.impact; })
            .centred()
            .tip([](const Risk &r) { return impactLabel(r.impact); }),
        Column([] { return tr("Score"); }, [](const Risk &r) { return r.score(); }).centred(),
        Column([] { return tr("Rating"); },
               [this](const Risk &r) {
                   return enumLabel(riskBand(r.score(), m_bands.mediumFrom, m_bands.highFrom));
               })
            .sortBy([](const Risk &r) { return r.score(); }),
        Column([] { return tr("Residual"); },
               [](const Risk &r) {
                   return r.residualScore() > 0 ? QVariant(r.residualScore()) : QVariant();
               })
            .sortBy([](const Risk &r) { return r.residualScore(); })
            .centred(),
        Column([] { return tr("Review"); },
               [](const Risk &r) {
                   return r.reviewDate.isValid() ? QVariant(r.reviewDate.toString(Qt::ISODate))
                                                 : QVariant();
               })
            .sortBy([](const Risk &r) { return r.reviewDate.toString(Qt::ISODate); })
            .centred(),
        Column([] { return tr("Status"); },
               [](const Risk &r) {
                   return r.state == RiskState::Occurred && r.occurredOn.isValid()
                       ? tr("%1 (%2)").arg(enumLabel(r.state), isoDate(r.occurredOn))
                       : enumLabel(r.state);
               })
            .sortBy([](const Risk &r) { return static_cast<int>(r.state); }),
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Risk, RecordKind::Mission, RecordKind::Setting}))
            reload();
    });
    reload();
}

void RiskTableModel::reload()
{
    m_missionCodes.clear();
    if (!m_db.isOpen()) {
        setRows({});
        return;
    }
    m_missionCodes = MissionRepository(m_db).codes();
    m_bands = SettingsRepository(m_db).riskBands();
    // A deleted mission takes its risks off the list until the deletion is undone.
    QList<Risk> risks = RiskRepository(m_db).listed();
    risks.removeIf([this](const Risk &risk) {
        return !risk.missionId.isEmpty() && !m_missionCodes.contains(risk.missionId);
    });
    // Each mission's id held once, not once for each of its risks.
    for (Risk &risk : risks) {
        if (const auto known = m_missionCodes.constFind(risk.missionId);
            known != m_missionCodes.cend())
            risk.missionId = known.key();
    }
    // Read in the file's order; within a mission (the list's first sort) the highest score
    // comes first. Sorted here on numbers, faster than the store sorts on its expression.
    std::sort(risks.begin(), risks.end(), [](const Risk &a, const Risk &b) {
        if (const int order = b.score() - a.score(); order != 0)
            return order < 0;
        if (const int order = a.title.compare(b.title); order != 0)
            return order < 0;
        return a.meta.id < b.meta.id;
    });
    setRows(risks);
}
