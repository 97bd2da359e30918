#pragma once

#include "api/ParseReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace simfleet {

// One page of a list answer.
//  - `items`: the rows that could be parsed (dropped rows are in `problems`).
//  - `count`: the server's `count` (rows it sent in this page); when absent, the
//    number of entries in the items array *before* dropping, so that "short page
//    means last page" paging logic is not fooled by dropped rows.
//  - `allCount`: `all_count` when the server sent it (lists); reports send none.
template <typename T> struct ListPage {
    QVector<T> items;
    qint64 count = 0;
    std::optional<qint64> allCount;
    ParseProblems problems;
};

namespace PageParsing {

// Where a page's rows are, wherever the server put them.
struct Frame {
    QJsonArray items;
    qint64 count = 0;
    std::optional<qint64> allCount;
};

// Reads `items` / `count` / `all_count` from the top level (sim, group, user,
// bill lists) or, failing that, from `result` (reports). An `items` object with
// numeric keys (PHP's encoding of a sparse array) is read as an array in key
// order; `null` is an empty page; anything else is reported.
Frame readFrame(const QJsonObject& body, ParseProblems* problems);

// "<what> at index <i> dropped: <reason>"
QString droppedMessage(QLatin1String what, qsizetype index, const QString& reason);

// Parses every object of `array` with `fromJson(const QJsonObject&, QString* problem)
// -> std::optional<T>`; non-objects and rejected rows are dropped and reported.
template <typename T, typename FromJson>
QVector<T> parseObjects(const QJsonArray& array, QLatin1String what, ParseProblems* problems,
                        FromJson&& fromJson) {
    QVector<T> out;
    out.reserve(array.size());
    QString problem;
    const qsizetype size = array.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            if (problems)
                problems->add(droppedMessage(what, i, QStringLiteral("not an object")));
            continue;
        }
        problem.clear();
        std::optional<T> item = fromJson(value.toObject(), &problem);
        if (item)
            out.append(std::move(*item));
        else if (problems)
            problems->add(droppedMessage(what, i, problem));
    }
    return out;
}

// A page of T parsed from a list answer with `parseArray(const QJsonArray&,
// ParseProblems*) -> QVector<T>`.
template <typename T, typename ParseArray>
ListPage<T> parsePage(const QJsonObject& body, ParseArray&& parseArray) {
    ListPage<T> page;
    const Frame frame = readFrame(body, &page.problems);
    page.items = parseArray(frame.items, &page.problems);
    page.count = frame.count;
    page.allCount = frame.allCount;
    return page;
}

} // namespace PageParsing

} // namespace simfleet
