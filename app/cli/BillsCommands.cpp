#include "api/AccountService.h"
#include "app/cli/Areas.h"
#include "app/cli/BillBatchDownload.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Format.h"
#include "app/cli/ProviderZone.h"
#include "app/cli/RecordView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace simfleet {

// bills list | download
class BillsCommands final {
    Q_DECLARE_TR_FUNCTIONS(BillsCommands)

public:
    static AreaSpec area();

private:
    static RecordView<Bill> billView(const QTimeZone& providerZone);
    static void list(Invocation& inv);
    static void download(Invocation& inv);
    static QString destination(const OptionValues& options, qint64 billId, bool transcript);
    static void printSaved(Invocation& inv, const QString& path);
};

AreaSpec billsArea() {
    return BillsCommands::area();
}

AreaSpec BillsCommands::area() {
    return {
        QStringLiteral("bills"),
        QT_TRANSLATE_NOOP("CliHelp", "Bills: list them and download invoices and transcripts"),
        {{QStringLiteral("list"),
          QT_TRANSLATE_NOOP("CliHelp", "List bills"),
          {ProviderZone::option()},
          &BillsCommands::list},
         {QStringLiteral("download"),
          QT_TRANSLATE_NOOP("CliHelp", "Download a bill's invoice (PDF) or transcript "
                                       "(XLSX), or those of every bill (--all)"),
          QList<OptionSpec>{
              {"id", "N", QT_TRANSLATE_NOOP("CliHelp", "Bill id")},
              {"transcript", nullptr,
               QT_TRANSLATE_NOOP("CliHelp", "The transcript (usage details, XLSX) instead of "
                                            "the invoice")},
              {"output", "PATH",
               QT_TRANSLATE_NOOP("CliHelp", "File or folder to save to (default: "
                                            "invoice-<id>.pdf or transcript-<id>.xlsx in the "
                                            "current folder)")}} +
              BillBatchDownload::options() + QList<OptionSpec>{ProviderZone::option()},
          &BillsCommands::download,
          QT_TRANSLATE_NOOP(
              "CliHelp",
              "Either one bill (--id) or every bill (--all). With --all, files already in "
              "--out are skipped unless --overwrite; a failed or interrupted (Ctrl+C) download "
              "leaves no partial file. Examples:\n"
              "  simfleet-cli bills download --id 5012 --transcript\n"
              "  simfleet-cli bills download --all --from-period 2026-01 --both --out bills")}}};
}

// Issue and payment dates are the provider's calendar days, whatever this computer's zone.
RecordView<Bill> BillsCommands::billView(const QTimeZone& providerZone) {
    using Align = TablePrinter::Align;
    return RecordView<Bill>{{{tr("ID"), Align::Right},
                             {tr("Bill number")},
                             {tr("Period")},
                             {tr("Issued")},
                             {tr("Paid on")},
                             {tr("Cost, EUR"), Align::Right},
                             {tr("Exchange rate"), Align::Right},
                             {tr("Amount"), Align::Right},
                             {tr("Country")}},
                            [providerZone](const Bill& bill) {
                                return QStringList{QString::number(bill.id),
                                                   bill.billNumber,
                                                   bill.periodText(providerZone),
                                                   Format::day(bill.issuedOn(providerZone)),
                                                   Format::day(bill.paidOn(providerZone)),
                                                   Format::money(bill.costEur),
                                                   Format::number(bill.exchangeRate),
                                                   Format::money(bill.localCost, bill.currency),
                                                   bill.country};
                            },
                            [](const Bill& bill) { return bill.toJson(); }};
}

void BillsCommands::list(Invocation& inv) {
    const std::optional<QTimeZone> providerZone = ProviderZone::of(inv);
    if (!inv.optionsOk() || !providerZone)
        return;
    Invocation* invocation = &inv;
    BillService(inv.client())
        .fetchAll(&inv, inv.onSuccess<ListPage<Bill>>([invocation, view = billView(*providerZone)](
                                                          const ListPage<Bill>& bills) {
            printList(*invocation, bills, view, tr("%n bill(s)", nullptr, int(bills.items.size())));
        }));
}

QString BillsCommands::destination(const OptionValues& options, qint64 billId, bool transcript) {
    const QString fileName = transcript ? QStringLiteral("transcript-%1.xlsx").arg(billId)
                                        : QStringLiteral("invoice-%1.pdf").arg(billId);
    const QString output = options.text("output");
    if (output.isEmpty())
        return QDir::current().absoluteFilePath(fileName);
    if (QFileInfo(output).isDir())
        return QDir(output).absoluteFilePath(fileName);
    return QFileInfo(output).absoluteFilePath();
}

void BillsCommands::download(Invocation& inv) {
    OptionValues& options = inv.options();
    if (options.isSet("all")) {
        BillBatchDownload::run(inv);
        return;
    }
    BillBatchDownload::refuseWithoutAll(options);
    if (!options.isSet("id") && options.ok())
        options.fail(tr("Say which bill: --id N for one bill, or --all for every bill."));
    const qint64 billId = options.requiredId("id");
    if (options.isSet("output") && options.text("output").isEmpty())
        options.fail(tr("--output needs a file or folder name."));
    if (!inv.optionsOk())
        return;
    const bool transcript = options.isSet("transcript");
    const QString path = destination(options, billId, transcript);
    BillService bills(inv.client());
    ApiCall* call =
        transcript ? bills.downloadTranscript(billId, path) : bills.downloadInvoice(billId, path);
    Invocation* invocation = &inv;
    QObject::connect(call, &ApiCall::progress, &inv, [invocation](qint64 done, qint64 total) {
        invocation->out().progress(
            total > 0 ? tr("Downloading: %1 of %2").arg(Format::bytes(done), Format::bytes(total))
                      : tr("Downloading: %1").arg(Format::bytes(done)));
    });
    QObject::connect(call, &ApiCall::finished, &inv, [invocation, call] {
        invocation->out().endProgress();
        if (call->ok())
            printSaved(*invocation, call->destination());
        else
            invocation->fail(call->error());
    });
}

void BillsCommands::printSaved(Invocation& inv, const QString& path) {
    const qint64 size = QFileInfo(path).size();
    if (inv.isJson())
        inv.out().json(
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("bytes"), size}});
    else
        inv.out().line(
            tr("Saved %1 (%2).").arg(QDir::toNativeSeparators(path), Format::bytes(size)));
    inv.finish(ExitCode::Ok);
}

} // namespace simfleet
