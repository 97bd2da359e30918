#include "api/QueueCallback.h"

#include "api/JsonRead.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

int toCount(const QJsonValue& value) {
    const std::optional<qint64> n = JsonRead::toInt(value);
    if (!n || *n < 0)
        return 0;
    return static_cast<int>(std::min<qint64>(*n, std::numeric_limits<int>::max()));
}

std::optional<int> toPercentage(const QJsonValue& value) {
    const std::optional<double> d = JsonRead::toDouble(value);
    if (!d)
        return std::nullopt;
    return qRound(std::clamp(*d, 0.0, 100.0));
}

QueueCallback::Author readAuthor(const QJsonObject& u) {
    QueueCallback::Author author;
    author.id = JsonRead::toInt(u.value("id"_L1)).value_or(0);
    author.firstName = JsonRead::toString(u.value("first_name"_L1));
    author.lastName = JsonRead::toString(u.value("last_name"_L1));
    author.companyId = JsonRead::toInt(u.value("company_id"_L1)).value_or(0);
    return author;
}

} // namespace

bool QueueCallback::validateUrl(const QUrl& url, QString* why) {
    auto fail = [why](const char* text) {
        if (why)
            *why = QCoreApplication::translate("QueueCallback", text);
        return false;
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(QT_TRANSLATE_NOOP("QueueCallback",
                                      "Enter a full https:// address, or leave it empty."));
    if (scheme == QLatin1String("https"))
        return true;
    const QString host = url.host();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (!address.isNull() && address.isLoopback()))
        return true;
    return fail(QT_TRANSLATE_NOOP("QueueCallback",
                                  "The callback address must start with https://: the provider "
                                  "sends job progress with SIM data to it. Plain http:// is only "
                                  "allowed for this computer (localhost, 127.0.0.1)."));
}

std::optional<QueueCallback> QueueCallback::fromJson(const QJsonObject& o,
                                                     ParseProblems* problems) {
    const QJsonValue qid = o.value("qid"_L1);
    QString queueId =
        (qid.isString() || qid.isDouble()) ? JsonRead::toString(qid).trimmed() : QString();
    if (queueId.isEmpty()) {
        if (problems)
            problems->add(QStringLiteral("queue callback dropped: no qid"));
        return std::nullopt;
    }

    QueueCallback callback;
    callback.queueId = std::move(queueId);
    callback.added = JsonRead::toUnixTime(o.value("added"_L1));
    callback.queue = JsonRead::toString(o.value("queue"_L1));
    callback.handler = JsonRead::toString(o.value("handler"_L1));
    callback.items = parseSims(o.value("items"_L1).toArray(), problems);
    callback.user = readAuthor(o.value("user"_L1).toObject());

    const QJsonObject status = o.value("status"_L1).toObject();
    callback.count = toCount(status.value("count"_L1));
    callback.processed = toCount(status.value("process"_L1));
    if (const std::optional<int> percentage = toPercentage(status.value("percentage"_L1)))
        callback.percentage = *percentage;
    else if (callback.count > 0)
        callback.percentage = static_cast<int>(
            std::min<qint64>(100, qint64(callback.processed) * 100 / callback.count));
    return callback;
}

} // namespace simfleet
