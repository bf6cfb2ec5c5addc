#pragma once

#include <QLatin1String>
#include <QtGlobal>

#include <initializer_list>

// What a change touched, named by the kind of record rather than by the table it sits in: the
// screens listen to kinds, and only db/ knows which table holds which kind. Declared once, here;
// a plain 64-bit set rather than QFlags, which has 32 bits and there are nearly 32 kinds already.
enum class RecordKind : quint8 {
    Mission,
    Stakeholder,
    MissionStakeholder, // a stakeholder's link to a mission, with its ratings
    Engagement,
    StakeholderSnapshot,
    Risk,
    RiskAssessment,
    RiskAction,
    StageCriterion,
    StageMove,
    ConsultationSession,
    ConsultationAttendee,
    Finding,
    LegislationItem,
    CapacityAssessment,
    Need,
    NeedFinding,
    Module,
    ModuleNeed,
    Trainee,
    TrainingSession,
    SessionModule,
    Material,
    FollowUpActivity,
    FollowUpNeed,
    Setting,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    OwnKey, // the database's key pair for field packages
    Peer, // a known sender or recipient of field packages
    FieldChange, // a value a field package's merge replaced
    RecordAlias, // the id of a record combined into another, kept resolvable
    Programme,
    ProgrammeTeam, // a stakeholder in a programme's core team
    ProgrammeEvent,
    MissionSite,
    MissionPredecessor, // a mission another took over from
    Count
};
static_assert(int(RecordKind::Count) <= 64, "RecordKinds holds 64 kinds");

class RecordKinds
{
public:
    constexpr RecordKinds() = default;
    constexpr RecordKinds(RecordKind kind) // NOLINT: a kind is a set of one
        : m_bits(bit(kind))
    {
    }
    constexpr RecordKinds(std::initializer_list<RecordKind> kinds)
    {
        for (RecordKind kind : kinds)
            m_bits |= bit(kind);
    }
    static constexpr RecordKinds all()
    {
        return fromBits((quint64(1) << int(RecordKind::Count)) - 1);
    }

    constexpr bool contains(RecordKind kind) const { return (m_bits & bit(kind)) != 0; }
    // True when this set and `other` share a kind.
    constexpr bool intersects(RecordKinds other) const { return (m_bits & other.m_bits) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr quint64 bits() const { return m_bits; }

    constexpr RecordKinds operator|(RecordKinds other) const
    {
        return fromBits(m_bits | other.m_bits);
    }
    constexpr RecordKinds &operator|=(RecordKinds other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    constexpr bool operator==(const RecordKinds &) const = default;

private:
    static constexpr quint64 bit(RecordKind kind) { return quint64(1) << int(kind); }
    static constexpr RecordKinds fromBits(quint64 bits)
    {
        RecordKinds kinds;
        kinds.m_bits = bits;
        return kinds;
    }
    quint64 m_bits = 0;
};

constexpr RecordKinds operator|(RecordKind a, RecordKind b)
{
    return RecordKinds(a) | RecordKinds(b);
}

namespace RecordKindTables {
// The table that holds a kind, and the kind a table holds (RecordKind::Count for none). For db/
// only: no table name leaves it.
QLatin1String tableOf(RecordKind kind);
RecordKind kindOf(QLatin1String table);
// The tables of field package exchanges (this database's id, each peer's last shared states, the
// packages imported, the fields a redacted package withheld): bookkeeping that holds no record
// and refreshes no screen.
bool isExchangeBookkeeping(QLatin1String table);
} // namespace RecordKindTables
