#pragma once

#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class Database;

// A training need found in orientation: what must improve, for whom, how urgently, and the gap
// between the current and the target capacity score (0-4).
struct Need
{
    Q_DECLARE_TR_FUNCTIONS(Need)

public:
    RecordMeta meta;
    QString missionId;
    QString statement;
    QString targetGroup;
    int priority = 2; // 1 high, 2 medium, 3 low
    std::optional<CapacityDimension> dimension;
    int currentScore = -1; // -1: not assessed
    int targetScore = -1;
    int votes = 0;
    QStringList findingIds; // the findings (concerns, challenges...) it came from

    int gap() const;
    FieldErrors validate() const;
    static QString priorityLabel(int priority);
};

// A module of the customised curriculum.
struct TrainingModule
{
    Q_DECLARE_TR_FUNCTIONS(TrainingModule)

public:
    RecordMeta meta;
    QString missionId;
    QString code;
    QString title;
    QString topic;
    ModuleLevel level = ModuleLevel::Core;
    double hours = 0;
    QString objectives;
    QString targetGroup;

    FieldErrors validate() const;
};

class NeedRepository
{
public:
    explicit NeedRepository(Database &db);
    QList<Need> forMission(const QString &missionId) const;
    std::optional<Need> find(const QString &id) const;
    bool save(Need &need, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

private:
    Database &m_db;
};

class ModuleRepository
{
public:
    explicit ModuleRepository(Database &db);
    QList<TrainingModule> forMission(const QString &missionId) const;
    std::optional<TrainingModule> find(const QString &id) const;
    bool save(TrainingModule &module, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

    // How far a module answers a need; nullopt: not at all.
    std::optional<Coverage> coverage(const QString &moduleId, const QString &needId) const;
    bool setCoverage(const QString &moduleId, const QString &needId,
                     std::optional<Coverage> coverage, QString *error = nullptr, bool demo = false);

private:
    Database &m_db;
};

// Needs x modules: which module answers which need, and what is left untraced.
struct Traceability
{
    QList<Need> needs;
    QList<TrainingModule> modules;
    QHash<QPair<QString, QString>, Coverage> cells; // (module id, need id)
    QStringList uncoveredNeeds; // needs no module answers
    QStringList untracedModules; // modules that answer no need

    static Traceability compute(Database &db, const QString &missionId);
    std::optional<Coverage> at(const QString &moduleId, const QString &needId) const;
};
