#pragma once

#include "Sim.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

class QThread;

struct ExportRequest {
    enum class Format { Csv, Xlsx };

    QString path;
    Format format = Format::Csv;
    QVector<Sim> sims; // the filtered set or the selection, in display order
};

// Writes SIMs to a CSV or XLSX file with a fixed set of columns (Column), so an
// export always has the same shape whatever the table shows.
//
// CSV: UTF-8 with BOM (Excel needs it to read UTF-8), comma-separated, RFC 4180
// quoting, CRLF line ends, '.' as the decimal separator. ICCIDs and phone
// numbers are written as ="8997..." — a formula yielding text — because Excel
// and LibreOffice otherwise read them as numbers and round or drop leading
// zeros. Text starting with = + - @ is wrapped the same way so spreadsheets
// never evaluate it as a formula.
// XLSX: one sheet, bold frozen header row; ICCIDs and numbers are text cells.
//
// The target file is replaced only when the export completes (QSaveFile):
// failure or cancellation leaves it untouched.
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
