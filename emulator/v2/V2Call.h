#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace novaemu {

// One authenticated api/v2 call as its handler sees it.
struct V2Call {
    QStringList args; // the {placeholders} of the route, in order
    QJsonObject body; // the JSON body ({} when absent)
    QUrlQuery query;  // query parameters (accepted as well as the body)
    QString pathUrl;  // http://127.0.0.1:PORT/api/v2/... without query, for paging links

    // A parameter from the body, else from the query; empty when absent.
    QString param(const QString& name) const {
        const QJsonValue v = body.value(name);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', 0);
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    // A list parameter: a JSON array in the body, else `name[]` / `name` repeated in the query.
    QStringList list(const QString& name) const {
        QStringList values;
        if (body.value(name).isArray()) {
            for (const auto& v : body.value(name).toArray())
                values.append(v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString());
            return values;
        }
        values = query.allQueryItemValues(name + QStringLiteral("[]"), QUrl::FullyDecoded);
        values += query.allQueryItemValues(name, QUrl::FullyDecoded);
        return values;
    }
    bool has(const QString& name) const { return !param(name).isEmpty(); }
};

} // namespace novaemu
