// Reading the gazetteer's JSON Lines, one actor a line, with errors that name the line an editor has to fix.
#include "entities/gazetteer.h"

#include "entities/textnormaliser.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSet>

namespace dossier {

namespace {

bool isSlug(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool allowed
            = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

bool isWikidataId(const QString &id)
{
    if (id.size() < 2 || id.at(0) != u'Q')
        return false;
    for (qsizetype i = 1; i < id.size(); ++i) {
        if (id.at(i) < u'0' || id.at(i) > u'9')
            return false;
    }
    return true;
}

// Adds the forms not already present, compared by key, keeping the first spelling seen.
void addForms(QStringList &forms, QSet<QString> &keys, const QStringList &candidates)
{
    for (const QString &form : candidates) {
        const QString key = TextNormaliser::key(form);
        if (key.isEmpty() || keys.contains(key))
            continue;
        keys.insert(key);
        forms.append(form);
    }
}

QSet<QString> keysOf(const QStringList &forms)
{
    QSet<QString> keys;
    for (const QString &form : forms)
        keys.insert(TextNormaliser::key(form));
    return keys;
}

} // namespace

// One line's object into an actor; on failure, what is wrong with it (without the line number).
class GazetteerLine
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Gazetteer)

public:
    static std::optional<GazetteerActor> read(const QJsonObject &object, QString *problem);

private:
    // The forms of an object {"fr": [...], "en": [...]}, languages in the order Qt keeps them (sorted by code).
    static std::optional<QStringList> forms(const QJsonObject &object, const QString &field, QString *problem);
};

std::optional<QStringList> GazetteerLine::forms(const QJsonObject &object, const QString &field, QString *problem)
{
    QStringList result;
    const QJsonValue value = object.value(field);
    if (!value.isObject()) {
        *problem = tr("\"%1\" must be an object of language codes to lists of names.").arg(field);
        return std::nullopt;
    }
    const QJsonObject byLanguage = value.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!it.value().isArray()) {
            *problem = tr("\"%1\" of language \"%2\" must be a list of names.").arg(field, it.key());
            return std::nullopt;
        }
        for (const QJsonValue &entry : it.value().toArray()) {
            if (!entry.isString() || TextNormaliser::key(entry.toString()).isEmpty()) {
                *problem = tr("\"%1\" of language \"%2\" holds an entry that is not a name.").arg(field, it.key());
                return std::nullopt;
            }
            result.append(entry.toString().trimmed());
        }
    }
    return result;
}

std::optional<GazetteerActor> GazetteerLine::read(const QJsonObject &object, QString *problem)
{
    GazetteerActor actor;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isUndefined()) {
        *problem = tr("the \"id\" is missing.");
        return std::nullopt;
    }
    if (!id.isString() || !isSlug(id.toString())) {
        *problem = tr("the \"id\" must be made of lower-case letters, digits, hyphens, underscores and dots.");
        return std::nullopt;
    }
    actor.key = id.toString();

    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *problem = tr("the \"name\" is missing or empty.");
        return std::nullopt;
    }
    actor.name = name.toString().trimmed();

    const QJsonValue type = object.value(QLatin1String("type"));
    const std::optional<ActorType> actorType = type.isString() ? actorTypeFromName(type.toString()) : std::nullopt;
    if (!actorType) {
        *problem = tr("the \"type\" must be one of person, organization, place, group.");
        return std::nullopt;
    }
    actor.type = *actorType;

    const QJsonValue wikidata = object.value(QLatin1String("wikidata"));
    if (!wikidata.isUndefined() && !wikidata.isNull()) {
        if (!wikidata.isString() || (!wikidata.toString().isEmpty() && !isWikidataId(wikidata.toString()))) {
            *problem = tr("the \"wikidata\" id must look like Q7747.");
            return std::nullopt;
        }
        actor.wikidataId = wikidata.toString();
    }

    if (!object.contains(QLatin1String("aliases"))) {
        *problem = tr("the \"aliases\" are missing.");
        return std::nullopt;
    }
    const std::optional<QStringList> aliases = forms(object, QStringLiteral("aliases"), problem);
    if (!aliases)
        return std::nullopt;
    QSet<QString> aliasKeys;
    addForms(actor.aliases, aliasKeys, QStringList{actor.name});
    addForms(actor.aliases, aliasKeys, *aliases);

    if (object.contains(QLatin1String("demonyms"))) {
        const std::optional<QStringList> demonyms = forms(object, QStringLiteral("demonyms"), problem);
        if (!demonyms)
            return std::nullopt;
        QSet<QString> demonymKeys;
        addForms(actor.demonyms, demonymKeys, *demonyms);
    }
    return actor;
}

std::optional<Gazetteer> Gazetteer::parse(const QByteArray &jsonLines, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Gazetteer> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    Gazetteer gazetteer;
    QHash<QString, int> lineOfKey;
    QByteArray text = jsonLines;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("Line %1 is not valid JSON: %2 at character %3.")
                            .arg(lineNumber)
                            .arg(parseError.errorString())
                            .arg(parseError.offset + 1));
        if (!document.isObject())
            return fail(tr("Line %1 is not a JSON object.").arg(lineNumber));
        QString problem;
        std::optional<GazetteerActor> actor = GazetteerLine::read(document.object(), &problem);
        if (!actor)
            return fail(tr("Line %1: %2").arg(lineNumber).arg(problem));
        if (const auto seen = lineOfKey.constFind(actor->key); seen != lineOfKey.constEnd())
            return fail(tr("Line %1: the id \"%2\" is already used on line %3.")
                            .arg(lineNumber)
                            .arg(actor->key)
                            .arg(seen.value()));
        lineOfKey.insert(actor->key, lineNumber);
        gazetteer.m_actors.append(std::move(*actor));
    }
    return gazetteer;
}

std::optional<Gazetteer> Gazetteer::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open the gazetteer %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<Gazetteer> gazetteer = parse(file.readAll(), &parseError);
    if (!gazetteer && error)
        *error = tr("%1: %2").arg(path, parseError);
    return gazetteer;
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer gazetteer = [] {
        QString error;
        std::optional<Gazetteer> loaded = read(QStringLiteral(":/dossier/gazetteer/actors.jsonl"), &error);
        if (!loaded) {
            qCritical("The built-in gazetteer cannot be read: %s", qUtf8Printable(error));
            return Gazetteer();
        }
        return std::move(*loaded);
    }();
    return gazetteer;
}

void Gazetteer::overlay(const Gazetteer &other)
{
    for (const GazetteerActor &incoming : other.m_actors) {
        GazetteerActor *existing = nullptr;
        for (GazetteerActor &actor : m_actors) {
            if (actor.key == incoming.key) {
                existing = &actor;
                break;
            }
        }
        if (!existing) {
            m_actors.append(incoming);
            continue;
        }
        existing->name = incoming.name;
        existing->type = incoming.type;
        if (!incoming.wikidataId.isEmpty())
            existing->wikidataId = incoming.wikidataId;
        QSet<QString> aliasKeys = keysOf(existing->aliases);
        addForms(existing->aliases, aliasKeys, incoming.aliases);
        QSet<QString> demonymKeys = keysOf(existing->demonyms);
        addForms(existing->demonyms, demonymKeys, incoming.demonyms);
    }
}

const GazetteerActor *Gazetteer::actor(const QString &key) const
{
    for (const GazetteerActor &candidate : m_actors) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace dossier
