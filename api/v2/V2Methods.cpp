#include "api/v2/V2Methods.h"

#include "api/SimOperation.h"

#include <QRegularExpression>

namespace simfleet {

namespace V2Validation {

namespace {
bool digitsOnly(const QString& text, qsizetype minLength, qsizetype maxLength) {
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

bool isNumber(const QString& text) {
    return digitsOnly(text, 11, 11) && text.at(0) == u'7';
}

bool isIccid(const QString& text) {
    return digitsOnly(text, 18, 22);
}

bool isImsi(const QString& text) {
    return digitsOnly(text, 15, 15);
}

bool isInn(const QString& text) {
    return digitsOnly(text, 10, 10) || digitsOnly(text, 12, 12);
}

std::optional<QDate> date(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate parsed = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

QString dateText(const QDate& date) {
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace V2Validation

namespace {

struct ActionInfo {
    V2Action action;
    const char* name;
    const char* pathPrefix;
};

const ActionInfo kActions[] = {
    {V2Action::Block, "block", "sim/block/"},
    {V2Action::Unblock, "unblock", "sim/unblock/"},
    {V2Action::BlockService, "block-service", "sim/block-service/"},
    {V2Action::UnblockService, "unblock-service", "sim/unblock-service/"},
    {V2Action::BlockFinance, "block-finance", "sim/block-finance/"},
    {V2Action::UnblockFinance, "unblock-finance", "sim/unblock-finance/"},
    {V2Action::ChangePacket, "packet", "sim/packet/"},
    {V2Action::TopUp, "small-packet", "sim/small-packet/"},
    {V2Action::InfoSms, "send-sms", "sim/send-sms/"},
    {V2Action::Activate, "activate", "sim/"},
    {V2Action::BindNumber, "set", "sim/set/"},
    {V2Action::SwapSim, "refresh", "sim/refresh/"},
};

const ActionInfo& infoOf(V2Action action) {
    for (const ActionInfo& info : kActions) {
        if (info.action == action)
            return info;
    }
    return kActions[0];
}

// `iccid` / `imsi` of one SIM: at least one, each well-formed.
void checkSimIds(const QString& iccidField, const QString& iccid, const QString& imsiField,
                 const QString& imsi, QMap<QString, QString>* problems) {
    if (iccid.isEmpty() && imsi.isEmpty()) {
        problems->insert(iccidField, V2Actions::tr("Enter the ICCID or the IMSI of the SIM."));
        return;
    }
    if (!iccid.isEmpty() && !V2Validation::isIccid(iccid))
        problems->insert(iccidField, V2Actions::tr("An ICCID is 18 to 22 digits."));
    if (!imsi.isEmpty() && !V2Validation::isImsi(imsi))
        problems->insert(imsiField, V2Actions::tr("An IMSI is 15 digits."));
}

void insertIds(QJsonObject* body, const QString& iccid, const QString& imsi,
               const char* iccidKey = "iccid", const char* imsiKey = "imsi") {
    if (!iccid.isEmpty())
        body->insert(QLatin1String(iccidKey), iccid);
    if (!imsi.isEmpty())
        body->insert(QLatin1String(imsiKey), imsi);
}

} // namespace

const QVector<V2Action>& V2Actions::all() {
    static const QVector<V2Action> actions = [] {
        QVector<V2Action> list;
        for (const ActionInfo& info : kActions)
            list.append(info.action);
        return list;
    }();
    return actions;
}

QString V2Actions::name(V2Action action) {
    return QLatin1String(infoOf(action).name);
}

std::optional<V2Action> V2Actions::fromName(const QString& name) {
    for (const ActionInfo& info : kActions) {
        if (name == QLatin1String(info.name))
            return info.action;
    }
    return std::nullopt;
}

QString V2Actions::displayName(V2Action action) {
    switch (action) {
    case V2Action::Block:
        return tr("Block");
    case V2Action::Unblock:
        return tr("Unblock");
    case V2Action::BlockService:
        return tr("Block a service");
    case V2Action::UnblockService:
        return tr("Unblock a service");
    case V2Action::BlockFinance:
        return tr("Financial block");
    case V2Action::UnblockFinance:
        return tr("Lift the financial block");
    case V2Action::ChangePacket:
        return tr("Change tariff from a date");
    case V2Action::TopUp:
        return tr("Add a top-up packet");
    case V2Action::InfoSms:
        return tr("Send an informational SMS");
    case V2Action::Activate:
        return tr("Activate");
    case V2Action::BindNumber:
        return tr("Bind the number to a SIM");
    case V2Action::SwapSim:
        return tr("Swap the SIM");
    }
    return {};
}

QString V2Actions::path(V2Action action, const QString& number) {
    return QLatin1String(infoOf(action).pathPrefix) + number;
}

QJsonObject V2Actions::body(V2Action action, const V2ChangeParams& p) {
    QJsonObject body;
    switch (action) {
    case V2Action::SwapSim:
        insertIds(&body, p.newIccid, p.newImsi);
        insertIds(&body, p.iccid, p.imsi, "current_iccid", "current_imsi");
        return body;
    case V2Action::TopUp:
        insertIds(&body, p.iccid, p.imsi);
        if (p.smallPacketId > 0)
            body.insert(QLatin1String("small_packet_id"), p.smallPacketId);
        return body;
    case V2Action::InfoSms:
        insertIds(&body, p.iccid, p.imsi);
        body.insert(QLatin1String("type"), p.smsType);
        return body;
    default:
        break;
    }
    insertIds(&body, p.iccid, p.imsi);
    if (action == V2Action::BlockService || action == V2Action::UnblockService)
        body.insert(QLatin1String("type"), p.service);
    if (action == V2Action::Activate || action == V2Action::ChangePacket)
        body.insert(QLatin1String("packet_id"), p.packetId);
    if (action == V2Action::ChangePacket)
        body.insert(QLatin1String("date"), V2Validation::dateText(p.date));
    if (action == V2Action::BindNumber)
        body.insert(QLatin1String("cf"), p.callForwarding);
    return body;
}

QMap<QString, QString> V2Actions::validate(V2Action action, const QString& number,
                                           const V2ChangeParams& p) {
    QMap<QString, QString> problems;
    if (!V2Validation::isNumber(number))
        problems.insert(QStringLiteral("number"),
                        tr("A number is 7 followed by 10 digits, e.g. 79001234567."));
    if (action == V2Action::SwapSim) {
        checkSimIds(QStringLiteral("iccid"), p.newIccid, QStringLiteral("imsi"), p.newImsi,
                    &problems);
        checkSimIds(QStringLiteral("current_iccid"), p.iccid, QStringLiteral("current_imsi"),
                    p.imsi, &problems);
        if (!p.newIccid.isEmpty() && p.newIccid == p.iccid)
            problems.insert(QStringLiteral("iccid"),
                            tr("The new SIM must differ from the current one."));
    } else {
        checkSimIds(QStringLiteral("iccid"), p.iccid, QStringLiteral("imsi"), p.imsi, &problems);
    }
    switch (action) {
    case V2Action::BlockService:
    case V2Action::UnblockService:
        if (!SimOperations::isService(p.service))
            problems.insert(QStringLiteral("type"),
                            tr("Choose the service: internet, SMS or calls."));
        break;
    case V2Action::Activate:
    case V2Action::ChangePacket:
        if (p.packetId <= 0)
            problems.insert(QStringLiteral("packet_id"), tr("Choose a tariff."));
        if (action == V2Action::ChangePacket && !p.date.isValid())
            problems.insert(QStringLiteral("date"), tr("Enter the date as YYYY-MM-DD."));
        break;
    case V2Action::InfoSms:
        if (!SimOperations::isInfoSmsTopic(p.smsType))
            problems.insert(QStringLiteral("type"),
                            tr("Choose what the SMS is about: calls or internet."));
        break;
    default:
        break;
    }
    return problems;
}

bool V2Actions::hasVisibleState(V2Action action) {
    switch (action) {
    case V2Action::Block:
    case V2Action::Unblock:
    case V2Action::BlockService:
    case V2Action::UnblockService:
    case V2Action::BlockFinance:
    case V2Action::UnblockFinance:
        return true;
    default:
        return false;
    }
}

namespace {
bool v2IsRead(const QString&) {
    return false; // every read is a GET; every POST changes something
}
bool v2AllowedWhenReadOnly(const QString& method, const QJsonObject&) {
    return method == QLatin1String("login");
}
} // namespace

ApiClient::MethodRules v2MethodRules() {
    ApiClient::MethodRules rules;
    rules.isRead = &v2IsRead;
    rules.allowedWhenReadOnly = &v2AllowedWhenReadOnly;
    rules.sendsLanguage = false;
    return rules;
}

} // namespace simfleet
