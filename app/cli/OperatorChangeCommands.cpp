#include "app/cli/OperatorCommands.h"

#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "app/cli/BulkWait.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Format.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"

#include <QCoreApplication>

#include <memory>

// v2 change and retry: SIMs changed one request per SIM as a job of the
// account's journal, followed to the end like the desktop app's.

namespace simfleet {

namespace {

// The changes `v2 change --action` sends, one request per SIM, and the bulk
// operation of the desktop app each one is (a per-SIM job in the journal).
struct BulkAction {
    V2Action action;
    SimOperation op;
};

const BulkAction kBulkActions[] = {
    {V2Action::Block, SimOperation::Block},
    {V2Action::Unblock, SimOperation::Unblock},
    {V2Action::BlockService, SimOperation::ServiceBlock},
    {V2Action::UnblockService, SimOperation::ServiceUnblock},
    {V2Action::BlockFinance, SimOperation::FinanceBlock},
    {V2Action::UnblockFinance, SimOperation::FinanceUnblock},
    {V2Action::ChangePacket, SimOperation::TariffFromDate},
    {V2Action::TopUp, SimOperation::TopUp},
    {V2Action::InfoSms, SimOperation::InfoSms},
};

const QStringList& actionNames() {
    static const QStringList names = [] {
        QStringList list;
        for (const BulkAction& bulk : kBulkActions)
            list.append(V2Actions::name(bulk.action));
        return list;
    }();
    return names;
}

SimOperation operationNamed(const QString& name) {
    for (const BulkAction& bulk : kBulkActions) {
        if (V2Actions::name(bulk.action) == name)
            return bulk.op;
    }
    return SimOperation::Block;
}

bool sameAddress(const QUrl& a, const QUrl& b) {
    return TokenStore::accountKey(a.toString()) == TokenStore::accountKey(b.toString());
}

} // namespace

QString OperatorCommands::accountLogin(Invocation& inv) {
    QString given = inv.options().text("login").trimmed();
    if (!given.isEmpty())
        return given;
    // The desktop app's last sign-in at this address (whose token the keychain gives),
    // else the only second-operator account saved for it.
    const Settings desktop = Settings::ofDesktopApp();
    if (desktop.provider() == ProviderKind::SecondOperator &&
        sameAddress(desktop.apiUrl(), inv.apiUrl()) && !desktop.login().trimmed().isEmpty())
        return desktop.login().trimmed();
    QStringList logins;
    for (const SavedAccount& account : desktop.savedAccounts()) {
        if (account.provider == ProviderKind::SecondOperator &&
            sameAddress(account.apiUrl, inv.apiUrl()) && !account.login.trimmed().isEmpty() &&
            !logins.contains(account.login.trimmed()))
            logins.append(account.login.trimmed());
    }
    if (logins.size() == 1)
        return logins.first();
    inv.failUsage(tr("Give --login LOGIN, the login the token was given for: the job is kept in "
                     "that account's job journal, as in the desktop app."));
    return {};
}

void OperatorCommands::change(Invocation& inv) {
    OptionValues& options = inv.options();
    const std::optional<QString> name = options.choice("action", actionNames());
    const QStringList numbers = options.textList("numbers");
    SimOperationParams params;
    params.service = options.text("service").trimmed().toLower();
    params.packetId = options.integer("packet-id", 1).value_or(0);
    if (const auto date = options.date("date"))
        params.tariffDate = *date;
    params.smallPacketId = options.integer("small-packet-id", 1).value_or(0);
    params.infoSmsType = options.text("sms-type").trimmed().toLower();
    const bool dryRun = options.isSet("dry-run");
    if (!name)
        options.require("action");
    if (numbers.isEmpty())
        options.require("numbers");
    if (!inv.optionsOk())
        return;
    // A second-operator SIM's id is its number.
    QVector<qint64> ids;
    QStringList malformed;
    for (const QString& number : numbers) {
        if (V2Validation::isNumber(number.trimmed()))
            ids.append(number.trimmed().toLongLong());
        else
            malformed.append(number.trimmed());
    }
    if (!malformed.isEmpty()) {
        inv.failUsage(tr("Not a phone number: %1. A number is 7 followed by 10 digits, e.g. "
                         "79001234567.")
                          .arg(malformed.join(QStringLiteral(", "))));
        return;
    }
    const SimOperation op = operationNamed(*name);
    const QString invalid = SimOperations::validate(op, params);
    if (!invalid.isEmpty()) {
        inv.failUsage(invalid);
        return;
    }
    // Taken before the fleet is read: a journal in use refuses at once.
    BulkWait* wait = nullptr;
    if (!dryRun) {
        const QString login = accountLogin(inv);
        if (login.isEmpty())
            return;
        wait = new BulkWait(inv, BulkWait::journalPath(inv, Session::secondOperatorUserId(login)));
        wait->setProvider(ProviderKind::SecondOperator);
        if (!wait->open())
            return;
    }
    if (inv.isFinished())
        return;
    // The preview needs each SIM's state and ICCID (which its request names): read the fleet.
    auto* fetch = new V2FleetFetch(inv.client(), V2ListQuery{}, V2Service::kMaxPageSize, &inv);
    auto fleet = std::make_shared<QVector<Sim>>();
    Invocation* invocation = &inv;
    QObject::connect(fetch, &V2FleetFetch::simsArrived, &inv,
                     [fleet](const QVector<Sim>& page) { *fleet += page; });
    QObject::connect(
        fetch, &V2FleetFetch::progress, &inv, [invocation](qint64 received, qint64 total) {
            if (total > 0)
                invocation->out().progress(tr("Reading SIMs: %1 of %2").arg(received).arg(total));
        });
    QObject::connect(fetch, &V2FleetFetch::finished, &inv,
                     [invocation, fleet, op, ids, params, dryRun, wait](const ApiError& error) {
                         invocation->out().endProgress();
                         if (error.isError())
                             return invocation->fail(error);
                         const BulkPreview preview = BulkPreview::build(op, ids, *fleet);
                         if (dryRun || preview.applicable.isEmpty()) {
                             BulkWait::printPreview(*invocation, preview);
                             if (dryRun)
                                 return invocation->finish(ExitCode::Ok);
                         }
                         wait->start(preview, params, QString()); // refuses an empty one (exit 2)
                     });
    fetch->start();
}

void OperatorCommands::retry(Invocation& inv) {
    OptionValues& options = inv.options();
    const qint64 jobId = options.requiredId("job");
    const bool resendUnknown = options.isSet("resend-unknown");
    if (!inv.optionsOk())
        return;
    const QString login = accountLogin(inv);
    if (login.isEmpty())
        return;
    auto* wait =
        new BulkWait(inv, BulkWait::journalPath(inv, Session::secondOperatorUserId(login)));
    wait->setProvider(ProviderKind::SecondOperator);
    wait->retry(jobId, resendUnknown);
}

} // namespace simfleet
