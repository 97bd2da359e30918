#include "tests/support/ApiTestSupport.h"

namespace simfleet {

char* toString(ApiError::Kind kind) {
    return qstrdup(ApiError::kindName(kind).toUtf8().constData());
}

QByteArray describe(const ApiError& error) {
    return QStringLiteral("%1 http=%2 code=%3 local=%4 message=\"%5\" detail=\"%6\"")
        .arg(ApiError::kindName(error.kind))
        .arg(error.httpStatus)
        .arg(error.apiCode)
        .arg(error.refusedLocally)
        .arg(error.serverMessage, error.detail)
        .toUtf8();
}

void CallWatch::watch(ApiCall* call) {
    QObject::connect(call, &ApiCall::finished, call, [state = m_state, call] {
        ++state->finishedCount;
        state->error = call->error();
        state->attempts = call->attempts();
        state->envelope = call->envelope();
        state->rawBody = call->rawBody();
        state->destination = call->destination();
    });
}

bool CallWatch::wait(int timeoutMs) const {
    return QTest::qWaitFor([state = m_state] { return state->finishedCount > 0; }, timeoutMs);
}

} // namespace simfleet
