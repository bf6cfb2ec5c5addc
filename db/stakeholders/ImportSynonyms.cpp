#include "ImportSynonyms.h"
#include "SearchFilterModel.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

struct Words
{
    const char *code;
    const char *words; // separated by "|", as people write them (folded when read)
};

QHash<QString, QString> folded(std::initializer_list<Words> table)
{
    QHash<QString, QString> map;
    for (const Words &entry : table) {
        const QStringList words = QString::fromUtf8(entry.words).split(u'|');
        for (const QString &word : words)
            map.insert(SearchFilterModel::fold(word), QString::fromLatin1(entry.code));
    }
    return map;
}

} // namespace

const QHash<QString, QString> &ImportSynonyms::forField(const QString &field)
{
    static const QHash<QString, QString> kind = folded({
        {"person", "person|individual|private person|personne|individu|particulier"},
        {"group",
         "group|organisation|organization|institution|body|entity|groupe|entité|"
         "collectif|structure"},
    });
    static const QHash<QString, QString> type = folded({
        {"ministry",
         "ministry|government|ministry of interior|ministry of justice|"
         "public authority|administration|municipality|local government|ministère|"
         "gouvernement|ministère de l'intérieur|autorité publique|mairie|"
         "collectivité locale|préfecture"},
        {"police_senior",
         "senior police|police senior|police command|police leadership|"
         "police management|police chief|commandement|"
         "commandement de la police|direction de la police|"
         "hiérarchie policière|chef de la police"},
        {"police_front_line",
         "police|police officer|police officers|front line|frontline|"
         "front-line police|police front line|law enforcement|policier|"
         "policiers|police de terrain|gendarmerie|gendarme"},
        {"academy",
         "academy|police academy|training|trainer|trainers|training institution|"
         "training centre|training center|académie|académie de police|"
         "école de police|formation|formateur|formateurs|centre de formation"},
        {"judiciary",
         "judiciary|justice|prosecution|prosecutor|prosecutors|"
         "prosecutor's office|court|courts|judge|judges|magistrate|parquet|"
         "procureur|tribunal|magistrat|ministère public|judiciaire|juge"},
        {"civil_society",
         "ngo|ngos|civil society|civil society organisation|"
         "civil society organization|cso|csos|association|charity|"
         "non-governmental organisation|non-governmental organization|"
         "non governmental organisation|ong|société civile|"
         "organisation de la société civile|osc|"
         "organisation non gouvernementale"},
        {"affected_community",
         "community|communities|affected community|community leader|"
         "community organisation|community organization|community group|"
         "organisation communautaire|association communautaire|"
         "victim|victims|victim group|communauté|communauté affectée|"
         "victime|victimes"},
        {"international",
         "international|international organisation|"
         "international organization|io|igo|"
         "intergovernmental organisation|intergovernmental organization|"
         "donor|donors|embassy|un agency|organisation internationale|"
         "organisation intergouvernementale|bailleur|bailleur de fonds|"
         "donateur|ambassade|agence des nations unies"},
        {"other_mission",
         "mission|other mission|field mission|partner mission|autre mission|"
         "mission partenaire|mission de terrain"},
        {"media",
         "press|journalist|journalists|newspaper|tv|television|radio|médias|presse|"
         "journaliste|journalistes|journal|télévision"},
    });
    static const QHash<QString, QString> sex = folded({
        {"female", "f|female|woman|women|w|fem|femme|féminin|feminine"},
        {"male", "m|male|man|men|masc|homme|h|masculin|masculine"},
        {"other", "other|non-binary|non binary|nonbinary|x|diverse|autre|non binaire|divers"},
        {"not_recorded",
         "unknown|not known|n/a|na|prefer not to say|not stated|not specified|"
         "-|?|inconnu|non renseigné|non précisé|ne souhaite pas répondre"},
    });
    static const QHash<QString, QString> attitude = folded({
        {"blocker",
         "blocking|opponent|opposed|hostile|against|bloqueur|opposant|opposé|"
         "bloquant"},
        {"sceptic",
         "skeptic|sceptical|skeptical|doubtful|hesitant|reluctant|sceptique|"
         "réticent|hésitant|dubitatif"},
        {"neutral", "undecided|indifferent|neutre|indécis"},
        {"supporter",
         "supportive|support|ally|positive|favourable|favorable|soutien|allié|"
         "positif|partisan"},
        {"champion",
         "advocate|promoter|strong supporter|driver|moteur|porteur|défenseur|"
         "fervent soutien"},
    });
    static const QHash<QString, QString> none;
    if (field == u"kind")
        return kind;
    if (field == u"type")
        return type;
    if (field == u"sex")
        return sex;
    if (field == u"attitude")
        return attitude;
    return none;
}

bool ImportSynonyms::namesAnOrganisation(const QString &foldedType)
{
    static const QStringList words = [] {
        QStringList list;
        for (const QString &word :
             QString::fromUtf8("organisation|organization|ngo|ong|agency|agence|institution|"
                               "association|ministry|ministère|company|consultancy|consulting|"
                               "firm|entreprise|société|cabinet|embassy|ambassade|donor|bailleur|"
                               "foundation|fondation|office|bureau|media|médias|network|réseau|"
                               "centre|center|group|groupe|body|authority|autorité|council|"
                               "conseil|committee|comité")
                 .split(u'|'))
            list.append(SearchFilterModel::fold(word));
        return list;
    }();
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList typed = foldedType.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : typed) {
        if (words.contains(word))
            return true;
    }
    return false;
}
