// NovaConnect's answer envelope ({code, message, ...}) and its error answers:
// how ApiError classifies a body for each kind of HTTP status, and the texts
// made from what the server said.
#include "api/ApiError.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body = fuzz::bytes(data, size);
    // A success, a refusal with field errors, rate limiting and a server error.
    for (const int status : {200, 204, 400, 401, 403, 404, 422, 429, 500, 503}) {
        QJsonObject envelope;
        const ApiError error =
            ApiError::fromHttp(QNetworkReply::NoError, {}, status, body, false, &envelope);
        if (status >= 200 && status < 300) {
            // A success hands over the envelope it read, an error none.
            fuzz::check(error.isError() != envelope.contains(QLatin1String("code")),
                        "2xx success and envelope disagree");
        } else {
            fuzz::check(error.isError(), "an HTTP error status read as success");
        }
        // Every text the user or the log may get from it.
        (void)error.title();
        (void)error.userMessage();
        (void)ApiError::kindName(error.kind);
        (void)error.isTransient();
        (void)error.mayHaveBeenApplied();
    }
    return 0;
}
