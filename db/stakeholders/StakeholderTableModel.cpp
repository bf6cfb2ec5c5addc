#include "StakeholderTableModel.h"
#include "Database.h"
#include "StakeholderRepository.h"

#include <QSet>

StakeholderRow::StakeholderRow(const Stakeholder &s)
    : id(s.meta.id)
    , name(s.name)
    , organisation(s.organisation)
    , type(s.type)
    , attitude(s.attitude)
    , power(static_cast<qint8>(s.power))
    , interest(static_cast<qint8>(s.interest))
    , trust(static_cast<qint8>(s.trust))
    , nameProtected(s.nameProtected)
{
    const std::pair<const char *, Withheld> fields[] = {
        {"name", NameWithheld},         {"power", PowerWithheld}, {"interest", InterestWithheld},
        {"attitude", AttitudeWithheld}, {"trust", TrustWithheld},
    };
    for (const auto &[column, flag] : fields) {
        if (s.withheld.contains(QLatin1String(column)))
            withheld |= flag;
    }
}

QString StakeholderRow::displayName() const
{
    return Stakeholder::displayNameOf(name, nameProtected, type, withheld & NameWithheld);
}

QString StakeholderRow::ratingShown(int rating, Withheld field) const
{
    return Stakeholder::ratingShownOf(rating, withheld & field);
}

QString StakeholderRow::attitudeShown() const
{
    return Stakeholder::attitudeShownOf(attitude, withheld & AttitudeWithheld);
}

StakeholderTableModel::StakeholderTableModel(Database &db, QObject *parent)
    : TableModel<StakeholderRow>(parent)
    , m_db(db)
{
    using Row = StakeholderRow;
    setColumns({
        Column([] { return tr("Name"); }, [](const Row &s) { return s.displayName(); })
            .revealed([](const Row &s) { return s.name; }),
        Column([] { return tr("Organisation"); }, [](const Row &s) { return s.organisation; }),
        Column([] { return tr("Type"); }, [](const Row &s) { return enumLabel(s.type); }),
        Column([] { return tr("Quadrant"); },
               [](const Row &s) {
                   return s.placed()
                       ? enumLabel(s.quadrant())
                       : s.ratingShown(0,
                                       s.power <= 0 ? Row::PowerWithheld : Row::InterestWithheld);
               })
            .sortBy([](const Row &s) { return s.placed() ? static_cast<int>(s.quadrant()) : -1; })
            .sensitive(),
        Column([] { return tr("Attitude"); }, [](const Row &s) { return s.attitudeShown(); })
            .sortBy([](const Row &s) { return s.attitude ? static_cast<int>(*s.attitude) : -1; })
            .sensitive(),
        Column([] { return tr("Power"); },
               [](const Row &s) { return s.ratingShown(s.power, Row::PowerWithheld); })
            .sortBy([](const Row &s) { return int(s.power); })
            .centred()
            .sensitive(),
        Column([] { return tr("Interest"); },
               [](const Row &s) { return s.ratingShown(s.interest, Row::InterestWithheld); })
            .sortBy([](const Row &s) { return int(s.interest); })
            .centred()
            .sensitive(),
        Column([] { return tr("Trust"); },
               [](const Row &s) { return s.ratingShown(s.trust, Row::TrustWithheld); })
            .sortBy([](const Row &s) { return int(s.trust); })
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
    QList<StakeholderRow> rows;
    if (m_db.isOpen()) {
        StakeholderRepository stakeholders(m_db);
        rows.reserve(stakeholders.count());
        // An organisation's name held once, not once for each of its people.
        QSet<QString> organisations;
        stakeholders.eachListed([&](const Stakeholder &s) {
            StakeholderRow &row = rows.emplaceBack(s);
            row.organisation = *organisations.insert(row.organisation);
        });
    }
    setRows(std::move(rows));
}
