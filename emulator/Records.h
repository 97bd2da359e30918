#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace novaemu {

// Plain data held by the emulator. A null QString stands for JSON null.

// Named *Record so they never clash with api/Sim.h (both end up in the GUI and the tests).
struct SimLimitRecord {
    QString type;               // off | month1 (TC) | p_lim | p_unlim (TD)
    std::optional<int> value;   // MB
    std::optional<double> used; // MB
    std::optional<qint64> updated;
    std::optional<qint64> created;
};

struct SimTariffRecord {
    int id = 0;
    QString name;
    std::optional<qint64> changeLock;
    bool packageAuto = false;
};

struct SimRecord {
    int id = 0;
    QString iccid;
    QString number;
    QString externalNumber;
    QString name;      // null = no name
    QString nameLower; // search and sort key, kept in sync with name
    double balance = 0.0;
    QString currency;
    std::optional<int> msuValue;
    QString profile; // TD | TC
    char block = 'n';
    QString comment; // null = no comment
    QList<int> groupIds;
    SimLimitRecord limit;
    SimTariffRecord tariff;

    bool isTd() const { return profile == QLatin1String("TD"); }
    bool isTc() const { return profile == QLatin1String("TC"); }
    void setName(const QString& value) {
        name = value;
        nameLower = value.toLower();
    }
};

struct GroupRecord {
    int id = 0;
    QString name;
    qint64 added = 0;
};

struct UserRecord {
    int id = 0;
    QString firstName;
    QString lastName;
    QString phone;
    QString email;
    bool active = true;
    QString role;     // admin | user
    QString password; // never serialised
};

struct CompanyRecord {
    int id = 0;
    QString name;
    QString uniqueId;
    QString contract;
    QString country;
    int billingType = 0;
    int assigned = 0;
    QString overdraft;
    QString balance;
    QString preliminaryBalance;
};

struct BillRecord {
    int id = 0;
    int year = 0;
    int month = 0;
    QString period; // "MM.YYYY"
    qint64 added = 0;
    qint64 paided = 0; // 0 = not paid yet
    double cost = 0.0; // EUR
    double valuteCourse = 0.0;
    QString country;
    double valuteCost = 0.0;
    QString bid;
    QString currency;
};

} // namespace novaemu
