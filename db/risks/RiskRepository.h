#pragma once

#include "Repository.h"
#include "Risk.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;
class QSqlDatabase;
class QSqlError;

// The risk register. Saving a risk whose likelihood, impact or residual values changed records a
// re-assessment in its history, in the same transaction.
class RiskRepository
{
public:
    explicit RiskRepository(Database &db);

    QList<Risk> all() const;
    // Every live risk with what the Risks list shows and filters on, one at a time (no
    // description, treatment, mitigation or consequence, no times): the editor reads the whole
    // risk with find().
    void eachListed(const std::function<void(const Risk &)> &each) const;
    QList<Risk> forMission(const QString &missionId) const;
    // A programme's own risks and those of its missions.
    QList<Risk> forProgramme(const QString &programmeId) const;
    std::optional<Risk> find(const QString &id) const;
    int count() const;

    bool save(Risk &risk, QString *error = nullptr, const QDateTime &asOf = {});
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

    QList<RiskAssessment> history(const QString &riskId) const;

    // What the portfolio lists as overdue, with only what the list shows: the open risks whose
    // review date has passed, then the actions not done whose due date has passed, of open risks
    // (at most `limit` of each, each oldest first). Read from the indexes of open risks by review
    // date and of actions not done by due date, with no whole risk read.
    struct OverdueWork
    {
        QString riskId;
        QDate due;
        QString action; // empty: the risk's review
        QString riskTitle;
        QString missionId; // empty: a risk of the portfolio or of a programme
        QString missionCode; // empty when the mission was deleted
        QString owner; // the risk's owner for a review, the action's for an action
    };
    QList<OverdueWork> overdueWork(const QDate &today, int limit = 500) const;
    // The same on `connection`, in any thread: false, with SQLite's error, when it failed.
    static bool readOverdueWork(const QSqlDatabase &connection, const QDate &today, int limit,
                                QList<OverdueWork> &work, QSqlError *error = nullptr);

private:
    Database &m_db;
};

extern template class Repository<Risk>;
extern template class Repository<RiskAssessment>;
