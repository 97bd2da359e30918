#include "tools/bench/MetricSink.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <cmath>

namespace simfleet {

namespace {

QByteArray jsonString(const QString& text) {
    // A one-element array is the simplest way to get QJsonDocument's escaping.
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

MetricSink::MetricSink(FILE* out)
    : m_out(out) {}

void MetricSink::report(const QString& metric, double value, const QString& unit) {
    if (!std::isfinite(value))
        value = 0; // JSON has no NaN or infinity; the inputs are clamped, this is a guard
    m_values.insert(metric, value);
    const QByteArray number = QByteArray::number(value, 'f', value == std::floor(value) ? 0 : 3);
    std::fprintf(m_out, "{\"metric\": %s, \"value\": %s, \"unit\": %s}\n",
                 jsonString(metric).constData(), number.constData(), jsonString(unit).constData());
    std::fflush(m_out);
}

void MetricSink::reportRatio(const QString& metric, const QString& a, const QString& b) {
    constexpr double kResolution = 1e-6; // QElapsedTimer nanoseconds, in ms
    report(metric, value(a) / std::max(value(b), kResolution), QStringLiteral("ratio"));
}

void MetricSink::reportTarget(const QString& metric, bool met, const QString& description) {
    report(metric, met ? 1 : 0, QStringLiteral("bool"));
    std::fprintf(stderr, "target %-28s %s  (%s)\n", qPrintable(metric), met ? "PASS" : "FAIL",
                 qPrintable(description));
}

} // namespace simfleet
