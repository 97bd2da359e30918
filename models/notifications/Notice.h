#pragma once

#include "api/AccountNotification.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace simfleet {

// One account notification as the app keeps it (NotificationsModel): what
// arrived, what became of its files and what the user did with it. Only what
// the list shows is kept, not the files' contents.
struct Notice {
    struct SimRef {
        qint64 id = 0;
        QString iccid;
        QString name;
    };
    struct BillRef {
        qint64 id = 0;
        QString number;
        QString period; // as sent (Bill::period)
        double costEur = 0;
        double localCost = 0;
        QString currency;
    };
    struct SavedFile {
        QString path;  // where it was written; empty when it could not be
        QString name;  // the safe name it was meant to have
        QString error; // why it could not be saved (translated when it happened)
    };

    // At most this many SIMs are kept of one notification.
    static constexpr int kMaxSims = 10000;

    qint64 id = 0; // local, increasing
    QDateTime receivedAt;
    AccountNotification::Type type = AccountNotification::Type::Unknown;
    QString typeRaw;
    QVector<SimRef> sims;
    QVector<BillRef> bills;
    QVector<SavedFile> files;
    bool read = false;
    bool dismissed = false; // its warning banner (unpaid_bill_6) was closed

    static Notice fromNotification(const AccountNotification& notification,
                                   const QDateTime& receivedAt);
    bool hasFileErrors() const;
    QStringList savedPaths() const;

    QJsonObject toJson() const;
    // nullopt when the object has no id or type.
    static std::optional<Notice> fromJson(const QJsonObject& o);
};

} // namespace simfleet
