#include "StakeholderTableModel.h"
#include "Database.h"
#include "StakeholderRepository.h"

StakeholderTableModel::StakeholderTableModel(Database &db, QObject *parent)
    : TableModel<Stakeholder>(parent)
    , m_db(db)
{
    setColumns({
        Column([] { return tr("Name"); }, [](const Stakeholder &s) { return s.displayName(); })
            .revealed([](const Stakeholder &s) { return s.name; }),
        Column([] { return tr("Organisation"); },
               [](const Stakeholder &s) { return s.organisation; }),
        Column([] { return tr("Type"); }, [](const Stakeholder &s) { return enumLabel(s.type); }),
        Column([] { return tr("Quadrant"); },
               [](const Stakeholder &s) { return enumLabel(s.quadrant()); })
            .sortBy([](const Stakeholder &s) { return static_cast<int>(s.quadrant()); })
            .sensitive(),
        Column([] { return tr("Attitude"); },
               [](const Stakeholder &s) { return enumLabel(s.attitude); })
            .sortBy([](const Stakeholder &s) { return static_cast<int>(s.attitude); })
            .sensitive(),
        Column([] { return tr("Power"); }, [](const Stakeholder &s) { return s.power; })
            .centred()
            .sensitive(),
        Column([] { return tr("Interest"); }, [](const Stakeholder &s) { return s.interest; })
            .centred()
            .sensitive(),
        Column([] { return tr("Trust"); }, [](const Stakeholder &s) { return s.trust; })
            .centred()
            .sensitive(),
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.contains(RecordKind::Stakeholder))
            reload();
    });
    reload();
}

void StakeholderTableModel::reload()
{
    setRows(m_db.isOpen() ? StakeholderRepository(m_db).all() : QList<Stakeholder>());
}
