#include "StakeholderImport.h"
#include "ImportSynonyms.h"
#include "SearchFilterModel.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <map>

namespace {

// Header words that name each field, compared after folding case and diacritics.
const QHash<QString, QStringList> &headerWords()
{
    static const QHash<QString, QStringList> words {
        {QStringLiteral("name"),
         {QStringLiteral("name"), QStringLiteral("nom"), QStringLiteral("full name"),
          QStringLiteral("contact")}},
        {QStringLiteral("kind"), {QStringLiteral("kind"), QStringLiteral("nature")}},
        {QStringLiteral("organisation"),
         {QStringLiteral("organisation"), QStringLiteral("organization"), QStringLiteral("org"),
          QStringLiteral("institution"), QStringLiteral("agency")}},
        {QStringLiteral("type"), {QStringLiteral("type"), QStringLiteral("category")}},
        {QStringLiteral("sex"),
         {QStringLiteral("sex"), QStringLiteral("gender"), QStringLiteral("sexe")}},
        {QStringLiteral("power"),
         {QStringLiteral("power"), QStringLiteral("pouvoir"), QStringLiteral("influence")}},
        {QStringLiteral("interest"), {QStringLiteral("interest"), QStringLiteral("interet")}},
        {QStringLiteral("attitude"), {QStringLiteral("attitude"), QStringLiteral("stance")}},
        {QStringLiteral("trust"), {QStringLiteral("trust"), QStringLiteral("confiance")}},
        {QStringLiteral("email"),
         {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("mail"),
          QStringLiteral("courriel")}},
        {QStringLiteral("phone"),
         {QStringLiteral("phone"), QStringLiteral("telephone"), QStringLiteral("tel"),
          QStringLiteral("mobile")}},
        {QStringLiteral("address"), {QStringLiteral("address"), QStringLiteral("adresse")}},
        {QStringLiteral("notes"),
         {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("comments"),
          QStringLiteral("remarques")}},
        {QStringLiteral("role"),
         {QStringLiteral("role"), QStringLiteral("function"), QStringLiteral("fonction")}},
    };
    return words;
}

// The app's own words for a value: its code ("police_senior", or "police senior"), its English
// label or its label in the language in use, folded.
template<typename E> QString ownCode(const QString &wanted)
{
    for (const auto &entry : enumEntries<E>()) {
        const QString code = QString::fromLatin1(entry.code);
        if (wanted == code || wanted == SearchFilterModel::fold(QString::fromLatin1(entry.label))
            || wanted == SearchFilterModel::fold(enumLabel(entry.value))
            || wanted == SearchFilterModel::fold(code).replace(u'_', u' '))
            return code;
    }
    return {};
}

template<typename E> QList<std::pair<QString, QString>> labelled()
{
    QList<std::pair<QString, QString>> list;
    for (const E value : enumValues<E>())
        list.append({enumCode(value), enumLabel(value)});
    return list;
}

// What a folded value means for a choice field: the value's code, or empty when the app does not
// know the word.
QString knownCode(const QString &field, const QString &folded)
{
    QString code;
    if (field == u"kind")
        code = ownCode<StakeholderKind>(folded);
    else if (field == u"type")
        code = ownCode<StakeholderType>(folded);
    else if (field == u"sex")
        code = ownCode<Sex>(folded);
    else if (field == u"attitude")
        code = ownCode<Attitude>(folded);
    return code.isEmpty() ? ImportSynonyms::forField(field).value(folded) : code;
}

// "Not rated", as this program's own CSV export writes an empty rating, in English or in the
// language it runs in.
bool notRated(const QString &text)
{
    return text.compare(Stakeholder::ratingText(0), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Not rated"), Qt::CaseInsensitive) == 0;
}

// The fields a row should have: the header's, or without one those most rows have.
int expectedFields(const Csv::Document &document, bool hasHeader)
{
    if (document.rows.isEmpty())
        return 0;
    if (hasHeader)
        return static_cast<int>(document.rows.constFirst().fields.size());
    QHash<int, int> counts;
    int best = 0;
    int expected = 0;
    for (const Csv::Row &row : document.rows) {
        const int count = ++counts[static_cast<int>(row.fields.size())];
        if (count > best) {
            best = count;
            expected = static_cast<int>(row.fields.size());
        }
    }
    return expected;
}

// Why a row cannot be read like the others, or empty when it can. A field too many is most
// often a separator in a field that is not in quotes, which would shift every field after it:
// the row is shown, never cut to fit. A spreadsheet's empty row (";;;;") is `blank`.
QString shapeProblem(const Csv::Row &row, int expected, bool hasHeader, bool *blank)
{
    *blank = std::all_of(row.fields.cbegin(), row.fields.cend(),
                         [](const QString &field) { return field.trimmed().isEmpty(); });
    if (*blank)
        return {};
    int filled = static_cast<int>(row.fields.size());
    while (filled > expected && row.fields.at(filled - 1).trimmed().isEmpty())
        --filled;
    const int count = static_cast<int>(row.fields.size());
    if (filled > expected)
        return (hasHeader ? StakeholderImport::tr("The row has %1 fields where the header has %2: "
                                                  "probably a separator inside a field that is "
                                                  "not in quotes.")
                          : StakeholderImport::tr("The row has %1 fields where most rows have %2: "
                                                  "probably a separator inside a field that is "
                                                  "not in quotes."))
            .arg(QString::number(filled), QString::number(expected));
    if (count < expected)
        return (hasHeader ? StakeholderImport::tr("The row has %1 fields where the header has %2: "
                                                  "a field is missing.")
                          : StakeholderImport::tr("The row has %1 fields where most rows have %2: "
                                                  "a field is missing."))
            .arg(QString::number(count), QString::number(expected));
    return {};
}

} // namespace

QList<StakeholderImport::Field> StakeholderImport::fields()
{
    return {
        {QStringLiteral("name"), tr("Name"), true},
        {QStringLiteral("kind"), tr("Person or group"), false},
        {QStringLiteral("organisation"), tr("Organisation"), false},
        {QStringLiteral("type"), tr("Type"), false},
        {QStringLiteral("sex"), tr("Sex"), false},
        {QStringLiteral("power"), tr("Power (1-5)"), false},
        {QStringLiteral("interest"), tr("Interest (1-5)"), false},
        {QStringLiteral("attitude"), tr("Attitude"), false},
        {QStringLiteral("trust"), tr("Trust (1-5)"), false},
        {QStringLiteral("email"), tr("E-mail"), false},
        {QStringLiteral("phone"), tr("Phone"), false},
        {QStringLiteral("address"), tr("Address"), false},
        {QStringLiteral("notes"), tr("Notes"), false},
        {QStringLiteral("role"), tr("Role in the mission"), false},
    };
}

QHash<QString, int> StakeholderImport::guessMapping(const QStringList &header)
{
    QHash<QString, int> mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString word = SearchFilterModel::fold(header.at(column).trimmed());
        for (auto it = headerWords().cbegin(); it != headerWords().cend(); ++it) {
            if (!mapping.contains(it.key()) && it.value().contains(word))
                mapping.insert(it.key(), column);
        }
    }
    return mapping;
}

QStringList StakeholderImport::choiceFields()
{
    return {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("sex"),
            QStringLiteral("attitude")};
}

QList<std::pair<QString, QString>> StakeholderImport::choicesFor(const QString &field)
{
    if (field == u"kind")
        return labelled<StakeholderKind>();
    if (field == u"type")
        return labelled<StakeholderType>();
    if (field == u"sex")
        return labelled<Sex>();
    if (field == u"attitude")
        return labelled<Attitude>();
    return {};
}

bool StakeholderImport::canLeaveEmpty(const QString &field)
{
    return field != u"type";
}

QList<int> StakeholderImport::unmappedColumns(const Csv::Document &document, bool hasHeader,
                                              const QHash<QString, int> &mapping)
{
    // A column no field takes, named in the header or holding something in a row.
    const QList<int> taken = mapping.values();
    QList<int> columns;
    const int count = expectedFields(document, hasHeader);
    for (int column = 0; column < count; ++column) {
        if (taken.contains(column))
            continue;
        bool used = hasHeader && column < document.rows.constFirst().fields.size()
            && !document.rows.constFirst().fields.at(column).trimmed().isEmpty();
        for (qsizetype i = hasHeader ? 1 : 0; !used && i < document.rows.size(); ++i) {
            const QStringList &fields = document.rows.at(i).fields;
            used = column < fields.size() && !fields.at(column).trimmed().isEmpty();
        }
        if (used)
            columns.append(column);
    }
    return columns;
}

QString StakeholderImport::columnName(const Csv::Document &document, bool hasHeader, int column)
{
    if (hasHeader && !document.rows.isEmpty() && column < document.rows.constFirst().fields.size()
        && !document.rows.constFirst().fields.at(column).trimmed().isEmpty())
        return document.rows.constFirst().fields.at(column).trimmed();
    return tr("Column %1").arg(column + 1);
}

QList<StakeholderImport::UnknownValue>
StakeholderImport::unknownValues(const Csv::Document &document, const Options &options)
{
    QList<UnknownValue> found;
    const int expected = expectedFields(document, options.hasHeader);
    for (const QString &field : choiceFields()) {
        const int column = options.mapping.value(field, -1);
        if (column < 0 || (field == u"kind" && options.kind != KindRule::FollowData))
            continue;
        std::map<QString, qsizetype> at; // folded value -> its place in `found`
        for (qsizetype i = options.hasHeader ? 1 : 0; i < document.rows.size(); ++i) {
            const Csv::Row &row = document.rows.at(i);
            bool blank = false;
            if (!shapeProblem(row, expected, options.hasHeader, &blank).isEmpty() || blank)
                continue; // its fields are not where the header says
            const QString text =
                column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
            if (text.isEmpty() || notRated(text))
                continue;
            const QString folded = SearchFilterModel::fold(text);
            if (!knownCode(field, folded).isEmpty())
                continue;
            auto place = at.find(folded);
            if (place == at.end()) {
                place = at.emplace(folded, found.size()).first;
                found.append({field, folded, text, 0, row.line});
            }
            ++found[place->second].rows;
        }
    }
    return found;
}

StakeholderImport::Result StakeholderImport::prepare(const Csv::Document &document,
                                                     const Options &options)
{
    Result result;
    const int expected = expectedFields(document, options.hasHeader);
    QList<int> toNotes = options.toNotes;
    std::sort(toNotes.begin(), toNotes.end());
    for (qsizetype i = options.hasHeader ? 1 : 0; i < document.rows.size(); ++i) {
        const Csv::Row &row = document.rows.at(i);
        bool blank = false;
        if (const QString problem = shapeProblem(row, expected, options.hasHeader, &blank);
            !problem.isEmpty()) {
            result.problems.append({row.line, problem});
            continue;
        }
        if (blank)
            continue;
        auto value = [&](const char *key) {
            const int column = options.mapping.value(QLatin1String(key), -1);
            return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed()
                                                             : QString();
        };
        QStringList problems;
        bool skip = false;
        Stakeholder s;
        // What the file does not rate stays "Not rated" rather than taking the editor's middle
        // values, which would place every row in "Manage closely".
        s.power = s.interest = s.trust = 0;
        s.attitude = std::nullopt;
        s.name = value("name");
        s.organisation = value("organisation");
        s.email = value("email");
        s.phone = value("phone");
        s.address = value("address");
        s.notes = value("notes");
        for (const int column : std::as_const(toNotes)) {
            const QString text =
                column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
            if (text.isEmpty())
                continue;
            const QString name = columnName(document, options.hasHeader, column);
            if (!s.notes.isEmpty())
                s.notes.append(u'\n');
            s.notes.append(tr("%1: %2").arg(name, text));
        }
        s.kind = StakeholderKind::Person;
        // A value of a choice field: the app's own word or a synonym, else what the user chose
        // for it. `apply` takes the value's code; `empty` is "leave empty".
        auto choose = [&](const char *key, const QString &label, auto apply, auto empty) {
            const QString text = value(key);
            if (text.isEmpty() || notRated(text))
                return;
            const QString folded = SearchFilterModel::fold(text);
            const QString code = knownCode(QLatin1String(key), folded);
            if (!code.isEmpty()) {
                apply(code);
                return;
            }
            const ValueChoice choice =
                options.values.value(QLatin1String(key)).value(folded, ValueChoice());
            switch (choice.action) {
            case ValueChoice::MapTo:
                apply(choice.code);
                break;
            case ValueChoice::LeaveEmpty:
                empty();
                break;
            case ValueChoice::SkipRow:
                skip = true;
                break;
            case ValueChoice::Unresolved:
                problems.append(tr("%1 \"%2\" is not one the app knows: choose what it means "
                                   "under \"Values\".")
                                    .arg(label, text));
                break;
            }
        };
        bool kindSaid = options.kind != KindRule::FollowData;
        if (options.kind == KindRule::AllGroups)
            s.kind = StakeholderKind::Group;
        else if (!kindSaid)
            choose(
                "kind", tr("Kind"),
                [&](const QString &code) {
                    s.kind = enumFromCode<StakeholderKind>(code).value_or(s.kind);
                    kindSaid = true;
                },
                [] {});
        choose(
            "type", tr("Type"),
            [&](const QString &code) {
                s.type = enumFromCode<StakeholderType>(code).value_or(s.type);
            },
            [] {});
        choose(
            "sex", tr("Sex"),
            [&](const QString &code) { s.sex = enumFromCode<Sex>(code).value_or(s.sex); },
            [&] { s.sex = Sex::NotRecorded; });
        choose(
            "attitude", tr("Attitude"),
            [&](const QString &code) { s.attitude = enumFromCode<Attitude>(code); },
            [&] { s.attitude = std::nullopt; });
        // Person or group from the data: a row with no name but an organisation stands for the
        // organisation, and so does a row named as its organisation, or one whose type names an
        // organisation with no other organisation given.
        bool groupFromData = false;
        if (!kindSaid) {
            const QString name = SearchFilterModel::fold(s.name);
            const QString organisation = SearchFilterModel::fold(s.organisation);
            // The app's own types ("Ministry", "Media") are where a person works; a stated sex
            // is a person's.
            const QString type = SearchFilterModel::fold(value("type"));
            const bool typeNamesOrganisation = !type.isEmpty()
                && ownCode<StakeholderType>(type).isEmpty()
                && ImportSynonyms::namesAnOrganisation(type);
            groupFromData = (name.isEmpty() && !organisation.isEmpty())
                || (s.sex == Sex::NotRecorded && !name.isEmpty()
                    && (name == organisation || (organisation.isEmpty() && typeNamesOrganisation)));
            if (groupFromData)
                s.kind = StakeholderKind::Group;
        }
        if (s.kind == StakeholderKind::Group && s.name.isEmpty())
            s.name = s.organisation;
        auto scale = [&](const char *key, const QString &label, int &target) {
            const QString text = value(key);
            if (text.isEmpty())
                return;
            if (notRated(text)) {
                target = 0;
                return;
            }
            bool ok = false;
            const int number = text.toInt(&ok);
            if (ok)
                target = number; // the range is checked by validate() below
            else
                problems.append(
                    tr("%1 \"%2\" is not a whole number from 1 to 5.").arg(label, text));
        };
        scale("power", tr("Power"), s.power);
        scale("interest", tr("Interest"), s.interest);
        scale("trust", tr("Trust"), s.trust);
        if (skip) {
            ++result.skipped;
            continue;
        }
        for (const FieldError &error : s.validate())
            problems.append(error.message);
        if (problems.isEmpty()) {
            result.ready.append({row.line, s, value("role")});
            if (groupFromData)
                ++result.groupsFromData;
        } else {
            for (const QString &message : std::as_const(problems))
                result.problems.append({row.line, message});
        }
    }
    return result;
}

QString StakeholderImport::headerKey(const QStringList &header)
{
    QStringList folded;
    for (const QString &name : header)
        folded.append(SearchFilterModel::fold(name.simplified()));
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24));
}

QJsonObject StakeholderImport::toJson(const Options &options)
{
    QJsonObject mapping;
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    QJsonObject values;
    for (auto field = options.values.cbegin(); field != options.values.cend(); ++field) {
        QJsonObject chosen;
        for (auto it = field.value().cbegin(); it != field.value().cend(); ++it) {
            // Kept in the user's settings: only what reads as a category, never what looks like
            // an address or a number taken from a column mapped by mistake.
            if (it.key().size() > 60 || it.key().contains(u'@')
                || std::count_if(it.key().cbegin(), it.key().cend(),
                                 [](QChar c) { return c.isDigit(); })
                    > 2)
                continue;
            switch (it.value().action) {
            case ValueChoice::MapTo:
                chosen.insert(it.key(), QStringLiteral("map:") + it.value().code);
                break;
            case ValueChoice::LeaveEmpty:
                chosen.insert(it.key(), QStringLiteral("empty"));
                break;
            case ValueChoice::SkipRow:
                chosen.insert(it.key(), QStringLiteral("skip"));
                break;
            case ValueChoice::Unresolved:
                break;
            }
        }
        if (!chosen.isEmpty())
            values.insert(field.key(), chosen);
    }
    QJsonArray notes;
    for (const int column : options.toNotes)
        notes.append(column);
    const char *kind = options.kind == KindRule::AllPersons ? "persons"
        : options.kind == KindRule::AllGroups               ? "groups"
                                                            : "data";
    return {{QStringLiteral("mapping"), mapping},
            {QStringLiteral("values"), values},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("kind"), QLatin1String(kind)}};
}

StakeholderImport::Options StakeholderImport::fromJson(const QJsonObject &json, int columns)
{
    // Read from the user's settings: anything that does not fit this file is left out.
    Options options;
    QStringList keys;
    for (const Field &field : fields())
        keys.append(field.key);
    const QJsonObject mapping = json.value(QStringLiteral("mapping")).toObject();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const int column = it.value().toInt(-1);
        if (keys.contains(it.key()) && column >= 0 && column < columns)
            options.mapping.insert(it.key(), column);
    }
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (const QString &field : choiceFields()) {
        const QJsonObject chosen = values.value(field).toObject();
        QStringList codes;
        for (const auto &[code, label] : choicesFor(field))
            codes.append(code);
        for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
            const QString text = it.value().toString();
            ValueChoice choice;
            if (text.startsWith(QLatin1String("map:")) && codes.contains(text.mid(4)))
                choice = {ValueChoice::MapTo, text.mid(4)};
            else if (text == u"empty" && canLeaveEmpty(field))
                choice.action = ValueChoice::LeaveEmpty;
            else if (text == u"skip")
                choice.action = ValueChoice::SkipRow;
            if (choice.action != ValueChoice::Unresolved)
                options.values[field].insert(it.key(), choice);
        }
    }
    for (const QJsonValue &column : json.value(QStringLiteral("notes")).toArray()) {
        const int number = column.toInt(-1);
        if (number >= 0 && number < columns && !options.mapping.values().contains(number))
            options.toNotes.append(number);
    }
    const QString kind = json.value(QStringLiteral("kind")).toString();
    options.kind = kind == u"persons" ? KindRule::AllPersons
        : kind == u"groups"           ? KindRule::AllGroups
                                      : KindRule::FollowData;
    return options;
}
