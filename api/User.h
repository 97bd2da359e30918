#pragma once

#include "api/ListPage.h"
#include "api/ParseReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace simfleet {

struct User {
    qint64 id = 0;
    QString firstName, lastName, phone, email;
    bool active = true; // absent/unreadable `active` reads as true
    QString role;       // the raw role code, shown as is for codes other than admin

    // docs/api-notes.md "Decision (roles)": only `admin` (trimmed, any case) is an
    // Administrator; every other code, including an empty one, is read-only.
    bool isAdmin() const;
    // "Ivanov I." when both names are known, else whichever name is known, else
    // the email, the phone, or "#<id>". Not translated (no words in it).
    QString displayName() const;
    // "Ivan Ivanov" (the known parts, trimmed), or displayName() when both are empty.
    QString fullName() const;

    // nullopt + *problem when `id` is missing or not a positive integer.
    static std::optional<User> fromJson(const QJsonObject& o, QString* problem = nullptr);
    QJsonObject toJson() const;
};

bool operator==(const User& a, const User& b);
inline bool operator!=(const User& a, const User& b) {
    return !(a == b);
}

// A user to create (user/create); its body is built by UserService.
struct NewUser {
    QString firstName, lastName, email, phone;
    QString password; // empty: the server generates one
    QString role;     // empty: the server's default (user)
    bool sendCredentials = false;
    QJsonObject toJson() const;
};

// Fields to change on another user (user/edit with id); unset fields are not sent.
struct UserChanges {
    std::optional<QString> firstName, lastName, email, phone, password, role;
    std::optional<bool> active;
    QJsonObject toJson() const;
};

QVector<User> parseUsers(const QJsonArray& array, ParseProblems* problems);
// `user/list` answer: count, all_count, items.
ListPage<User> parseUserPage(const QJsonObject& body);

} // namespace simfleet
