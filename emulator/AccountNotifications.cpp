#include "emulator/AccountNotifications.h"

#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/InvoicePdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace novaemu {

namespace {

constexpr int kSimsPerNotification = 3;

QJsonArray simItems(const QString& kind, const EmulatorState& state) {
    QJsonArray items;
    const bool msu = kind == QLatin1String("msu_lock");
    // First the SIMs that fit the kind best, then any of the right profile.
    for (int pass = 0; pass < 2 && items.size() < kSimsPerNotification; ++pass) {
        for (int i = 0; i < state.simCount() && items.size() < kSimsPerNotification; ++i) {
            const SimRecord& sim = state.simAt(i);
            const bool fits = msu ? (pass == 0 ? sim.block == 'm' : sim.isTc() && sim.block != 'm')
                                  : (pass == 0 ? sim.block == 'n' && i % 7 == 3 : sim.block == 'n');
            if (fits)
                items.append(EntityJson::sim(sim, state));
        }
    }
    return items;
}

const BillRecord* chosenBill(const QString& kind, const EmulatorState& state) {
    const BillRecord* newest = nullptr;
    const BillRecord* newestUnpaid = nullptr;
    for (const BillRecord& bill : state.bills()) {
        if (!newest || bill.added > newest->added)
            newest = &bill;
        if (bill.paided == 0 && (!newestUnpaid || bill.added > newestUnpaid->added))
            newestUnpaid = &bill;
    }
    if (kind == QLatin1String("generate_bill"))
        return newest;
    return newestUnpaid ? newestUnpaid : newest;
}

} // namespace

QStringList AccountNotifications::kinds() {
    return {QStringLiteral("msu_lock"),      QStringLiteral("package_empty"),
            QStringLiteral("generate_bill"), QStringLiteral("unpaid_bill_3"),
            QStringLiteral("unpaid_bill_5"), QStringLiteral("unpaid_bill_6")};
}

bool AccountNotifications::isKind(const QString& kind) {
    return kinds().contains(kind);
}

QByteArray AccountNotifications::body(const QString& kind, const EmulatorState& state) {
    if (!isKind(kind))
        return {};
    QJsonObject notification{{QStringLiteral("type"), kind}};
    QJsonArray files;
    QJsonArray items;
    if (kind == QLatin1String("msu_lock") || kind == QLatin1String("package_empty")) {
        items = simItems(kind, state);
    } else if (const BillRecord* bill = chosenBill(kind, state)) {
        items.append(EntityJson::bill(*bill));
        const QByteArray pdf = InvoicePdf::render(*bill, state.company(), Lang::En);
        files.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("base64")},
            {QStringLiteral("format"), QStringLiteral("application/pdf")},
            {QStringLiteral("name"), QStringLiteral("invoice-%1.pdf").arg(bill->bid)},
            {QStringLiteral("body"), QString::fromLatin1(pdf.toBase64())},
        });
    }
    notification.insert(QStringLiteral("files"), files);
    notification.insert(QStringLiteral("items"), items);
    return QJsonDocument(notification).toJson(QJsonDocument::Compact);
}

} // namespace novaemu
