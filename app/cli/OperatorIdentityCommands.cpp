#include "api/ApiClient.h"
#include "api/v2/V2Service.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace simfleet {

// v2 activate | bind | swap: a SIM's identity at the second operator (which
// number is on which SIM), one request each, refusals shown per field.
class OperatorIdentityCommands final {
    Q_DECLARE_TR_FUNCTIONS(OperatorIdentityCommands)

public:
    static void identity(Invocation& inv, V2Action action);

private:
    // A refused change: its message, and each field's texts as "field: text"
    // lines (--json: an object of field → texts); exit 2 when refused before
    // sending, else as the error says.
    static void failWithFields(Invocation& inv, const ApiError& error);
};

void addOperatorIdentityActions(AreaSpec& area) {
    const OptionSpec number{"number", "N",
                            QT_TRANSLATE_NOOP("CliHelp", "Phone number (7 and 10 digits)")};
    const OptionSpec iccid{"iccid", "ICCID",
                           QT_TRANSLATE_NOOP("CliHelp", "ICCID of the SIM (or give --imsi)")};
    const OptionSpec imsi{"imsi", "IMSI",
                          QT_TRANSLATE_NOOP("CliHelp", "IMSI of the SIM (or give --iccid)")};
    area.actions.append(
        {QStringLiteral("activate"),
         QT_TRANSLATE_NOOP("CliHelp", "Activate a SIM: bind a number to it with a tariff"),
         {number,
          iccid,
          imsi,
          {"packet-id", "N", QT_TRANSLATE_NOOP("CliHelp", "The tariff (packet)")}},
         [](Invocation& inv) { OperatorIdentityCommands::identity(inv, V2Action::Activate); }});
    area.actions.append(
        {QStringLiteral("bind"),
         QT_TRANSLATE_NOOP("CliHelp", "Bind the number to another SIM"),
         {number,
          iccid,
          imsi,
          {"call-forwarding", "yes|no",
           QT_TRANSLATE_NOOP("CliHelp", "Forward calls (default: yes)")}},
         [](Invocation& inv) { OperatorIdentityCommands::identity(inv, V2Action::BindNumber); }});
    area.actions.append(
        {QStringLiteral("swap"),
         QT_TRANSLATE_NOOP("CliHelp", "Move the number to a new SIM"),
         {number,
          {"iccid", "ICCID", QT_TRANSLATE_NOOP("CliHelp", "ICCID of the new SIM (or give --imsi)")},
          {"imsi", "IMSI", QT_TRANSLATE_NOOP("CliHelp", "IMSI of the new SIM (or give --iccid)")},
          {"current-iccid", "ICCID",
           QT_TRANSLATE_NOOP("CliHelp", "ICCID of the SIM the number is on now (default: read "
                                        "from the operator)")},
          {"current-imsi", "IMSI",
           QT_TRANSLATE_NOOP("CliHelp", "IMSI of the SIM the number is on now")}},
         [](Invocation& inv) { OperatorIdentityCommands::identity(inv, V2Action::SwapSim); }});
}

void OperatorIdentityCommands::identity(Invocation& inv, V2Action action) {
    OptionValues& options = inv.options();
    options.require("number");
    const QString number = options.text("number").trimmed();
    V2ChangeParams params;
    const QString iccid = options.text("iccid").trimmed();
    const QString imsi = options.text("imsi").trimmed();
    if (action == V2Action::SwapSim) {
        params.newIccid = iccid;
        params.newImsi = imsi;
        params.iccid = options.text("current-iccid").trimmed();
        params.imsi = options.text("current-imsi").trimmed();
    } else {
        params.iccid = iccid;
        params.imsi = imsi;
    }
    if (action == V2Action::Activate)
        params.packetId = options.requiredInteger("packet-id", 1);
    if (action == V2Action::BindNumber)
        params.callForwarding = options.yesNo("call-forwarding").value_or(true);
    if (!inv.optionsOk())
        return;
    // A swap names the SIM the number is on now: read from the operator unless given.
    const bool readCurrent =
        action == V2Action::SwapSim && params.iccid.isEmpty() && params.imsi.isEmpty();
    QMap<QString, QString> problems = V2Actions::validate(action, number, params);
    if (readCurrent)
        problems.remove(QStringLiteral("current_iccid"));
    if (!problems.isEmpty())
        return failWithFields(inv, V2Service::localValidation(problems));
    ApiClient* client = inv.client();
    if (inv.isFinished())
        return;
    if (client->isReadOnly())
        return inv.fail(ApiError::localRefusal(V2Actions::path(action, number)));

    Invocation* invocation = &inv;
    auto send = [invocation, action, number](const V2ChangeParams& p) {
        V2Service(invocation->client())
            .change(action, number, p, invocation,
                    [invocation, action, number](const Result<Sim>& result) {
                        if (!result.ok())
                            return failWithFields(*invocation, result.error);
                        if (invocation->isJson()) {
                            QJsonObject answer{{QStringLiteral("number"), number},
                                               {QStringLiteral("action"), V2Actions::name(action)},
                                               {QStringLiteral("ok"), true}};
                            if (result.value.id != 0)
                                answer.insert(QStringLiteral("sim"), result.value.toJson());
                            invocation->out().json(answer);
                        } else {
                            invocation->out().line(
                                tr("%1 for %2: done.").arg(V2Actions::displayName(action), number));
                        }
                        invocation->finish(ExitCode::Ok);
                    });
    };
    if (!readCurrent)
        return send(params);
    V2Service(client).simByNumber(
        number, &inv,
        inv.onSuccess<Sim>([invocation, action, number, params, send](const Sim& sim) {
            V2ChangeParams own = params;
            own.iccid = sim.iccid;
            const QMap<QString, QString> problems = V2Actions::validate(action, number, own);
            if (!problems.isEmpty())
                return failWithFields(*invocation, V2Service::localValidation(problems));
            send(own);
        }));
}

void OperatorIdentityCommands::failWithFields(Invocation& inv, const ApiError& error) {
    if (error.fieldErrors.isEmpty())
        return inv.fail(error);
    const QString message =
        error.refusedLocally ? tr("Nothing was sent: correct these values.") : error.userMessage();
    if (inv.isJson()) {
        QJsonObject fields;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
        inv.out().error(ApiError::kindName(error.kind), message, fields);
    } else {
        QStringList lines{message};
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            for (const QString& text : it.value())
                lines.append(QStringLiteral("%1: %2").arg(it.key(), text));
        }
        inv.out().error(ApiError::kindName(error.kind), lines.join(QLatin1Char('\n')));
    }
    inv.finish(ExitCode::forError(error));
}

} // namespace simfleet
