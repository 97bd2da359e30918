#include "models/notifications/Notice.h"

#include <QJsonArray>

#include <algorithm>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

Notice Notice::fromNotification(const AccountNotification& notification,
                                const QDateTime& receivedAt) {
    Notice notice;
    notice.receivedAt = receivedAt.toUTC();
    notice.type = notification.type;
    notice.typeRaw = notification.typeRaw.trimmed();
    const qsizetype simCount = std::min<qsizetype>(notification.sims.size(), kMaxSims);
    notice.sims.reserve(simCount);
    for (qsizetype i = 0; i < simCount; ++i) {
        const Sim& sim = notification.sims.at(i);
        notice.sims.append({sim.id, sim.iccid, sim.name});
    }
    for (const Bill& bill : notification.bills)
        notice.bills.append(
            {bill.id, bill.billNumber, bill.period, bill.costEur, bill.localCost, bill.currency});
    return notice;
}

bool Notice::hasFileErrors() const {
    return std::any_of(files.cbegin(), files.cend(),
                       [](const SavedFile& file) { return !file.error.isEmpty(); });
}

QStringList Notice::savedPaths() const {
    QStringList paths;
    for (const SavedFile& file : files) {
        if (!file.path.isEmpty())
            paths.append(file.path);
    }
    return paths;
}

QJsonObject Notice::toJson() const {
    QJsonArray simArray;
    for (const SimRef& sim : sims)
        simArray.append(
            QJsonObject{{"id"_L1, sim.id}, {"iccid"_L1, sim.iccid}, {"name"_L1, sim.name}});
    QJsonArray billArray;
    for (const BillRef& bill : bills)
        billArray.append(QJsonObject{{"id"_L1, bill.id},
                                     {"number"_L1, bill.number},
                                     {"period"_L1, bill.period},
                                     {"cost"_L1, bill.costEur},
                                     {"localCost"_L1, bill.localCost},
                                     {"currency"_L1, bill.currency}});
    QJsonArray fileArray;
    for (const SavedFile& file : files)
        fileArray.append(
            QJsonObject{{"path"_L1, file.path}, {"name"_L1, file.name}, {"error"_L1, file.error}});
    return QJsonObject{
        {"id"_L1, id},           {"receivedAt"_L1, receivedAt.toString(Qt::ISODateWithMs)},
        {"type"_L1, typeRaw},    {"sims"_L1, simArray},
        {"bills"_L1, billArray}, {"files"_L1, fileArray},
        {"read"_L1, read},       {"dismissed"_L1, dismissed}};
}

std::optional<Notice> Notice::fromJson(const QJsonObject& o) {
    Notice notice;
    notice.id = o.value("id"_L1).toInteger();
    notice.typeRaw = o.value("type"_L1).toString();
    if (notice.id <= 0 || notice.typeRaw.isEmpty())
        return std::nullopt;
    notice.type = AccountNotification::typeFromString(notice.typeRaw);
    notice.receivedAt =
        QDateTime::fromString(o.value("receivedAt"_L1).toString(), Qt::ISODateWithMs);
    const QJsonArray simArray = o.value("sims"_L1).toArray();
    for (qsizetype i = 0; i < simArray.size() && i < kMaxSims; ++i) {
        const QJsonObject sim = simArray.at(i).toObject();
        notice.sims.append({sim.value("id"_L1).toInteger(), sim.value("iccid"_L1).toString(),
                            sim.value("name"_L1).toString()});
    }
    for (const auto& value : o.value("bills"_L1).toArray()) {
        const QJsonObject bill = value.toObject();
        notice.bills.append({bill.value("id"_L1).toInteger(), bill.value("number"_L1).toString(),
                             bill.value("period"_L1).toString(), bill.value("cost"_L1).toDouble(),
                             bill.value("localCost"_L1).toDouble(),
                             bill.value("currency"_L1).toString()});
    }
    for (const auto& value : o.value("files"_L1).toArray()) {
        const QJsonObject file = value.toObject();
        notice.files.append({file.value("path"_L1).toString(), file.value("name"_L1).toString(),
                             file.value("error"_L1).toString()});
    }
    notice.read = o.value("read"_L1).toBool();
    notice.dismissed = o.value("dismissed"_L1).toBool();
    return notice;
}

} // namespace simfleet
