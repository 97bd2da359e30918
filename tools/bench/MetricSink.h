#pragma once

#include <QHash>
#include <QString>

#include <cstdio>

namespace simfleet {

// Prints metrics as JSON lines on stdout, {"metric": .., "value": .., "unit": ..},
// and remembers them for the ratios and targets computed at the end.
class MetricSink final {
public:
    explicit MetricSink(FILE* out = stdout);

    void report(const QString& metric, double value, const QString& unit);
    double value(const QString& metric) const { return m_values.value(metric, 0.0); }
    bool has(const QString& metric) const { return m_values.contains(metric); }
    // Reports `metric` = a / b; a zero denominator counts as the clock's resolution.
    void reportRatio(const QString& metric, const QString& a, const QString& b);
    // Reports a target as 1 (met) or 0 (missed), and logs it on stderr.
    void reportTarget(const QString& metric, bool met, const QString& description);

private:
    FILE* m_out;
    QHash<QString, double> m_values;
};

} // namespace simfleet
