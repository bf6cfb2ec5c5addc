#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Repository.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
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
    QDate notedOn; // the day it was noted (a workshop's date); empty for needs from before
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

// How each is stored: see Describe.h.
template<> struct Table<Need>
{
    static constexpr const char *name = "needs";
    static constexpr const char *context = "Need";
    static constexpr const char *order = "priority, created_at";
    static constexpr LinkTable link {"need_findings", "need_id", "finding_id"};
    static QStringList &links(Need &n) { return n.findingIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io("statement", r.statement, QT_TRANSLATE_NOOP("Need", "statement"), Field::Required);
        io("target_group", r.targetGroup, QT_TRANSLATE_NOOP("Need", "target group"));
        io("priority", r.priority, QT_TRANSLATE_NOOP("Need", "priority"));
        io("dimension", r.dimension, QT_TRANSLATE_NOOP("Need", "capacity dimension"));
        io("current_score", nullWhen(r.currentScore, -1),
           QT_TRANSLATE_NOOP("Need", "current score"));
        io("target_score", nullWhen(r.targetScore, -1), QT_TRANSLATE_NOOP("Need", "target score"));
        io("votes", r.votes, QT_TRANSLATE_NOOP("Need", "votes"));
        io("noted_on", r.notedOn, QT_TRANSLATE_NOOP("Need", "noted on"));
    }
};

template<> struct Table<TrainingModule>
{
    static constexpr const char *name = "modules";
    static constexpr const char *context = "TrainingModule";
    static constexpr const char *order = "code";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io("code", r.code, QT_TRANSLATE_NOOP("TrainingModule", "code"), Field::Required);
        io("title", r.title, QT_TRANSLATE_NOOP("TrainingModule", "title"), Field::Required);
        io("topic", r.topic, QT_TRANSLATE_NOOP("TrainingModule", "topic"));
        io("level", r.level, QT_TRANSLATE_NOOP("TrainingModule", "level"));
        io("hours", r.hours, QT_TRANSLATE_NOOP("TrainingModule", "hours"));
        io("objectives", r.objectives, QT_TRANSLATE_NOOP("TrainingModule", "objectives"));
        io("target_group", r.targetGroup, QT_TRANSLATE_NOOP("TrainingModule", "target group"));
    }
};

// How far a module answers a need: a row of the needs x modules grid.
struct ModuleNeed
{
    RecordMeta meta;
    QString moduleId;
    QString needId;
    Coverage coverage = Coverage::Full;
};

template<> struct Table<ModuleNeed>
{
    static constexpr const char *name = "module_needs";
    static constexpr const char *context = "ModuleNeed";
    static constexpr const char *order = "created_at";
    static constexpr const char *unique = "module_id,need_id";
    static constexpr const char *owner = "module_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("module_id", r.moduleId);
        io.ref("need_id", r.needId);
        io("coverage", r.coverage, QT_TRANSLATE_NOOP("ModuleNeed", "coverage"));
    }
};

extern template class Repository<Need>;
extern template class Repository<TrainingModule>;
extern template class Repository<ModuleNeed>;

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
