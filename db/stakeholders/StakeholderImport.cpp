#include "StakeholderImport.h"
#include "SearchFilterModel.h"

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

// Accepts a value's code ("police_senior"), its English label or its label in the language in
// use, ignoring case and diacritics.
template<typename E> std::optional<E> parseEnum(const QString &text)
{
    const QString wanted = SearchFilterModel::fold(text.trimmed());
    for (const auto &entry : enumEntries<E>()) {
        const QString code = QString::fromLatin1(entry.code);
        if (wanted == code || wanted == SearchFilterModel::fold(QString::fromLatin1(entry.label))
            || wanted == SearchFilterModel::fold(enumLabel(entry.value))
            || wanted == SearchFilterModel::fold(code).replace(u'_', u' '))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E> QString choices()
{
    QStringList labels;
    for (const E value : enumValues<E>())
        labels.append(enumLabel(value));
    return labels.join(QStringLiteral(", "));
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

StakeholderImport::Result StakeholderImport::prepare(const Csv::Document &document, bool hasHeader,
                                                     const QHash<QString, int> &mapping)
{
    Result result;
    for (qsizetype i = hasHeader ? 1 : 0; i < document.rows.size(); ++i) {
        const Csv::Row &row = document.rows.at(i);
        auto value = [&](const char *key) {
            const int column = mapping.value(QLatin1String(key), -1);
            return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed()
                                                             : QString();
        };
        QStringList problems;
        Stakeholder s;
        s.name = value("name");
        s.organisation = value("organisation");
        s.email = value("email");
        s.phone = value("phone");
        s.address = value("address");
        s.notes = value("notes");
        s.kind = StakeholderKind::Person;
        // "Not rated", as this program's own CSV export writes an empty rating, in English or in
        // the language it runs in.
        auto notRated = [](const QString &text) {
            return text.compare(Stakeholder::ratingText(0), Qt::CaseInsensitive) == 0
                || text.compare(QLatin1String("Not rated"), Qt::CaseInsensitive) == 0;
        };
        if (notRated(value("attitude")))
            s.attitude = std::nullopt;
        auto enumField = [&](const char *key, const QString &label, auto &target, auto parsed,
                             const QString &allowed) {
            const QString text = value(key);
            if (text.isEmpty() || notRated(text))
                return;
            if (parsed)
                target = *parsed;
            else
                problems.append(tr("%1 \"%2\" is not one of: %3.").arg(label, text, allowed));
        };
        enumField("kind", tr("Kind"), s.kind, parseEnum<StakeholderKind>(value("kind")),
                  choices<StakeholderKind>());
        enumField("type", tr("Type"), s.type, parseEnum<StakeholderType>(value("type")),
                  choices<StakeholderType>());
        enumField("sex", tr("Sex"), s.sex, parseEnum<Sex>(value("sex")), choices<Sex>());
        enumField("attitude", tr("Attitude"), s.attitude, parseEnum<Attitude>(value("attitude")),
                  choices<Attitude>());
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
        for (const FieldError &error : s.validate())
            problems.append(error.message);
        if (problems.isEmpty()) {
            result.ready.append({row.line, s, value("role")});
        } else {
            for (const QString &message : std::as_const(problems))
                result.problems.append({row.line, message});
        }
    }
    return result;
}
