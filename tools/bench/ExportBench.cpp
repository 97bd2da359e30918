#include "tools/bench/ExportBench.h"

#include "models/export/FleetExporter.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/MetricSink.h"

#include "tests/support/TestTemporaryDir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace simfleet {

using namespace BenchSupport;

namespace {

// Resets the kernel's peak resident set (VmHWM) to the current one.
bool resetPeakResident() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// VmHWM from /proc/self/status, in bytes; 0 when unreadable.
qint64 peakResidentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace

bool measureXlsxExport(const SimSequence& sims, MetricSink* sink, QString* error) {
    TestTemporaryDir directory;
    if (!directory.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(directory.errorString());
        return false;
    }
    ExportRequest request;
    request.path = directory.filePath(QStringLiteral("fleet.xlsx"));
    request.format = ExportRequest::Format::Xlsx;
    request.sims = sims; // shared, not copied
    const qint64 before = settledResidentBytes();
    const bool peakKnown = resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    if (!FleetExporter::exportNow(request, error))
        return false;
    sink->report(QStringLiteral("export_xlsx_ms"), elapsedMs(timer), QStringLiteral("ms"));
    sink->report(QStringLiteral("export_xlsx_mb"), bytesToMb(QFileInfo(request.path).size()),
                 QStringLiteral("MB"));
    if (peakKnown)
        sink->report(QStringLiteral("export_xlsx_peak_mb"),
                     bytesToMb(qMax<qint64>(0, peakResidentBytes() - before)),
                     QStringLiteral("MB"));
    return true;
}

} // namespace simfleet
