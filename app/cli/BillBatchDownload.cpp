#include "app/cli/BillBatchDownload.h"

#include "api/AccountService.h"
#include "api/Bill.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Format.h"
#include "app/cli/InterruptWatch.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/cli/ProviderZone.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace simfleet {

namespace {

enum class Status { Saved, Skipped, Failed, NotDownloaded };

struct PlannedFile {
    qint64 billId = 0;
    bool transcript = false;
    QString path;
    Status status = Status::NotDownloaded;
    ApiError error;
};

} // namespace

// What one run keeps between the list, the downloads and the summary.
struct BillBatchDownload::Batch {
    QDir folder;
    bool invoices = true;
    bool transcripts = false;
    bool overwrite = false;
    std::optional<int> fromMonth;
    QTimeZone providerZone;
    QVector<PlannedFile> files;
    QVector<int> toDownload; // indexes into files, in BillDownloads' order
    BillDownloads* downloads = nullptr;
    InterruptWatch* interrupts = nullptr;
};

namespace {

QString statusName(Status status) {
    switch (status) {
    case Status::Saved:
        return QStringLiteral("saved");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NotDownloaded:
        break;
    }
    return QStringLiteral("not_downloaded");
}

} // namespace

QList<OptionSpec> BillBatchDownload::options() {
    return {{"all", nullptr,
             QT_TRANSLATE_NOOP("CliHelp", "Every bill of the account (all pages) instead of "
                                          "one; needs --out")},
            {"from-period", "YYYY-MM",
             QT_TRANSLATE_NOOP("CliHelp", "With --all: only bills of this month's period and "
                                          "later")},
            {"both", nullptr,
             QT_TRANSLATE_NOOP("CliHelp", "With --all: the invoice and the transcript of each "
                                          "bill")},
            {"out", "DIR",
             QT_TRANSLATE_NOOP("CliHelp", "With --all: the folder to save into (created when "
                                          "missing); files are named as the desktop app names "
                                          "them")},
            {"overwrite", nullptr,
             QT_TRANSLATE_NOOP("CliHelp", "With --all: replace files that exist already "
                                          "(default: skip them)")}};
}

void BillBatchDownload::refuseWithoutAll(OptionValues& options) {
    for (const char* name : {"from-period", "both", "out", "overwrite"}) {
        if (options.isSet(name)) {
            options.fail(name == QLatin1String("out")
                             ? tr("--out goes with --all; for one bill (--id) use --output.")
                             : tr("--%1 goes with --all.").arg(QLatin1String(name)));
            return;
        }
    }
}

std::optional<int> BillBatchDownload::monthFromOption(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return year * 12 + month - 1;
}

std::optional<int> BillBatchDownload::monthFromPeriod(const QString& periodText) {
    static const QRegularExpression form(QStringLiteral("^(\\d{2})\\.(\\d{4})$"));
    const QRegularExpressionMatch match = form.match(periodText.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.captured(1).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return match.captured(2).toInt() * 12 + month - 1;
}

void BillBatchDownload::run(Invocation& inv) {
    OptionValues& options = inv.options();
    auto batch = std::make_shared<Batch>();
    if (options.isSet("id"))
        options.fail(tr("Give either --id N (one bill) or --all (every bill), not both."));
    if (options.isSet("transcript") && options.isSet("both"))
        options.fail(tr("Give either --transcript or --both, not both."));
    if (options.isSet("output"))
        options.fail(tr("--output is for one bill (--id); with --all, --out names the folder."));
    const QString out = options.text("out").trimmed();
    if (out.isEmpty())
        options.fail(tr("--all needs --out DIR: the folder to save the files in."));
    if (options.isSet("from-period")) {
        const QString text = options.text("from-period");
        batch->fromMonth = monthFromOption(text);
        if (!batch->fromMonth)
            options.fail(tr("--from-period takes a month as YYYY-MM (for example 2026-03), not "
                            "\"%1\".")
                             .arg(text));
    }
    const std::optional<QTimeZone> providerZone = ProviderZone::of(inv);
    if (!inv.optionsOk() || !providerZone)
        return;
    batch->providerZone = *providerZone;
    batch->transcripts = options.isSet("transcript") || options.isSet("both");
    batch->invoices = !options.isSet("transcript");
    batch->overwrite = options.isSet("overwrite");

    const QFileInfo folderInfo(out);
    if (folderInfo.exists() && !folderInfo.isDir()) {
        inv.fail(ApiError::localFile(QDir::toNativeSeparators(folderInfo.absoluteFilePath()),
                                     tr("it is a file, not a folder")));
        return;
    }
    batch->folder = QDir(folderInfo.absoluteFilePath());

    Invocation* invocation = &inv;
    BillService(inv.client())
        .fetchAll(&inv,
                  inv.onSuccess<ListPage<Bill>>([invocation, batch](const ListPage<Bill>& page) {
                      // Created once there is something to put in it.
                      const QString folder = batch->folder.absolutePath();
                      if (!QDir().mkpath(folder)) {
                          invocation->fail(ApiError::localFile(QDir::toNativeSeparators(folder),
                                                               tr("the folder cannot be created")));
                          return;
                      }
                      plan(*invocation, *batch, page.items);
                      start(*invocation, batch);
                  }));
}

void BillBatchDownload::plan(Invocation& inv, Batch& batch, const QVector<Bill>& bills) {
    QSet<QString> planned;
    for (const Bill& bill : bills) {
        const QString period = bill.periodText(batch.providerZone);
        if (batch.fromMonth) {
            const std::optional<int> month = monthFromPeriod(period);
            if (!month) {
                inv.out().warning(tr("Bill %1 left out: its period \"%2\" is not a month, so it "
                                     "cannot be compared with --from-period.")
                                      .arg(bill.id)
                                      .arg(period));
                continue;
            }
            if (*month < *batch.fromMonth)
                continue;
        }
        for (const bool transcript : {false, true}) {
            if ((transcript && !batch.transcripts) || (!transcript && !batch.invoices))
                continue;
            PlannedFile file;
            file.billId = bill.id;
            file.transcript = transcript;
            file.path = batch.folder.filePath(BillFileName::forBill(bill, period, transcript));
            if (planned.contains(file.path)) {
                // Two bills of one number and period: the first keeps the name.
                file.status = Status::Skipped;
                inv.out().warning(tr("Skipped bill %1: its file name %2 is that of another "
                                     "bill's file.")
                                      .arg(bill.id)
                                      .arg(QFileInfo(file.path).fileName()));
            } else if (QFileInfo::exists(file.path) && !batch.overwrite) {
                file.status = Status::Skipped;
                inv.out().warning(tr("Skipped %1: it exists already (--overwrite replaces it).")
                                      .arg(QFileInfo(file.path).fileName()));
            } else {
                batch.toDownload.append(int(batch.files.size()));
            }
            planned.insert(file.path);
            batch.files.append(file);
        }
    }
}

void BillBatchDownload::start(Invocation& inv, const std::shared_ptr<Batch>& batch) {
    if (batch->toDownload.isEmpty()) {
        summarise(inv, *batch);
        return;
    }
    QVector<BillDownloads::File> files;
    for (int index : std::as_const(batch->toDownload)) {
        const PlannedFile& file = batch->files.at(index);
        files.append({file.billId, file.transcript, file.path});
    }
    batch->downloads = new BillDownloads(inv.client(), &inv);
    batch->interrupts = new InterruptWatch(&inv);
    Invocation* invocation = &inv;
    BillDownloads* downloads = batch->downloads;
    const auto stepText = [batch](int index) {
        return tr("Downloading %1/%2: %3 …")
            .arg(index + 1)
            .arg(batch->toDownload.size())
            .arg(QFileInfo(batch->files.at(batch->toDownload.at(index)).path).fileName());
    };
    QObject::connect(
        downloads, &BillDownloads::fileStarted, &inv,
        [invocation, stepText](int index) { invocation->out().step(stepText(index)); });
    QObject::connect(
        downloads, &BillDownloads::fileProgress, &inv,
        [invocation, stepText](int index, qint64 received, qint64 total) {
            invocation->out().progress(
                stepText(index) + u' ' +
                (total > 0 ? tr("%1 of %2").arg(Format::bytes(received), Format::bytes(total))
                           : Format::bytes(received)));
        });
    QObject::connect(downloads, &BillDownloads::fileFinished, &inv,
                     [invocation, batch](int index, const ApiError& error) {
                         PlannedFile& file = batch->files[batch->toDownload.at(index)];
                         file.error = error;
                         if (!error.isError()) {
                             file.status = Status::Saved;
                         } else if (error.kind != ApiError::Kind::Cancelled) {
                             file.status = Status::Failed;
                             invocation->out().warning(
                                 tr("%1 was not saved: %2")
                                     .arg(QFileInfo(file.path).fileName(), error.userMessage()));
                         }
                     });
    QObject::connect(downloads, &BillDownloads::finished, &inv, [invocation, batch] {
        invocation->out().endProgress();
        summarise(*invocation, *batch);
    });
    QObject::connect(batch->interrupts, &InterruptWatch::interrupted, downloads,
                     &BillDownloads::cancel);
    downloads->start(files);
}

void BillBatchDownload::summarise(Invocation& inv, const Batch& batch) {
    int saved = 0, skipped = 0, failed = 0, left = 0;
    const ApiError* firstFailure = nullptr;
    QJsonArray files;
    for (const PlannedFile& file : batch.files) {
        switch (file.status) {
        case Status::Saved:
            ++saved;
            break;
        case Status::Skipped:
            ++skipped;
            break;
        case Status::Failed:
            ++failed;
            if (!firstFailure)
                firstFailure = &file.error;
            break;
        case Status::NotDownloaded:
            ++left;
            break;
        }
        QJsonObject entry{{QStringLiteral("bill_id"), file.billId},
                          {QStringLiteral("kind"), file.transcript ? QStringLiteral("transcript")
                                                                   : QStringLiteral("invoice")},
                          {QStringLiteral("path"), file.path},
                          {QStringLiteral("status"), statusName(file.status)}};
        if (file.status == Status::Saved)
            entry.insert(QStringLiteral("bytes"), QFileInfo(file.path).size());
        if (file.status == Status::Failed) {
            entry.insert(QStringLiteral("error"), ApiError::kindName(file.error.kind));
            entry.insert(QStringLiteral("message"), file.error.userMessage());
        }
        files.append(entry);
    }
    const bool interrupted = batch.interrupts && batch.interrupts->wasInterrupted();
    const QString folder = QDir::toNativeSeparators(batch.folder.absolutePath());
    if (inv.isJson()) {
        inv.out().json(QJsonObject{{QStringLiteral("folder"), batch.folder.absolutePath()},
                                   {QStringLiteral("saved"), saved},
                                   {QStringLiteral("skipped"), skipped},
                                   {QStringLiteral("failed"), failed},
                                   {QStringLiteral("not_downloaded"), left},
                                   {QStringLiteral("interrupted"), interrupted},
                                   {QStringLiteral("files"), files}});
    } else {
        if (batch.files.isEmpty())
            inv.out().line(batch.fromMonth ? tr("No bill has a period from --from-period on.")
                                           : tr("The account has no bills."));
        inv.out().line(tr("Saved: %1, skipped: %2, failed: %3 (in %4).")
                           .arg(saved)
                           .arg(skipped)
                           .arg(failed)
                           .arg(folder));
    }
    if (interrupted) {
        inv.out().warning(tr("Interrupted: %n file(s) not downloaded. The file in progress was "
                             "not left behind; run the command again to download the rest.",
                             nullptr, left));
        inv.finish(ExitCode::Interrupted);
    } else if (firstFailure) {
        inv.out().warning(tr("%n file(s) could not be downloaded; no partial file was left. Run "
                             "the command again to retry them (saved files are skipped).",
                             nullptr, failed));
        inv.finish(ExitCode::forError(*firstFailure));
    } else {
        inv.finish(ExitCode::Ok);
    }
}

} // namespace simfleet
