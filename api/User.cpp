#include "api/User.h"

#include "api/JsonRead.h"

#include <QStringView>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

// The first user-perceived letter, keeping a surrogate pair together.
QString initial(QStringView name) {
    if (name.isEmpty())
        return QString();
    const qsizetype length = name.front().isHighSurrogate() && name.size() > 1 ? 2 : 1;
    return name.left(length).toString().toUpper();
}

} // namespace

bool User::isAdmin() const {
    return QStringView(role).trimmed().compare(u"admin", Qt::CaseInsensitive) == 0;
}

QString User::displayName() const {
    const QStringView first = QStringView(firstName).trimmed();
    const QStringView last = QStringView(lastName).trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        return last.toString() + u' ' + initial(first) + u'.';
    if (!last.isEmpty())
        return last.toString();
    if (!first.isEmpty())
        return first.toString();
    const QStringView mail = QStringView(email).trimmed();
    if (!mail.isEmpty())
        return mail.toString();
    const QStringView tel = QStringView(phone).trimmed();
    if (!tel.isEmpty())
        return tel.toString();
    return u'#' + QString::number(id);
}

QString User::fullName() const {
    const QStringView first = QStringView(firstName).trimmed();
    const QStringView last = QStringView(lastName).trimmed();
    if (first.isEmpty() && last.isEmpty())
        return displayName();
    if (first.isEmpty())
        return last.toString();
    if (last.isEmpty())
        return first.toString();
    return first.toString() + u' ' + last.toString();
}

std::optional<User> User::fromJson(const QJsonObject& o, QString* problem) {
    const std::optional<qint64> id = JsonRead::toId(o.value("id"_L1), problem);
    if (!id)
        return std::nullopt;
    User user;
    user.id = *id;
    user.firstName = JsonRead::toString(o.value("first_name"_L1));
    user.lastName = JsonRead::toString(o.value("last_name"_L1));
    user.phone = JsonRead::toString(o.value("phone"_L1));
    user.email = JsonRead::toString(o.value("email"_L1));
    user.active = JsonRead::toBool(o.value("active"_L1)).value_or(true);
    user.role = JsonRead::toString(o.value("role"_L1));
    return user;
}

QJsonObject User::toJson() const {
    return QJsonObject{
        {"id"_L1, id},       {"first_name"_L1, firstName}, {"last_name"_L1, lastName},
        {"phone"_L1, phone}, {"email"_L1, email},          {"active"_L1, active},
        {"role"_L1, role}};
}

bool operator==(const User& a, const User& b) {
    return a.id == b.id && a.firstName == b.firstName && a.lastName == b.lastName &&
           a.phone == b.phone && a.email == b.email && a.active == b.active && a.role == b.role;
}

QVector<User> parseUsers(const QJsonArray& array, ParseProblems* problems) {
    return PageParsing::parseObjects<User>(array, "User"_L1, problems, &User::fromJson);
}

ListPage<User> parseUserPage(const QJsonObject& body) {
    return PageParsing::parsePage<User>(body, parseUsers);
}

} // namespace simfleet
