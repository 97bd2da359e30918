#pragma once

#include "api/ListPage.h"
#include "api/ParseReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace simfleet {

struct Group {
    qint64 id = 0;
    QString name;
    std::optional<QDateTime> added; // absent inside a Sim

    // nullopt + *problem when `id` is missing or not a positive integer.
    static std::optional<Group> fromJson(const QJsonObject& o, QString* problem = nullptr);
    QJsonObject toJson() const;
};

bool operator==(const Group& a, const Group& b);
inline bool operator!=(const Group& a, const Group& b) {
    return !(a == b);
}

QVector<Group> parseGroups(const QJsonArray& array, ParseProblems* problems);
// `group/list` answer: count, all_count, items.
ListPage<Group> parseGroupPage(const QJsonObject& body);

} // namespace simfleet
