#pragma once

#include <QString>
#include <QtGlobal>

namespace novaemu {

// Settings of one NovaConnect emulator instance. Everything the fleet looks like follows from
// `sims` and `seed`: the same pair always yields the same SIMs, groups, bills and traffic.
// What happens to the answer of a bulk request the emulator has queued (the job
// runs regardless), to test clients that must not send it again blindly.
enum class AcceptedFault {
    None,
    DropConnection, // the connection is reset instead of answering
    ServerError,    // HTTP 500 with an HTML body
    AnswerLate,     // the answer comes after acceptedFaultDelayMs
};

// Which operator's API one emulator process serves.
enum class ProviderMode {
    NovaConnect, // /api/... (docs/api-notes.md)
    V2,          // only the second operator's /api/v2/... (docs/api-v2-notes.md)
    Both,        // both: the /api/v2/ paths do not collide with NovaConnect's methods
};

struct EmulatorConfig {
    int sims = 2000;  // fleet size (clamped to 0..1'000'000)
    quint32 seed = 1; // deterministic fleet + fault pattern
    QString adminToken = QStringLiteral("demo-admin");
    QString userToken = QStringLiteral("demo-user");
    int queueDelayMs = 1500;    // total time a queued bulk job takes to apply
    int latencyMs = 0;          // added delay before every answer
    double errorRate = 0.0;     // fraction of API requests answered HTTP 500 with an HTML body
    double malformedRate = 0.0; // fraction answered 200 with truncated JSON
    QString journalFile;        // if set, each request is appended as one JSON line
    AcceptedFault acceptedFault = AcceptedFault::None;
    double acceptedFaultRate = 1.0;   // fraction of queued bulk requests it hits
    int acceptedFaultDelayMs = 60000; // AnswerLate: longer than a client's timeout
    // Fraction of bill downloads cut off halfway: the full Content-Length is
    // promised, half the file is sent, then the connection closes.
    double downloadCutRate = 0.0;
    // Fraction of requests (API methods and downloads alike) whose connection
    // is closed without an answer once the request has been handled: what the
    // server did stands, the client only sees its connection end. Its own
    // counter, the rule of the other faults.
    double dropRate = 0.0;
    // company/get: a prepaid company (billing_type 1, a credit balance, no
    // preliminary balance) instead of the default postpaid one.
    bool prepaid = false;
    // Where account notifications go (the address set in the web cabinet);
    // empty: none until set (Emulator::setNotificationUrl, or per request).
    QString notificationUrl;

    // The second operator (api/v2): which API is served, its fleet size (same seed), the demo
    // login pair that POST api/v2/login accepts, and its rate limit (requests per second over
    // all api/v2 calls; 0: none, over it: 429 with Retry-After).
    ProviderMode provider = ProviderMode::NovaConnect;
    int v2Sims = 500;
    QString v2Login = QStringLiteral("demo");
    QString v2Password = QStringLiteral("demo-password");
    int v2RatePerSecond = 0;
};

} // namespace novaemu
