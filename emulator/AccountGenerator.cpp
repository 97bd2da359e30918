#include "emulator/FleetGenerator.h"

#include "emulator/ProviderCalendar.h"
#include "emulator/Rng.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace novaemu {

namespace {

constexpr qint64 kDay = 86400;

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

// "-1 245,30 €": the way the provider formats money strings.
QString euros(double amount) {
    const QLocale ru(QLocale::Russian, QLocale::Kazakhstan);
    QString text = ru.toString(amount, 'f', 2);
    text.replace(QChar(0x00A0), u' ');
    return text + QStringLiteral(" €");
}

QList<UserRecord> makeUsers() {
    const QString password = QStringLiteral("demo1234");
    auto user = [&](int id, const char* first, const char* last, const char* phone,
                    const char* email, bool active, const char* role) {
        return UserRecord{id,
                          QString::fromUtf8(first),
                          QString::fromUtf8(last),
                          QString::fromUtf8(phone),
                          QString::fromUtf8(email),
                          active,
                          QString::fromUtf8(role),
                          password};
    };
    return {
        user(11, "Aigerim", "Nurlanova", "+77011234567", "aigerim.nurlanova@acme-logistics.kz",
             true, "admin"),
        user(12, "Dmitry", "Volkov", "+77017654321", "d.volkov@acme-logistics.kz", true, "user"),
        user(13, "Нурсултан", "Ахметов", "+77052223344", "n.akhmetov@acme-logistics.kz", true,
             "admin"),
        user(14, "Елена", "Ким", "+77079998877", "elena.kim@acme-logistics.kz", true, "user"),
        user(15, "Arman", "Seitkali", "+77081112233", "arman.s@acme-logistics.kz", false, "user"),
        user(16, "Olga", "Petrenko", "+77023334455", "o.petrenko@acme-logistics.kz", true, "user"),
        user(17, "Бауыржан", "Жумабаев", "+77015556677", "b.zhumabayev@acme-logistics.kz", false,
             "admin"),
        user(18, "Sophie", "Müller", "+491701234567", "sophie.mueller@acme-logistics.kz", true,
             "user"),
    };
}

} // namespace

void AccountGenerator::generate(FleetData& data, quint32 seed, qint64 today, bool prepaid) {
    data.users = makeUsers();
    data.adminUserId = 11;
    data.userUserId = 12;

    rng::SplitMix64 r(rng::hash({seed, 0xB111}));
    const QDate todayDate = ProviderCalendar::dateOf(ProviderCalendar::dayOfInstant(today));
    const QDate firstOfMonth(todayDate.year(), todayDate.month(), 1);
    const int simCount = int(data.sims.size());
    double course = 470.0 + r.between(0, 4000) / 100.0;
    for (int back = 24; back >= 1; --back) {
        const QDate period = firstOfMonth.addMonths(-back);
        BillRecord bill;
        bill.id = 5000 + 25 - back;
        bill.year = period.year();
        bill.month = period.month();
        bill.period =
            QStringLiteral("%1.%2").arg(period.month(), 2, 10, QLatin1Char('0')).arg(period.year());
        const QDate issued = period.addMonths(1);
        // Issued on the 1st of the next month: stamped with the provider's midnight.
        bill.added = ProviderCalendar::midnight(ProviderCalendar::dayNumber(issued));
        bill.paided = back == 1 ? 0 : bill.added + kDay * r.between(2, 9) + r.between(0, 36000);
        bill.cost = round2(qMax(15.0, simCount * (1.1 + r.unit() * 0.5)));
        course = qBound(430.0, course + (r.unit() - 0.45) * 12.0, 560.0);
        bill.valuteCourse = round2(course);
        bill.country = QStringLiteral("KZ");
        bill.currency = QStringLiteral("KZT");
        bill.valuteCost = round2(bill.cost * bill.valuteCourse);
        bill.bid = QStringLiteral("NC-%1-%2")
                       .arg(period.year())
                       .arg(period.month() * 100 + 31, 4, 10, QLatin1Char('0'));
        data.bills.append(bill);
    }

    const double unpaid = data.bills.isEmpty() ? 0.0 : data.bills.last().cost;
    const double accruing = round2(simCount * (0.4 + r.unit() * 0.3));
    data.company.id = 3105;
    data.company.name = QStringLiteral("ACME Logistics LLP");
    data.company.uniqueId = QStringLiteral("180540012345");
    data.company.contract = QStringLiteral("NC-KZ-2021/0457");
    data.company.country = QStringLiteral("KZ");
    data.company.assigned = 0;
    data.company.overdraft = euros(0.0);
    if (prepaid) {
        // Paid in advance: a credit left on the account, and no preliminary
        // balance (a postpaid figure).
        data.company.billingType = 1;
        data.company.balance = euros(round2(unpaid * 3 + accruing));
        data.company.preliminaryBalance.clear();
    } else {
        data.company.billingType = 0;
        data.company.balance = euros(-unpaid);
        data.company.preliminaryBalance = euros(-unpaid - accruing);
    }
}

} // namespace novaemu
