#pragma once

#include "api/Bill.h"
#include "api/ParseReport.h"
#include "api/Sim.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace simfleet {

// An account notification webhook (configured in the web cabinet):
// {type, files, items}. Items are Sims for msu_lock / package_empty and Bills
// for generate_bill / unpaid_bill_3/5/6; files come with the bill types.
struct AccountNotification {
    enum class Type {
        MsuLock,
        PackageEmpty,
        GenerateBill,
        UnpaidBill3,
        UnpaidBill5,
        UnpaidBill6, // all SIMs blocked, cabinet and API restricted
        Unknown
    };

    struct File {
        QString format;     // MIME type as sent
        QString name;       // as sent: NEVER use it as a path, see safeFileName()
        QByteArray content; // base64-decoded

        // `name` reduced to a plain file name that is safe on every desktop OS:
        // the part after the last '/' or '\', without control characters and
        // <>:"|?*, without leading/trailing dots and spaces, not a reserved
        // Windows device name, at most 120 characters. When nothing is left:
        // "attachment" plus the MIME type's usual suffix.
        QString safeFileName() const;
    };

    Type type = Type::Unknown;
    QString typeRaw; // the server's `type` as sent
    QVector<File> files;
    QVector<Sim> sims;   // msu_lock, package_empty
    QVector<Bill> bills; // generate_bill, unpaid_bill_*

    static Type typeFromString(const QString& code); // trimmed, any case
    bool isAboutSims() const { return type == Type::MsuLock || type == Type::PackageEmpty; }
    bool isAboutBills() const;

    // nullopt when `type` is missing/empty (reported). An unknown type is kept
    // (Type::Unknown, items ignored and reported). A file whose body is not
    // valid base64, or whose `type` is present and not "base64", is skipped and
    // reported. Problems go to *problems, which may be null.
    static std::optional<AccountNotification> fromJson(const QJsonObject& o,
                                                       ParseProblems* problems);
};

} // namespace simfleet
