#pragma once

#include "Repository.h"
#include "Risk.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;

// The risk register. Saving a risk whose likelihood, impact or residual values changed records a
// re-assessment in its history, in the same transaction.
class RiskRepository
{
public:
    explicit RiskRepository(Database &db);

    QList<Risk> all() const;
    // Every live risk with what the Risks list shows and filters on (its description for the
    // tooltip; no treatment, mitigation or consequence, no times): the editor reads the whole
    // risk with find().
    QList<Risk> listed() const;
    QList<Risk> forMission(const QString &missionId) const;
    // A programme's own risks and those of its missions.
    QList<Risk> forProgramme(const QString &programmeId) const;
    std::optional<Risk> find(const QString &id) const;
    int count() const;

    bool save(Risk &risk, QString *error = nullptr, const QDateTime &asOf = {});
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

    QList<RiskAssessment> history(const QString &riskId) const;

    // Open risks whose review date has passed, oldest first (at most `limit`).
    QList<Risk> overdueReviews(const QDate &today, int limit = 500) const;
    // Actions not done whose due date has passed, of open risks, oldest first (at most `limit`).
    QList<RiskAction> overdueActions(const QDate &today, int limit = 500) const;

private:
    Database &m_db;
};

extern template class Repository<Risk>;
extern template class Repository<RiskAssessment>;
