#pragma once

#include <QHash>
#include <QString>

// Words people's contact lists use for the values of a stakeholder's choice columns, in English
// and French (the languages the app ships), beyond the app's own codes and labels.
namespace ImportSynonyms {

// Folded word -> the value's code, for "kind", "type", "sex" or "attitude"; empty for another.
const QHash<QString, QString> &forField(const QString &field);
// Whether a type as the file spells it (folded) names an organisation rather than a person's
// place in one: "international organisation", "NGO", "consultancy".
bool namesAnOrganisation(const QString &foldedType);

} // namespace ImportSynonyms
