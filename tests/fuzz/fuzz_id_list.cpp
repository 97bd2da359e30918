// A pasted or imported list of SIMs (SimListMatcher): clipboard text, a .txt
// or a .csv file (with a header naming ICCID, number or id columns, quotes,
// ="..." wrappers, byte order marks, UTF-16), then matched against a fleet.
#include "models/fleet/SimListMatcher.h"
#include "tests/fuzz/ScratchFiles.h"

#include <QSet>

using namespace simfleet;

namespace {

const QVector<Sim>& fleet() {
    static const QVector<Sim> sims = [] {
        QVector<Sim> out;
        for (int i = 0; i < 4; ++i) {
            Sim sim;
            sim.id = 100001 + i;
            sim.iccid = QStringLiteral("899701100000000000%1").arg(i);
            sim.number = QStringLiteral("7701000000%1").arg(i);
            sim.externalNumber = i % 2 ? QStringLiteral("882160000000%1").arg(i) : QString();
            out.append(sim);
        }
        return out;
    }();
    return sims;
}

void matchAndCheck(const QStringList& entries) {
    fuzz::check(QSet<QString>(entries.begin(), entries.end()).size() == entries.size(),
                "repeated entries kept");
    for (const QString& entry : entries)
        fuzz::check(!entry.trimmed().isEmpty(), "an empty entry kept");
    const SimListMatcher::MatchResult result = SimListMatcher::match(fleet(), entries);
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        fuzz::check(result.rows.at(i) >= 0 && result.rows.at(i) < fleet().size(),
                    "a row outside the fleet");
        fuzz::check(i == 0 || result.rows.at(i - 1) < result.rows.at(i),
                    "rows not ascending and unique");
    }
    for (const QString& missing : result.notFound)
        fuzz::check(entries.contains(missing), "a not-found entry that was not given");
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    // Pasted text.
    matchAndCheck(SimListMatcher::parseEntries(QString::fromUtf8(input)));
    // The same bytes as an imported file (its encoding detected).
    QString error;
    const QStringList entries =
        SimListMatcher::readFile(fuzz::writeScratchFile(QStringLiteral("sims.csv"), input), &error);
    fuzz::check(entries.isEmpty() || error.isEmpty(), "entries and an error");
    matchAndCheck(entries);
    return 0;
}
