#pragma once

#include "app/cli/OptionParser.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace simfleet {

class Invocation;
struct Bill;

// `bills download --all`: every bill of the account (all pages), or those of
// --from-period YYYY-MM on, their invoices (PDF), transcripts (XLSX) or both,
// into the folder --out (created when missing). Names are the desktop app's
// (BillFileName), files are written as its downloads are (BillDownloads: a
// failed, cancelled or interrupted download leaves no file). Existing files
// are skipped unless --overwrite. A progress line on stderr, a summary (or
// --json) on stdout.
class BillBatchDownload final {
    Q_DECLARE_TR_FUNCTIONS(BillBatchDownload)

public:
    // The options only `--all` takes.
    static QList<OptionSpec> options();
    // Refuses the --all options when --all is not given (one bill, --id).
    static void refuseWithoutAll(OptionValues& options);
    static void run(Invocation& inv);
    // "YYYY-MM" as year * 12 + month - 1; nullopt when not a valid month.
    static std::optional<int> monthFromOption(const QString& text);
    // A bill's period as shown ("MM.YYYY") the same way; nullopt otherwise.
    static std::optional<int> monthFromPeriod(const QString& periodText);

private:
    struct Batch;
    // Which files to download and which to skip.
    static void plan(Invocation& inv, Batch& batch, const QVector<Bill>& bills);
    static void start(Invocation& inv, const std::shared_ptr<Batch>& batch);
    static void summarise(Invocation& inv, const Batch& batch);
};

} // namespace simfleet
