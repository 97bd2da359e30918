#pragma once

#include <QString>
#include <QStringList>

namespace simfleet {

// Problems met while parsing server data that did not stop the parse: rows
// dropped for a missing required key, array entries that are not objects,
// undecodable attachments. Technical English log strings, never shown via tr().
//
// To keep a pathological answer (100,000 broken rows) from costing as much as
// the data itself, only the first kMaxMessages texts are kept; the rest are
// counted in `omitted`.
struct ParseProblems {
    static constexpr qsizetype kMaxMessages = 1000;

    QStringList messages;
    qsizetype omitted = 0;

    void add(const QString& message) {
        if (messages.size() < kMaxMessages)
            messages.append(message);
        else
            ++omitted;
    }
    void merge(const ParseProblems& other) {
        for (const QString& message : other.messages)
            add(message);
        omitted += other.omitted;
    }
    bool isEmpty() const { return messages.isEmpty() && omitted == 0; }
    qsizetype total() const { return messages.size() + omitted; }
};

} // namespace simfleet
