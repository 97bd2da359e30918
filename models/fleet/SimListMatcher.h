#pragma once

#include "api/Sim.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace simfleet {

// Finds SIMs from a pasted or imported list of ICCIDs, phone numbers or ids
// (clipboard text, .txt or .csv), so the fleet table can select them and list
// the entries that matched nothing.
class SimListMatcher final {
    Q_DECLARE_TR_FUNCTIONS(SimListMatcher)

public:
    SimListMatcher() = delete;

    static constexpr qint64 kMaxFileBytes = qint64(20) * 1024 * 1024;

    struct MatchResult {
        QVector<int> rows;    // indexes into the SIMs, ascending, unique
        QStringList notFound; // entries that matched no SIM, in input order
    };

    // An entry naming a SIM by its id: "id:1042". Bare numbers never match
    // ids (a number or ICCID could pick the wrong SIM); ids come from an id
    // column of a CSV with a header, or are written with this prefix.
    static constexpr QLatin1StringView kIdPrefix{"id:"};

    // A CSV with a header row naming an ICCID, number (or external number) or
    // id column — in English or Russian, any case, as SimFleet's export writes
    // them — is read by those columns only (quotes, separators inside quotes
    // and ="..." wrappers handled); id cells become "id:<n>" entries.
    // Anything else is a plain list: split on newlines, commas, semicolons,
    // tabs and spaces. Strips quotes, ="..." wrappers, byte order marks and
    // the '+' of phone numbers. A field that is one phone number or ICCID
    // written in digit groups ("+7 701 123-45-67", "8997 0123 4567 8901 234")
    // stays one entry, digits only. Drops empty entries and repeats (first one
    // wins), and a first line that is a header of other columns (words, no
    // number-like token).
    static QStringList parseEntries(const QString& text);

    // Reads a text file (UTF-8 with or without BOM, UTF-16 with BOM, otherwise
    // Latin-1) of at most kMaxFileBytes and parses it. On failure returns an
    // empty list and sets *error (translated).
    static QStringList readFile(const QString& path, QString* error);

    // An entry matches a SIM by ICCID (case-insensitive), by number or external
    // number comparing digits only ("+7 701 123-45-67" matches "77011234567",
    // and so does the local form "8 701 123-45-67"), or, written "id:<n>", by
    // id only. One entry may match several SIMs. O(SIMs + entries).
    static MatchResult match(const QVector<Sim>& sims, const QStringList& entries);
};

} // namespace simfleet
