#pragma once

#include "Stakeholder.h"
#include "TableModel.h"

class Database;

// A row of the stakeholder list: what it shows, sorts and filters on, and nothing more. It takes
// about 110 bytes before its name, where a whole Stakeholder takes 270 and its id as text 100
// more; an editor reads the whole record by its id.
struct StakeholderRow
{
    // The list's fields that another organisation's redacted handover withheld and that are
    // still empty here (Stakeholder::withheld).
    enum Withheld : quint8 {
        NameWithheld = 1,
        PowerWithheld = 2,
        InterestWithheld = 4,
        AttitudeWithheld = 8,
        TrustWithheld = 16,
    };

    StakeholderRow() = default;
    explicit StakeholderRow(const Stakeholder &s);

    CompactId id;
    QString name;
    QString organisation;
    StakeholderType type = StakeholderType::CivilSociety;
    std::optional<Attitude> attitude;
    qint8 power = 0; // 0: not rated
    qint8 interest = 0;
    qint8 trust = 0;
    bool nameProtected = false;
    quint8 withheld = 0; // Withheld flags

    bool placed() const { return power > 0 && interest > 0; }
    Quadrant quadrant() const { return quadrantFor(power, interest); }
    // As Stakeholder's: protected names hidden, a withheld rating shown as withheld.
    QString displayName() const;
    QString ratingShown(int rating, Withheld field) const;
    QString attitudeShown() const;
};

// Stakeholders across missions. Protected names show as "Protected (type)". A row holds what the
// list shows and filters on only (StakeholderRow): no contact details or notes.
class StakeholderTableModel : public TableModel<StakeholderRow>
{
    Q_OBJECT

public:
    explicit StakeholderTableModel(Database &db, QObject *parent = nullptr);
    void reload();

private:
    Database &m_db;
};
