#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace simfleet {

// How long a test waits for an answer from the loopback emulator before failing.
constexpr int kAnswerTimeoutMs = 10000;

// QCOMPARE prints kinds by name instead of "<unknown>" (found by ADL).
char* toString(ApiError::Kind kind);

// "kind http=.. code=.. message=.. detail=.." for failure messages.
QByteArray describe(const ApiError& error);

// Collects the typed result a service hands to its callback. The state is shared
// with the callback, so an answer that arrives after a failed test does not touch
// a destroyed object.
template <typename T> class Outcome final {
public:
    std::function<void(const Result<T>&)> sink() const {
        return [state = m_state](const Result<T>& result) {
            state->result = result;
            ++state->calls;
        };
    }
    bool wait(int timeoutMs = kAnswerTimeoutMs) const {
        return QTest::qWaitFor([state = m_state] { return state->calls > 0; }, timeoutMs);
    }
    bool arrived() const { return m_state->calls > 0; }
    int calls() const { return m_state->calls; }
    const Result<T>& result() const { return *m_state->result; }
    const T& value() const { return m_state->result->value; }
    const ApiError& error() const { return m_state->result->error; }

private:
    struct State {
        std::optional<Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Records what an ApiCall reported when it finished (the call deletes itself
// right after), and how many times finished() was emitted.
class CallWatch final {
public:
    CallWatch() = default;
    explicit CallWatch(ApiCall* call) { watch(call); }
    void watch(ApiCall* call);
    bool wait(int timeoutMs = kAnswerTimeoutMs) const;
    bool finished() const { return m_state->finishedCount > 0; }
    int finishedCount() const { return m_state->finishedCount; }
    const ApiError& error() const { return m_state->error; }
    int attempts() const { return m_state->attempts; }
    QJsonObject envelope() const { return m_state->envelope; }
    // The answer's bytes as they came (postRaw calls leave envelope() empty).
    QByteArray rawBody() const { return m_state->rawBody; }
    QString destination() const { return m_state->destination; }

private:
    struct State {
        int finishedCount = 0;
        ApiError error;
        int attempts = 0;
        QJsonObject envelope;
        QByteArray rawBody;
        QString destination;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// QVERIFY2 helper: fails with the error's description when the result is an error.
#define API_VERIFY_OK(outcome)                                                                     \
    QVERIFY2((outcome).result().ok(), describe((outcome).error()).constData())

} // namespace simfleet
