// The callback listener's handling of one request (CallbackRequest: what
// CallbackListener does with the head libmicrohttpd read and the body), fed
// a raw request without a socket. The input is written like HTTP:
//   METHOD PATH
//   Header: value
//   ...
//   <empty line>
//   body
// The listener's secret here is "fuzz-secret-0123456789", so the accepted
// paths are /callback/fuzz-secret-0123456789 and /notify/fuzz-secret-0123456789.
#include "app/core/CallbackListener.h"
#include "app/core/CallbackRequest.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

namespace {

const QByteArray kCallbackPath = "/callback/fuzz-secret-0123456789";
const QByteArray kNotificationPath = "/notify/fuzz-secret-0123456789";

struct Request {
    CallbackRequest::Head head;
    QByteArray body;
};

Request split(const QByteArray& input) {
    Request request;
    qsizetype end = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = end + 4;
    if (end < 0) {
        end = input.indexOf("\n\n");
        bodyStart = end + 2;
    }
    if (end < 0) {
        end = input.size();
        bodyStart = input.size();
    }
    const QList<QByteArray> lines = input.left(end).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.head.method = start.value(0);
    request.head.url = start.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            request.head.hasTransferEncoding = true;
        else if (name == "content-length")
            request.head.contentLength = value;
        else if (name == "content-type")
            request.head.contentType = value;
    }
    request.body = input.mid(bodyStart);
    return request;
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Request request = split(fuzz::bytes(data, size));
    qint64 contentLength = -1;
    bool notification = false;
    const unsigned refused =
        CallbackRequest::refusal(kCallbackPath, kNotificationPath, request.head,
                                 CallbackListener::kMaxBodyBytes, &contentLength, &notification);
    fuzz::check(refused == 0 || refused == 400 || refused == 404 || refused == 405 ||
                    refused == 411 || refused == 413 || refused == 415,
                "unexpected refusal", QString::number(refused));
    if (refused != 0)
        return 0;
    fuzz::check(request.head.method == "POST", "a method other than POST accepted");
    fuzz::check(request.head.url == kCallbackPath || request.head.url == kNotificationPath,
                "a wrong path accepted");
    fuzz::check(notification == (request.head.url == kNotificationPath), "path mixed up");
    fuzz::check(contentLength >= 0 && contentLength <= CallbackListener::kMaxBodyBytes,
                "announced length out of bounds");
    // The server refuses a body longer than announced; what it hands on is
    // the body read so far.
    const CallbackRequest::Reading reading = CallbackRequest::readBody(request.body, notification);
    fuzz::check(reading.status == 200 || reading.status == 400, "unexpected body status");
    fuzz::check((reading.status == 200) == (notification ? reading.notification.has_value()
                                                         : reading.callback.has_value()),
                "status and result disagree");
    fuzz::check(!(reading.callback && reading.notification), "read as both kinds");
    return 0;
}
