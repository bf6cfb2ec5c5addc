#include "MissionTableModel.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"

namespace {

// Dates read the same in every country the missions work in: YYYY-MM-DD.

} // namespace

MissionTableModel::MissionTableModel(Database &db, QObject *parent)
    : TableModel<Mission>(parent)
    , m_db(db)
{
    setColumns({
        Column([] { return tr("Code"); }, [](const Mission &m) { return m.code; }),
        Column([] { return tr("Title"); }, [](const Mission &m) { return m.title; })
            .tip([](const Mission &m) { return m.title; }),
        Column([] { return tr("Host country"); }, [](const Mission &m) { return m.hostCountry; }),
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
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.contains(RecordKind::Mission))
            reload();
    });
    reload();
}

void MissionTableModel::reload()
{
    setRows(m_db.isOpen() ? MissionRepository(m_db).all() : QList<Mission>());
}
