#pragma once

#include "api/ApiClient.h"
#include "api/ProviderTime.h"

#include <QString>

namespace simfleet {

// The settings a user may change in the Preferences dialog, as plain values.
// A default-constructed Preferences holds the defaults: this is the one place
// they are written (the network ones are the API client's own). Settings
// reads and stores it, the Preferences dialog edits it and the models take
// their initial values from it.
struct Preferences {
    // --- Network (the ApiClient's defaults) ---
    int requestTimeoutSec = ApiClient::kDefaultTransferTimeoutMs / 1000;
    int maxInFlight = ApiClient::kDefaultMaxInFlight;
    // --- Loading the fleet ---
    // Measured 2026-11-23: 100,000 SIMs from simfleet-emulator (separate
    // process, loopback) on a shared 2-core machine, median of 3 loads,
    // ApiClient max in flight 8, sign-in excluded. Time to all rows in the
    // model / longest GUI stall (2 ms heartbeat timer):
    //   page 1000: conc 2  925 ms /19-57 ms, conc 4  1186 ms /32-37 ms
    //   page 2000: conc 3  522 ms*/62 ms,    conc 4  1182 ms /20-49 ms (506 ms*)
    //   page 5000: conc 2  1679 ms /44-63 ms, conc 4 1991 ms /38-53 ms (611 ms*)
    //   (* = a run with the machine less loaded). 5000-row pages stall longer
    // (bigger reply and insert); 1000-row pages pay per-request overhead.
    // Page 2000 with 3 in flight is the best compromise.
    int fleetPageSize = 2000;
    int fleetConcurrency = 3;
    int autoRefreshMinutes = 0; // 0 = off
    // Fleets with more SIMs (all_count) use server-side filter, sort and paging.
    // Local mode keeps up to here: see the README's "A million SIMs".
    int serverSideThreshold = 2000000;
    // --- Bulk operations ---
    int bulkChunkSize = 500;
    int unconfirmedTimeoutMinutes = 15;
    bool callbackListenerEnabled = false;
    int callbackListenerPort = 0; // 0 = any free port
    QString publicCallbackUrl;    // empty = none
    // --- Limits on what the server may send (Network) ---
    int maxAnswerMiB = int(ApiClient::kDefaultMaxAnswerBytes / kMiB);
    int maxDownloadMiB = int(ApiClient::kDefaultMaxDownloadBytes / kMiB);
    int answerDeadlineSec = ApiClient::kDefaultDeadlineMs / 1000;
    // The signed-in account's provider time zone (IANA id, e.g. "Asia/Almaty").
    QString providerTimeZone = QString::fromLatin1(ProviderTime::kDefaultZoneId);
    // --- Look ---
    // "system", "light" or "dark" (Settings keeps only these).
    QString theme = QStringLiteral("system");
    // --- Bulk operations, a provider that changes one SIM per request (the
    // second operator): requests sent per second, and at most this many
    // under way at once. (Last, so that positional initialisers stay valid.)
    int perSimRequestsPerSecond = 10;
    int perSimConcurrency = 4;

    static constexpr qint64 kMiB = qint64(1024) * 1024;
};

} // namespace simfleet
