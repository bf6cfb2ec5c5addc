#include "IndicatorForms.h"
#include "Clock.h"
#include "Dates.h"
#include "IndicatorProgress.h"
#include "Palette.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StageSummaries.h"

#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>

QWidget *IndicatorForms::indicators()
{
    auto *box = new QSplitter(Qt::Vertical, m_parent);
    box->setObjectName(QStringLiteral("indicatorsTab"));
    auto selected = std::make_shared<QString>();
    RecordListPanel *top = indicatorList();
    RecordListPanel *values = valueList(selected);
    RecordListPanel *targets = targetList(selected);
    // The selected indicator's measured values beside its intermediate targets.
    auto *below = new QSplitter(Qt::Horizontal, box);
    below->addWidget(values);
    below->addWidget(targets);
    below->setStretchFactor(0, 1);
    below->setStretchFactor(1, 1);
    box->addWidget(top);
    box->addWidget(below);
    box->setFocusProxy(top);
    box->setStretchFactor(0, 3);
    box->setStretchFactor(1, 2);
    const auto follow = [top, values, targets, selected] {
        *selected = top->currentId();
        for (RecordListPanel *panel : {values, targets}) {
            panel->reload();
            panel->addAction()->setEnabled(!selected->isEmpty());
        }
    };
    QObject::connect(top->view()->selectionModel(), &QItemSelectionModel::currentChanged, values,
                     follow);
    QObject::connect(top->view()->model(), &QAbstractItemModel::modelReset, values, follow);
    follow();
    return box;
}

RecordListPanel *IndicatorForms::indicatorList()
{
    ListSpec<Indicator> spec;
    spec.name = QStringLiteral("indicatorList");
    spec.title = tr("Indicators");
    spec.addTitle = tr("Add Indicator");
    spec.editTitle = tr("Edit Indicator");
    using I = Indicator;
    const QString missionId = m_missionId;
    Database &db = m_db;
    // Statuses are computed with the values and thresholds as the list is read.
    auto statuses = std::make_shared<QHash<QString, IndicatorStatus>>();
    const auto number = [](double v) { return QLocale().toString(v, 'g', 10); };
    spec.columns = {
        {[] { return tr("Indicator"); }, [](const I &i) { return i.name; }},
        ListSpec<I>::Column([] { return tr("Level"); },
                            [](const I &i) { return enumLabel(i.level); })
            .sortBy([](const I &i) { return static_cast<int>(i.level); }),
        {[] { return tr("Unit"); }, [](const I &i) { return i.unit; }},
        ListSpec<I>::Column([] { return tr("Baseline"); },
                            [number](const I &i) { return number(i.baseline); })
            .sortBy([](const I &i) { return i.baseline; })
            .centred(),
        ListSpec<I>::Column([] { return tr("Target"); },
                            [number](const I &i) { return number(i.target); })
            .sortBy([](const I &i) { return i.target; })
            .centred(),
        ListSpec<I>::Column(
            [] { return tr("Due by now"); },
            [statuses, number](const I &i) {
                const IndicatorStatus st = statuses->value(i.meta.id);
                return st.due ? tr("%1 by %2").arg(number(st.due->value), isoDate(st.due->date))
                              : QString();
            })
            .decorated([statuses](const I &i) {
                // Behind the intermediate target due: the amber mark, whatever the RAG says.
                return statuses->value(i.meta.id).behindDue() ? QVariant(Palette::rag(Rag::Amber))
                                                              : QVariant();
            })
            .centred(),
        ListSpec<I>::Column([] { return tr("Latest"); },
                            [statuses, number](const I &i) {
                                const IndicatorStatus st = statuses->value(i.meta.id);
                                return st.current
                                    ? tr("%1 (%2)").arg(number(*st.current), isoDate(st.asOf))
                                    : QString();
                            })
            .centred(),
        ListSpec<I>::Column([] { return tr("Achievement"); },
                            [statuses](const I &i) {
                                const IndicatorStatus st = statuses->value(i.meta.id);
                                return st.achievement
                                    ? QVariant(tr("%1 %").arg(std::lround(*st.achievement)))
                                    : QVariant();
                            })
            .sortBy([statuses](const I &i) {
                return statuses->value(i.meta.id).achievement.value_or(-1e9);
            })
            .centred(),
        ListSpec<I>::Column([] { return tr("Status"); },
                            [statuses](const I &i) {
                                const auto rag = statuses->value(i.meta.id).rag;
                                return rag ? enumLabel(*rag) : tr("No value yet");
                            })
            .decorated([statuses](const I &i) {
                const auto rag = statuses->value(i.meta.id).rag;
                if (!rag)
                    return QVariant();
                return QVariant(Palette::rag(*rag));
            }),
    };
    spec.load = [&db, missionId, statuses] {
        QList<I> rows;
        statuses->clear();
        for (const IndicatorLine &line : indicatorLines(db, missionId)) {
            rows.append(line.indicator);
            statuses->insert(line.indicator.meta.id, line.status);
        }
        return rows;
    };
    spec.blank = [missionId] {
        I i;
        i.missionId = missionId;
        i.target = 100;
        return i;
    };
    spec.form = [](RecordEditor<I> &f) {
        f.addText(QStringLiteral("name"), tr("&Indicator:"), &I::name,
                  tr("e.g. Share of incident reports recording the bias motive"));
        f.addChoice(QStringLiteral("level"), tr("&Level:"), &I::level);
        f.addText(QStringLiteral("unit"), tr("&Unit:"), &I::unit, tr("e.g. %, officers"));
        f.addDecimal(QStringLiteral("baseline"), tr("&Baseline:"), &I::baseline);
        f.addDecimal(QStringLiteral("target"), tr("&Target:"), &I::target);
        f.addLongText(QStringLiteral("notes"), tr("&Notes:"), &I::notes,
                      tr("Source of the data, how it is measured…"));
        f.addNote(tr("Achievement = (latest - baseline) ÷ (target - baseline). A rise in "
                     "recorded hate crime can mean better recording, not more crime."));
    };
    spec.describe = [](const I &i) { return tr("the indicator \"%1\"").arg(i.name); };
    spec.summary = [statuses](const QList<I> &rows) {
        return StageSummaries::indicators(rows, *statuses);
    };
    spec.kinds = {RecordKind::Indicator, RecordKind::IndicatorValue, RecordKind::IndicatorTarget,
                  RecordKind::Setting};
    return list(spec);
}

RecordListPanel *IndicatorForms::valueList(std::shared_ptr<QString> selected)
{
    ListSpec<IndicatorValue> spec;
    spec.name = QStringLiteral("indicatorValues");
    spec.title = tr("Values of the selected indicator");
    spec.addTitle = tr("Add Value");
    spec.editTitle = tr("Edit Value");
    using V = IndicatorValue;
    const auto count = [](const std::optional<int> &n) { return n ? QVariant(*n) : QVariant(); };
    spec.columns = {
        {[] { return tr("Date"); }, [](const V &v) { return isoDate(v.date); }},
        ListSpec<V>::Column([] { return tr("Value"); },
                            [](const V &v) { return QLocale().toString(v.value, 'g', 10); })
            .sortBy([](const V &v) { return v.value; })
            .centred(),
        ListSpec<V>::Column([] { return tr("Women"); },
                            [count](const V &v) { return count(v.female); })
            .centred(),
        ListSpec<V>::Column([] { return tr("Men"); }, [count](const V &v) { return count(v.male); })
            .centred(),
    };
    Database &db = m_db;
    spec.load = [&db, selected] {
        return selected->isEmpty() ? QList<V>() : MissionRecords<V>(db).forOwner(*selected);
    };
    spec.blank = [selected] {
        V v;
        v.indicatorId = *selected;
        v.date = Clock::today();
        return v;
    };
    spec.form = [](RecordEditor<V> &f) {
        f.addDate(QStringLiteral("date"), tr("&Date:"), &V::date);
        f.addDecimal(QStringLiteral("value"), tr("&Value:"), &V::value);
        f.addOptionalCount(QStringLiteral("female"), tr("&Women (if counted):"), &V::female);
        f.addOptionalCount(QStringLiteral("male"), tr("&Men (if counted):"), &V::male);
    };
    spec.describe = [](const V &v) { return tr("the value of %1").arg(isoDate(v.date)); };
    spec.summary = [](const QList<V> &rows) { return StageSummaries::indicatorValues(rows); };
    spec.kinds = {RecordKind::IndicatorValue};
    return list(spec);
}

RecordListPanel *IndicatorForms::targetList(std::shared_ptr<QString> selected)
{
    ListSpec<IndicatorTarget> spec;
    spec.name = QStringLiteral("indicatorTargets");
    spec.title = tr("Intermediate targets");
    spec.addTitle = tr("Add Intermediate Target");
    spec.editTitle = tr("Edit Intermediate Target");
    using T = IndicatorTarget;
    spec.columns = {
        {[] { return tr("By"); }, [](const T &t) { return isoDate(t.date); }},
        ListSpec<T>::Column([] { return tr("Value"); },
                            [](const T &t) { return QLocale().toString(t.value, 'g', 10); })
            .sortBy([](const T &t) { return t.value; })
            .centred(),
    };
    Database &db = m_db;
    spec.load = [&db, selected] {
        return selected->isEmpty() ? QList<T>() : MissionRecords<T>(db).forOwner(*selected);
    };
    spec.blank = [selected] {
        T t;
        t.indicatorId = *selected;
        t.date = Clock::today();
        return t;
    };
    spec.form = [](RecordEditor<T> &f) {
        f.addDate(QStringLiteral("date"), tr("&By:"), &T::date);
        f.addDecimal(QStringLiteral("value"), tr("&Value:"), &T::value);
        f.addNote(tr("The value the indicator should have reached by that date, on the way to its "
                     "target. The dashboard marks the one due by today."));
    };
    spec.describe = [](const T &t) {
        return tr("the intermediate target of %1").arg(isoDate(t.date));
    };
    spec.summary = [](const QList<T> &rows) {
        return StageSummaries::indicatorTargets(rows, Clock::today());
    };
    spec.kinds = {RecordKind::IndicatorTarget};
    return list(spec);
}
