// FleetFilterModel's sort against a naive reference with the rules it has
// always had: the raw value (RawValueRole) lower-cased and compared with
// QString::compare, or as a double; empty values last in both orders; ties by
// SIM id ascending in both orders.

#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetSortKeys.h"
#include "models/fleet/RadixSort.h"
#include "models/fleet/TextRanks.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>

using namespace simfleet;

namespace {

QString pick(QRandomGenerator& rng, const QStringList& from) {
    return from.at(int(rng.bounded(quint32(from.size()))));
}

// Texts with duplicates, mixed case, non-ASCII (Cyrillic, Greek, ß, İ, full
// width, emoji as surrogate pairs), blanks, shared prefixes longer than one
// radix chunk and a prefix of another text with U+0000 after it.
QString randomText(QRandomGenerator& rng) {
    static const QStringList stems = {
        QStringLiteral("ATM Almaty"),
        QStringLiteral("atm almaty"),
        QStringLiteral("Tracker"),
        QStringLiteral("TRACKER"),
        QStringLiteral("Счётчик газа"),
        QStringLiteral("СЧЁТЧИК ГАЗА"),
        QStringLiteral("Σίσυφος"),
        QStringLiteral("STRASSE straße"),
        QStringLiteral("İstanbul"),
        QStringLiteral("ｆｕｌｌ ｗｉｄｔｈ"),
        QString::fromUtf8("\xF0\x9F\x9A\x9A truck"),
        QStringLiteral("Kiosk"),
        QStringLiteral("kiosk "),
        QStringLiteral("Pump station number"),
        QStringLiteral("pump station numbeR"),
        QStringLiteral("ab"),
        QStringLiteral("ab") + QChar(0),
        QStringLiteral("Zebra"),
        QStringLiteral("_under"),
        QStringLiteral("   "),
        QStringLiteral("\t"),
        QString(),
        QStringLiteral(""),
    };
    QString text = pick(rng, stems);
    if (!text.trimmed().isEmpty() && rng.bounded(3) != 0)
        text += QLatin1Char(' ') + QString::number(rng.bounded(30));
    return text;
}

double randomNumber(QRandomGenerator& rng) {
    static const double specials[] = {
        0.0,   -0.0,  -1.5, 1e-9,  -1e-9,
        12.25, -1e12, 1e12, 99.99, std::numeric_limits<double>::infinity()};
    if (rng.bounded(4) == 0)
        return specials[rng.bounded(quint32(std::size(specials)))];
    return (int(rng.bounded(2001)) - 1000) / 8.0; // duplicates, negatives, fractions
}

Sim randomSim(QRandomGenerator& rng, qint64 id) {
    static const BlockCode blocks[] = {
        BlockCode::None,      BlockCode::User,     BlockCode::Msu,    BlockCode::Package,
        BlockCode::Financial, BlockCode::Operator, BlockCode::Unknown};
    static const SimProfile profiles[] = {SimProfile::TD, SimProfile::TC, SimProfile::Unknown};
    static const LimitType limits[] = {LimitType::Off, LimitType::Month, LimitType::PackageNoRenew,
                                       LimitType::PackageAutoRenew};
    Sim sim;
    sim.id = id;
    sim.iccid = rng.bounded(10) == 0
                    ? QString()
                    : QStringLiteral("8997%1").arg(rng.bounded(500), 15, 10, QLatin1Char('0'));
    sim.number = QStringLiteral("7701%1").arg(rng.bounded(300));
    if (rng.bounded(3) == 0)
        sim.externalNumber = QStringLiteral("88216%1").arg(rng.bounded(1000));
    sim.name = randomText(rng);
    sim.profile = profiles[rng.bounded(3)];
    if (sim.profile == SimProfile::Unknown)
        sim.profileRaw = rng.bounded(2) ? QStringLiteral("XZ") : QString();
    sim.block = blocks[rng.bounded(7)];
    if (sim.block == BlockCode::Unknown)
        sim.blockRaw = QStringLiteral("q");
    sim.balance = randomNumber(rng);
    if (rng.bounded(4) != 0) // some beyond 2^53: equal as doubles, still by id
        sim.msuValue = rng.bounded(3) == 0 ? (qint64(1) << 60) + rng.bounded(4)
                                           : qint64(rng.bounded(2000)) - 1000;
    sim.limit.type = limits[rng.bounded(4)];
    if (rng.bounded(5) != 0)
        sim.limit.valueMb = qint64(rng.bounded(4)) * 512;
    if (rng.bounded(3) != 0)
        sim.limit.usedMb = std::abs(randomNumber(rng));
    sim.tariff.name = pick(rng, {QStringLiteral("TD_Standard"), QStringLiteral("td_standard"),
                                 QStringLiteral("TC_Flex"), QStringLiteral("Тариф Ё")});
    sim.tariff.packageAuto = rng.bounded(2) != 0;
    if (rng.bounded(2) != 0)
        sim.tariff.changeLock =
            QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(rng.bounded(5)) * 86400000LL -
                                               qint64(rng.bounded(2)) * 1000000000000000LL,
                                           Qt::UTC);
    sim.hasGroups = true;
    for (int g = 0; g < int(rng.bounded(3)); ++g)
        sim.groups.append(GroupRef{300 + g, randomText(rng)});
    if (rng.bounded(3) == 0)
        sim.comment = randomText(rng);
    return sim;
}

// Unique ids in random order (so source order is not id order), or ascending.
QVector<Sim> randomFleet(int count, quint32 seed, bool idsAscending) {
    QRandomGenerator rng(seed);
    QVector<qint64> ids(count);
    for (int i = 0; i < count; ++i)
        ids[i] = 1000 + 7 * qint64(i) - (i % 2 ? 0 : 2000000);
    if (!idsAscending)
        std::shuffle(ids.begin(), ids.end(), rng);
    else
        std::sort(ids.begin(), ids.end());
    QVector<Sim> sims;
    for (qint64 id : std::as_const(ids))
        sims.append(randomSim(rng, id));
    return sims;
}

// The order FleetFilterModel has always produced (see the file comment); the
// first non-null raw value decides whether the column sorts as text.
QVector<qint64> referenceOrder(const FleetModel& fleet, int column, Qt::SortOrder order) {
    struct Row {
        QVariant raw;
        QString text;
        double number = 0;
        bool empty = false;
        qint64 id = 0;
    };
    QVector<Row> rows;
    bool text = false;
    for (int r = 0; r < fleet.rowCount(); ++r) {
        const QVariant raw = fleet.index(r, column).data(FleetModel::RawValueRole);
        if (!raw.isNull()) {
            text = raw.typeId() == QMetaType::QString;
            break;
        }
    }
    for (int r = 0; r < fleet.rowCount(); ++r) {
        Row row;
        row.raw = fleet.index(r, column).data(FleetModel::RawValueRole);
        row.id = fleet.simAt(r).id;
        if (text) {
            row.text = row.raw.toString().toLower();
            row.empty = row.text.trimmed().isEmpty();
        } else {
            bool ok = false;
            row.number = row.raw.toDouble(&ok);
            row.empty = !ok || row.raw.isNull();
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.empty != b.empty)
            return !a.empty;
        if (!a.empty) {
            int c = 0;
            if (text)
                c = a.text.compare(b.text);
            else
                c = a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
            if (c != 0)
                return order == Qt::AscendingOrder ? c < 0 : c > 0;
        }
        return a.id < b.id;
    });
    QVector<qint64> ids;
    for (const Row& row : std::as_const(rows))
        ids.append(row.id);
    return ids;
}

QVector<qint64> shownIds(const FleetFilterModel& proxy) {
    QVector<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    return ids;
}

const char* orderName(Qt::SortOrder order) {
    return order == Qt::AscendingOrder ? "asc" : "desc";
}

} // namespace

class TstFleetSort : public QObject {
    Q_OBJECT

private slots:
    void everyColumn_matchesReference_data();
    void everyColumn_matchesReference();
    void orderFlips_andColumnChanges_matchReference();
    void appendedPages_keepReferenceOrder_data();
    void appendedPages_keepReferenceOrder();
    void changedAndRemovedRows_matchReference();
    void distinctTexts_placedByRank_matchReference_data();
    void distinctTexts_placedByRank_matchReference();
    void ranksAreDistinct_onlyWhenNoTwoTextsEqual();
    void bigSortedTable_pagesWaitThenShowInOrder();
    void bigSortedTable_waitingRows_mergedBeforeFilterSortOrRemoval();
    void bigSortedTable_waitingRowsFilteredOut_leaveTheViewAlone();
    void orderedBits_keepNumericOrder();
    void rankTexts_matchesQStringCompare();
    void radixSort_isStable();
};

void TstFleetSort::everyColumn_matchesReference_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("idsAscending");
    for (int c = 0; c < FleetModel::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("col%d-%s", c, orderName(order)) << c << order << false;
            QTest::addRow("col%d-%s-ids-ascending", c, orderName(order)) << c << order << true;
        }
    }
}

void TstFleetSort::everyColumn_matchesReference() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, idsAscending);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(randomFleet(1500, 20 + quint32(column), idsAscending));
    proxy.sort(column, order);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, order));
}

void TstFleetSort::orderFlips_andColumnChanges_matchReference() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(randomFleet(2000, 5, false));
    const int columns[] = {FleetModel::Name,  FleetModel::Balance, FleetModel::Name,
                           FleetModel::Iccid, FleetModel::Status,  FleetModel::Iccid};
    for (int column : columns) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, order));
        }
    }
}

void TstFleetSort::appendedPages_keepReferenceOrder_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column : {int(FleetModel::Iccid), int(FleetModel::Name), int(FleetModel::Balance),
                       int(FleetModel::Msu), int(FleetModel::Groups)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("col%d-%s", column, orderName(order)) << column << order;
    }
}

void TstFleetSort::appendedPages_keepReferenceOrder() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    FleetModel fleet;
    FleetFilterModel proxy;
    // No QAbstractItemModelTester here: it checks every index on each of the
    // many update signals; the other tests run it over the same layout changes.
    proxy.setFleet(&fleet);
    const QVector<Sim> all = randomFleet(1600, 40 + quint32(column), false);
    fleet.upsert(all.mid(0, 400));
    proxy.sort(column, order);
    for (int page = 1; page < 4; ++page) {
        fleet.upsert(all.mid(qsizetype(page) * 400, 400));
        QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, order));
    }
    // The kept keys after appends: flipping the order, then back.
    const Qt::SortOrder flipped =
        order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    proxy.sort(column, flipped);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, flipped));
    fleet.upsert(randomFleet(300, 99, false)); // the same ids: updates
    QTRY_COMPARE(shownIds(proxy), referenceOrder(fleet, column, flipped));
    proxy.sort(column, order);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, order));
}

void TstFleetSort::changedAndRemovedRows_matchReference() {
    FleetModel fleet;
    FleetFilterModel proxy;
    // No QAbstractItemModelTester here: it checks every index on each of the
    // many update signals; the other tests run it over the same layout changes.
    proxy.setFleet(&fleet);
    QVector<Sim> sims = randomFleet(1200, 77, false);
    fleet.upsert(sims);
    proxy.sort(FleetModel::Name, Qt::AscendingOrder);
    for (int i = 0; i < sims.size(); i += 5)
        sims[i].name = sims.at(sims.size() - 1 - i).name + QStringLiteral(" B");
    fleet.upsert(sims);
    QTRY_COMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::AscendingOrder));

    QSet<qint64> keep;
    for (int i = 0; i < sims.size(); ++i) {
        if (i % 3 != 0)
            keep.insert(sims.at(i).id);
    }
    fleet.removeAllExcept(keep);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::AscendingOrder));
    proxy.sort(FleetModel::Name, Qt::DescendingOrder);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::DescendingOrder));
    fleet.upsert(randomFleet(100, 78, false)); // updates, and removed ids back
    QTRY_COMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::DescendingOrder));
}

void TstFleetSort::distinctTexts_placedByRank_matchReference_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("someEmpty");
    for (int column : {int(FleetModel::Iccid), int(FleetModel::Name)}) {
        QTest::addRow("col%d", column) << column << false;
        QTest::addRow("col%d-some-empty", column) << column << true;
    }
}

// Every text of the column different (case-insensitively too), so the rows
// are placed by rank rather than sorted; ids in random order.
void TstFleetSort::distinctTexts_placedByRank_matchReference() {
    QFETCH(int, column);
    QFETCH(bool, someEmpty);
    QVector<Sim> all = randomFleet(1600, 77 + quint32(column), false);
    for (int i = 0; i < all.size(); ++i) {
        const bool empty = someEmpty && i % 9 == 4;
        all[i].iccid =
            empty ? QString()
                  : QStringLiteral("8997%1").arg(i * 7919 % 100003, 15, 10, QLatin1Char('0'));
        all[i].name = empty ? QStringLiteral("  ")
                            : QStringLiteral("Pump %1 %2").arg(i % 2 ? u"Ё" : u"e").arg(i);
    }
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(all.mid(0, 1000));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
        proxy.sort(column, order);
        QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, order));
    }
    // Appended rows: ranked again from the kept order, then placed again.
    fleet.upsert(all.mid(1000));
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, Qt::AscendingOrder));
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, Qt::DescendingOrder));
}

// A table big enough (over FleetFilterModel::kMergeAtOnceRows) that appended
// pages wait to be merged into its order together.
constexpr int kBigTable = 56000;

void TstFleetSort::bigSortedTable_pagesWaitThenShowInOrder() {
    const QVector<Sim> all = randomFleet(kBigTable + 6000, 61, false);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    proxy.sort(FleetModel::Name, Qt::DescendingOrder);
    fleet.upsert(all.mid(0, kBigTable));
    QVERIFY(!proxy.hasRowsWaitingForSort());
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::DescendingOrder));
    QSignalSpy counts(&proxy, &FleetFilterModel::countsChanged);
    for (int page = 0; page < 3; ++page)
        fleet.upsert(all.mid(kBigTable + page * 2000, 2000));
    // Not shown yet: rows only appear in their place in the order.
    QVERIFY(proxy.hasRowsWaitingForSort());
    QCOMPARE(proxy.rowCount(), kBigTable);
    QTRY_VERIFY(!proxy.hasRowsWaitingForSort());
    QCOMPARE(proxy.rowCount(), kBigTable + 6000);
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::DescendingOrder));
    QCOMPARE(counts.last().at(0).toInt(), kBigTable + 6000); // "N of M SIMs" caught up
}

void TstFleetSort::bigSortedTable_waitingRows_mergedBeforeFilterSortOrRemoval() {
    const QVector<Sim> all = randomFleet(kBigTable + 4000, 62, false);
    for (int step = 0; step < 3; ++step) {
        FleetModel fleet;
        FleetFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFleet(&fleet);
        proxy.sort(FleetModel::Balance, Qt::AscendingOrder);
        fleet.upsert(all.mid(0, kBigTable));
        fleet.upsert(all.mid(kBigTable, 2000));
        QVERIFY(proxy.hasRowsWaitingForSort());
        int column = FleetModel::Balance;
        switch (step) {
        case 0: { // a filter: every matching row, the waiting ones too
            FleetFilter filter;
            filter.profile = SimProfile::TC;
            proxy.setFilter(filter);
            QVERIFY(!proxy.hasRowsWaitingForSort());
            QVector<qint64> expected;
            const QVector<qint64> order = referenceOrder(fleet, column, Qt::AscendingOrder);
            for (qint64 id : order) {
                if (fleet.simAt(fleet.rowOfId(id)).profile == SimProfile::TC)
                    expected.append(id);
            }
            QCOMPARE(shownIds(proxy), expected);
            continue;
        }
        case 1: // another column
            column = FleetModel::Iccid;
            proxy.sort(column, Qt::AscendingOrder);
            break;
        default: { // SIMs gone, shown and waiting ones (one run of rows)
            QSet<qint64> kept;
            for (int i = 0; i < kBigTable + 2000; ++i) {
                if (i < kBigTable - 1000 || i >= kBigTable + 1000)
                    kept.insert(all.at(i).id);
            }
            fleet.removeAllExcept(kept);
            QCOMPARE(fleet.rowCount(), int(kept.size()));
            break;
        }
        }
        QVERIFY(!proxy.hasRowsWaitingForSort());
        QCOMPARE(shownIds(proxy), referenceOrder(fleet, column, Qt::AscendingOrder));
    }
}

// Pages the filter hides change no shown row: merged without a layout change.
void TstFleetSort::bigSortedTable_waitingRowsFilteredOut_leaveTheViewAlone() {
    QVector<Sim> all = randomFleet(kBigTable + 4000, 63, false);
    for (int i = 0; i < all.size(); ++i)
        all[i].profile = i < kBigTable ? SimProfile::TC : SimProfile::TD;
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    proxy.sort(FleetModel::Name, Qt::AscendingOrder);
    FleetFilter filter;
    filter.profile = SimProfile::TC;
    proxy.setFilter(filter);
    fleet.upsert(all.mid(0, kBigTable));
    const QVector<qint64> shown = shownIds(proxy);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    fleet.upsert(all.mid(kBigTable, 2000));
    fleet.upsert(all.mid(kBigTable + 2000));
    QTRY_VERIFY(!proxy.hasRowsWaitingForSort());
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(shownIds(proxy), shown);
    proxy.setFilter({});
    QCOMPARE(shownIds(proxy), referenceOrder(fleet, FleetModel::Name, Qt::AscendingOrder));
}

void TstFleetSort::ranksAreDistinct_onlyWhenNoTwoTextsEqual() {
    QVector<Sim> sims = randomFleet(50, 3, true);
    for (int i = 0; i < sims.size(); ++i)
        sims[i].name = QStringLiteral("Meter %1").arg(i);
    sims[7].name = QStringLiteral("   "); // empty: not a text, no rank
    FleetModel fleet;
    fleet.upsert(sims);
    FleetSortKeys keys;
    keys.read(fleet.store(), FleetModel::Name);
    QVERIFY(keys.ranksAreDistinct());
    QCOMPARE(keys.presentRows(), 49);

    sims[9].name = QStringLiteral("METER 8"); // equal to "Meter 8" lower-cased
    fleet.upsert(sims);
    keys.read(fleet.store(), FleetModel::Name);
    QVERIFY(!keys.ranksAreDistinct());
    QCOMPARE(keys.presentRows(), 49);

    keys.read(fleet.store(), FleetModel::Balance); // numbers are never placed by rank
    QVERIFY(!keys.ranksAreDistinct());
}

void TstFleetSort::orderedBits_keepNumericOrder() {
    const double inf = std::numeric_limits<double>::infinity();
    const QVector<double> ascending = {-inf,   -1e300, -2.5, -1.0, -1e-300, -0.0, 0.0,
                                       1e-300, 0.5,    1.0,  2.0,  1e300,   inf};
    for (int i = 0; i + 1 < ascending.size(); ++i) {
        const double a = ascending.at(i);
        const double b = ascending.at(i + 1);
        const quint64 x = FleetSortKeys::orderedBits(a);
        const quint64 y = FleetSortKeys::orderedBits(b);
        QVERIFY2(a == b ? x == y : x < y, qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
    }
}

void TstFleetSort::rankTexts_matchesQStringCompare() {
    QRandomGenerator rng(3);
    for (bool latin1 : {true, false}) {
        TextColumn texts;
        QVector<QString> strings;
        for (int i = 0; i < 3000; ++i) {
            QString s;
            const int length = int(rng.bounded(25));
            for (int k = 0; k < length; ++k) {
                // Few distinct units so texts share long prefixes and repeat.
                static const char16_t wide[] = {0x0000, 0x0041, 0x00e9, 0x0451, 0xd83d,
                                                0xde9a, 0xe000, 0xff46, 0xffff};
                s += latin1 ? QChar(char16_t(u'a' + rng.bounded(3)))
                            : QChar(wide[rng.bounded(quint32(std::size(wide)))]);
            }
            strings.append(s);
            texts.append(s);
        }
        std::vector<int> rows(std::size_t(strings.size()));
        std::iota(rows.begin(), rows.end(), 0);
        std::vector<quint64> ranks(rows.size(), 0);
        rankTexts(texts, rows, ranks);
        for (int i = 0; i < 20000; ++i) {
            const int a = int(rng.bounded(quint32(strings.size())));
            const int b = int(rng.bounded(quint32(strings.size())));
            const int c = strings.at(a).compare(strings.at(b));
            const int r = ranks[std::size_t(a)] < ranks[std::size_t(b)]
                              ? -1
                              : (ranks[std::size_t(a)] > ranks[std::size_t(b)] ? 1 : 0);
            QCOMPARE(r, c < 0 ? -1 : (c > 0 ? 1 : 0));
        }
    }
}

void TstFleetSort::radixSort_isStable() {
    QRandomGenerator rng(8);
    std::vector<KeyedRow> items;
    items.reserve(5000);
    for (int i = 0; i < 5000; ++i)
        items.push_back(KeyedRow{quint64(rng.bounded(40)) << (8 * rng.bounded(8)), i});
    std::vector<KeyedRow> expected = items;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; });
    radixSortByKey(items);
    for (std::size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].key, expected[i].key);
        QCOMPARE(items[i].row, expected[i].row);
    }
}

QTEST_MAIN(TstFleetSort)
#include "tst_fleet_sort.moc"
