#include "StakeholderTableModel.h"
#include "Database.h"
#include "StakeholderRepository.h"

#include <QSet>

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
               [](const Stakeholder &s) {
                   return s.placed() ? enumLabel(s.quadrant())
                                     : s.ratingShown(s.power <= 0 ? "power" : "interest", 0);
               })
            .sortBy([](const Stakeholder &s) {
                return s.placed() ? static_cast<int>(s.quadrant()) : -1;
            })
            .sensitive(),
        Column([] { return tr("Attitude"); },
               [](const Stakeholder &s) { return s.attitudeShown(); })
            .sortBy([](const Stakeholder &s) {
                return s.attitude ? static_cast<int>(*s.attitude) : -1;
            })
            .sensitive(),
        Column([] { return tr("Power"); },
               [](const Stakeholder &s) { return s.ratingShown("power", s.power); })
            .sortBy([](const Stakeholder &s) { return s.power; })
            .centred()
            .sensitive(),
        Column([] { return tr("Interest"); },
               [](const Stakeholder &s) { return s.ratingShown("interest", s.interest); })
            .sortBy([](const Stakeholder &s) { return s.interest; })
            .centred()
            .sensitive(),
        Column([] { return tr("Trust"); },
               [](const Stakeholder &s) { return s.ratingShown("trust", s.trust); })
            .sortBy([](const Stakeholder &s) { return s.trust; })
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
    QList<Stakeholder> rows =
        m_db.isOpen() ? StakeholderRepository(m_db).listed() : QList<Stakeholder>();
    // An organisation's name held once, not once for each of its people.
    QSet<QString> organisations;
    for (Stakeholder &s : rows)
        s.organisation = *organisations.insert(s.organisation);
    setRows(std::move(rows));
}
