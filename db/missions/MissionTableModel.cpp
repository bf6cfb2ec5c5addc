#include "MissionTableModel.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"

MissionTableModel::MissionTableModel(Database &db, QObject *parent)
    : TableModel<Mission>(parent)
    , m_db(db)
{
    setColumns({
        Column([] { return tr("Code"); }, [](const Mission &m) { return m.code; }),
        Column([] { return tr("Title"); }, [](const Mission &m) { return m.title; })
            .tip([](const Mission &m) { return m.title; }),
        Column([] { return tr("Countries"); }, [](const Mission &m) { return m.countriesText(); })
            .tip([](const Mission &m) {
                QStringList sites;
                for (const MissionSite &site : m.sites)
                    sites.append(site.label());
                return sites.join(QLatin1Char('\n'));
            }),
        Column([] { return tr("Status"); }, [](const Mission &m) { return enumLabel(m.status); })
            .sortBy([](const Mission &m) { return static_cast<int>(m.status); }),
        Column(
            [] { return tr("Stage"); },
            [](const Mission &m) {
                return tr("%1. %2").arg(stageNumber(m.currentStage)).arg(enumLabel(m.currentStage));
            })
            .sortBy([](const Mission &m) { return stageNumber(m.currentStage); }),
        Column([] { return tr("MoU"); },
               [](const Mission &m) {
                   if (!m.mouDate.isValid())
                       return enumLabel(m.mouStatus);
                   return tr("%1 (%2)").arg(enumLabel(m.mouStatus),
                                            m.mouDate.toString(Qt::ISODate));
               })
            .sortBy([](const Mission &m) { return static_cast<int>(m.mouStatus); }),
        Column([] { return tr("Start"); }, [](const Mission &m) { return isoDate(m.startDate); })
            .sortBy([](const Mission &m) { return isoDate(m.startDate); })
            .centred(),
        Column([] { return tr("End"); }, [](const Mission &m) { return isoDate(m.endDate); })
            .sortBy([](const Mission &m) { return isoDate(m.endDate); })
            .centred(),
        Column([] { return tr("Lead organisation"); },
               [](const Mission &m) { return m.leadOrganisation; }),
        Column([] { return tr("Programme"); },
               [this](const Mission &m) { return programmeCode(m); }),
        Column([] { return tr("Outcome"); },
               [](const Mission &m) {
                   if (m.outcome == MissionOutcome::Open)
                       return QString();
                   return m.outcomeOn.isValid()
                       ? tr("%1 (%2)").arg(enumLabel(m.outcome), isoDate(m.outcomeOn))
                       : enumLabel(m.outcome);
               })
            .sortBy([](const Mission &m) { return static_cast<int>(m.outcome); }),
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Mission, RecordKind::MissionSite, RecordKind::Programme}))
            reload();
    });
    reload();
}

void MissionTableModel::reload()
{
    m_programmeCodes.clear();
    if (m_db.isOpen()) {
        for (const Programme &p : ProgrammeRepository(m_db).all())
            m_programmeCodes.insert(p.meta.id, p.code);
    }
    setRows(m_db.isOpen() ? MissionRepository(m_db).listed() : QList<Mission>());
}

QString MissionTableModel::programmeCode(const Mission &mission) const
{
    return m_programmeCodes.value(mission.programmeId);
}
