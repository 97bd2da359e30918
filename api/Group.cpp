#include "api/Group.h"

#include "api/JsonRead.h"

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

std::optional<Group> Group::fromJson(const QJsonObject& o, QString* problem) {
    const std::optional<qint64> id = JsonRead::toId(o.value("id"_L1), problem);
    if (!id)
        return std::nullopt;
    Group group;
    group.id = *id;
    group.name = JsonRead::toString(o.value("name"_L1));
    group.added = JsonRead::toUnixTime(o.value("added"_L1));
    return group;
}

QJsonObject Group::toJson() const {
    return QJsonObject{
        {"id"_L1, id}, {"name"_L1, name}, {"added"_L1, JsonRead::fromUnixTime(added)}};
}

bool operator==(const Group& a, const Group& b) {
    return a.id == b.id && a.name == b.name && a.added == b.added;
}

QVector<Group> parseGroups(const QJsonArray& array, ParseProblems* problems) {
    return PageParsing::parseObjects<Group>(array, "Group"_L1, problems, &Group::fromJson);
}

ListPage<Group> parseGroupPage(const QJsonObject& body) {
    return PageParsing::parsePage<Group>(body, parseGroups);
}

} // namespace simfleet
