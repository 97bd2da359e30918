#pragma once

#include "api/Sim.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/SimSequence.h"

#include <QDate>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

class QLocale;
class QThread;

namespace simfleet {

struct ExportRequest {
    enum class Format { Csv, Xlsx };
    // Comma: ',' between fields and '.' in numbers (English spreadsheets).
    // Semicolon: ';' between fields and ',' in numbers (Russian Excel).
    enum class CsvSeparator { Comma, Semicolon };

    QString path;
    Format format = Format::Csv;
    SimSequence sims; // the filtered set or the selection, in display order
    CsvSeparator separator = CsvSeparator::Comma;
};

// Writes SIMs to a CSV or XLSX file with a fixed set of columns (Column), so an
// export always has the same shape whatever the table shows.
//
// CSV: UTF-8 with BOM (Excel needs it to read UTF-8), RFC 4180 quoting, CRLF
// line ends; ',' with decimal points or ';' with decimal commas (the request's
// separator). ICCIDs and phone numbers are written as plain text, as every
// program reading CSV expects; a spreadsheet may show them as numbers, which
// is why XLSX is offered for Excel. Other text starting with = + - @ gets a
// leading apostrophe so spreadsheets never evaluate it as a formula.
// XLSX (XlsxSheetWriter, libxlsxwriter): one sheet with set column widths, a
// bold frozen header row and an autofilter; ICCIDs and numbers are text cells;
// rows stream out in constant memory, a million SIMs included.
//
// The target file is replaced only when the export completes (QSaveFile, or a
// temporary file renamed over it): failure or cancellation leaves it untouched.
// Errors say what happened and what to do (disk full, no permission, ...).
class FleetExporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetExporter)

public:
    enum class Column {
        Iccid,
        Number,
        ExternalNumber,
        Name,
        Profile,
        Status,
        Balance,
        Currency,
        Msu,
        LimitType,
        LimitMb,
        UsedMb,
        Tariff,
        PackageAutoRenew,
        TariffChangeLockedUntil, // the date (yyyy-MM-dd, local time)
        Groups,                  // names joined with ", "
        Comment,
    };
    static constexpr int kColumnCount = int(Column::Comment) + 1;
    // Progress is reported every this many rows.
    static constexpr int kProgressStep = 1000;

    using ProgressFunction = std::function<bool(int done, int total)>;

    explicit FleetExporter(QObject* parent = nullptr);
    // Cancels a running export and waits for it to stop.
    ~FleetExporter() override;

    static QString columnTitle(Column column);
    static QStringList columnTitles();
    // Xlsx for a ".xlsx" file name (any case), Csv otherwise.
    static ExportRequest::Format formatForPath(const QString& path);
    // The separator spreadsheets of `locale` expect: ';' where numbers are
    // written with a decimal comma, ',' otherwise.
    static ExportRequest::CsvSeparator defaultSeparator(const QLocale& locale);
    // "sims-blocked-msu-2026-12-03.csv": the filter as an ASCII slug and the
    // date; "sims-2026-12-03.csv" with no filter. `groupName` names
    // filter.groupId when known; `selection`: the selected SIMs are exported.
    static QString suggestedFileName(const FleetFilter& filter, const QDate& date,
                                     ExportRequest::Format format, const QString& groupName = {},
                                     bool selection = false);

    // Runs the export in a worker thread. Returns false (and does nothing) while
    // another export runs.
    bool start(ExportRequest request);
    // Stops the running export; finished(false, ...) follows and no file is written.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The export itself, in the calling thread. `progress` is called with
    // (0, total), every kProgressStep rows and with (total, total) before the
    // file is committed; returning false cancels. On failure returns false and
    // sets *error (translated).
    static bool exportNow(const ExportRequest& request, QString* error,
                          const ProgressFunction& progress = {});

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString& error);

private:
    void onWorkerFinished();

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    // Written by the worker; read only after it has finished.
    bool m_workerOk = false;
    QString m_workerError;
};

} // namespace simfleet
