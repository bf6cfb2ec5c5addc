#include "RiskTableModel.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "Settings.h"

#include <QSet>
#include <QThread>

#include <algorithm>

RiskRow::RiskRow(const Risk &r)
    : id(r.meta.id)
    , missionId(r.missionId)
    , programmeId(r.programmeId)
    , title(r.title)
    , owner(r.owner)
    , reviewDate(r.reviewDate)
    , occurredOn(r.occurredOn)
    , category(r.category)
    , state(r.state)
    , likelihood(static_cast<qint8>(r.likelihood))
    , impact(static_cast<qint8>(r.impact))
    , residualLikelihood(static_cast<qint8>(r.residualLikelihood))
    , residualImpact(static_cast<qint8>(r.residualImpact))
{
}

RiskTableModel::RiskTableModel(Database &db, QObject *parent)
    : TableModel<RiskRow>(parent)
    , m_db(db)
{
    using Row = RiskRow;
    setColumns({
        Column([] { return tr("Mission"); },
               [this](const Row &r) {
                   return r.missionId.isEmpty() ? tr("Portfolio")
                                                : m_missionCodes.value(r.missionId);
               }),
        Column([] { return tr("Risk"); }, [](const Row &r) { return r.title; })
            .tip([this](const Row &r) { return descriptionOf(r); }),
        Column([] { return tr("Category"); }, [](const Row &r) { return enumLabel(r.category); }),
        Column([] { return tr("Owner"); }, [](const Row &r) { return r.owner; }),
        Column([] { return tr("Likelihood"); }, [](const Row &r) { return int(r.likelihood); })
            .centred()
            .tip([](const Row &r) { return likelihoodLabel(r.likelihood); }),
        Column([] { return tr("Impact"); }, [](const Row &r) { return int(r.impact); })
            .centred()
            .tip([](const Row &r) { return impactLabel(r.impact); }),
        Column([] { return tr("Score"); }, [](const Row &r) { return r.score(); }).centred(),
        Column([] { return tr("Rating"); },
               [this](const Row &r) {
                   return enumLabel(riskBand(r.score(), m_bands.mediumFrom, m_bands.highFrom));
               })
            .sortBy([](const Row &r) { return r.score(); }),
        Column([] { return tr("Residual"); },
               [](const Row &r) {
                   return r.residualScore() > 0 ? QVariant(r.residualScore()) : QVariant();
               })
            .sortBy([](const Row &r) { return r.residualScore(); })
            .centred(),
        Column([] { return tr("Review"); },
               [](const Row &r) {
                   return r.reviewDate.isValid() ? QVariant(r.reviewDate.toString(Qt::ISODate))
                                                 : QVariant();
               })
            .sortBy([](const Row &r) { return r.reviewDate.toString(Qt::ISODate); })
            .centred(),
        Column([] { return tr("Status"); },
               [](const Row &r) {
                   return r.state == RiskState::Occurred && r.occurredOn.isValid()
                       ? tr("%1 (%2)").arg(enumLabel(r.state), isoDate(r.occurredOn))
                       : enumLabel(r.state);
               })
            .sortBy([](const Row &r) { return static_cast<int>(r.state); }),
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Risk, RecordKind::Mission, RecordKind::Setting}))
            reload();
    });
    reload();
}

QString RiskTableModel::descriptionOf(const RiskRow &row) const
{
    // Read when the pointer rests on a title, not held for every row: on the window's thread
    // only, with its connection. A tooltip is never part of the search text, which two threads
    // read (SearchFilterModel).
    Q_ASSERT(QThread::currentThread() == thread());
    const std::optional<Risk> risk =
        m_db.isOpen() ? RiskRepository(m_db).find(row.id.toString()) : std::nullopt;
    return risk ? risk->description : QString();
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
    RiskRepository register_(m_db);
    QList<RiskRow> risks;
    risks.reserve(register_.count());
    QSet<QString> owners;
    register_.eachListed([&](const Risk &risk) {
        // A deleted mission takes its risks off the list until the deletion is undone.
        const auto mission = m_missionCodes.constFind(risk.missionId);
        if (!risk.missionId.isEmpty() && mission == m_missionCodes.cend())
            return;
        RiskRow &row = risks.emplaceBack(risk);
        // Each mission's id and each owner held once, not once for each of their risks.
        if (mission != m_missionCodes.cend())
            row.missionId = mission.key();
        row.owner = *owners.insert(row.owner);
    });
    // Read in the file's order; within a mission (the list's first sort) the highest score
    // comes first. Sorted here on numbers, faster than the store sorts on its expression.
    std::sort(risks.begin(), risks.end(), [](const RiskRow &a, const RiskRow &b) {
        if (const int order = b.score() - a.score(); order != 0)
            return order < 0;
        if (const int order = a.title.compare(b.title); order != 0)
            return order < 0;
        return a.id < b.id;
    });
    setRows(std::move(risks));
}
