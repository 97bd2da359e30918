#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace simfleet {

class Invocation;

// The SIMs a bulk action targets: --ids 1,2,3 and/or --ids-file F, where each
// entry is a SIM id or an ICCID. ICCIDs are looked up in the fleet; an entry
// that matches no SIM stops the command before anything is sent.
class SimSelection final {
    Q_DECLARE_TR_FUNCTIONS(SimSelection)

public:
    static constexpr int kMinIccidDigits = 18;

    // The entries of --ids and --ids-file, or nullopt after ending the command
    // (unreadable file: exit 1; no entries: exit 2).
    static std::optional<QStringList> entries(Invocation& inv);
    // One entry per line; blank lines and everything after '#' are ignored.
    static QStringList parseIdsFile(const QString& contents);
    static bool looksLikeIccid(const QString& entry);

    // Calls `next` with the SIM ids (in the given order, each once), or ends
    // the command with a usage error listing the entries that match no SIM.
    static void resolve(Invocation& inv, const QStringList& entries,
                        const std::function<void(const QVector<qint64>&)>& next);

private:
    static void failUnknown(Invocation& inv, const QStringList& unknown);
};

} // namespace simfleet
