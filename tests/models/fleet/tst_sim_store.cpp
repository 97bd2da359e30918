// SimStore: the fleet's compact rows give back exactly the SIMs stored, field
// by field and whole, through replacements, removals and arena compaction, and
// a copy is independent of the original once either changes.
#include "models/fleet/SimStore.h"
#include "models/fleet/StoredPages.h"
#include "tests/support/SimBuilders.h"

#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <vector>

using namespace simfleet;

namespace {

// The odd SIMs TestFleet does not make: texts of every length class (empty,
// 252+ and 65,536+ UTF-8 bytes), non-Latin and four-byte characters, extras,
// a queue status, extremes of every number.
QVector<Sim> oddSims() {
    QVector<Sim> sims;
    Sim empty;
    empty.id = 1;
    empty.iccid = QStringLiteral("");
    empty.name = QStringLiteral("");
    empty.comment = QStringLiteral("");
    sims.append(empty);

    Sim longTexts = TestFleet::makeSim(3);
    longTexts.id = 2;
    longTexts.name = QString(252, QLatin1Char('n'));
    longTexts.comment = QString(253, QChar(0x0416)); // 506 UTF-8 bytes
    longTexts.externalNumber = QString(70000, QLatin1Char('7'));
    longTexts.iccid = QStringLiteral("89\U0001F4E1") + QString(300, QChar(0x0451));
    sims.append(longTexts);

    Sim extremes = TestFleet::makeSim(4);
    extremes.id = std::numeric_limits<qint64>::max();
    extremes.balance = -std::numeric_limits<double>::max();
    extremes.msuValue = std::numeric_limits<qint64>::min();
    extremes.limit.valueMb = 0;
    extremes.limit.usedMb = std::numeric_limits<double>::denorm_min();
    extremes.limit.updated = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    extremes.tariff.changeLock = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    extremes.queueStatus = QStringLiteral("");
    extremes.extras = QJsonObject{{QStringLiteral("imsi"), QStringLiteral("401770000000001")},
                                  {QStringLiteral("services"), 3}};
    extremes.groups = {GroupRef{-5, QString()}, GroupRef{6, QStringLiteral("Склад")}};
    sims.append(extremes);

    Sim noGroups = TestFleet::makeSim(9); // hasGroups false
    noGroups.id = 5;
    sims.append(noGroups);
    return sims;
}

QVector<Sim> everySim() {
    return oddSims() + TestFleet::makeSims(300);
}

SimStore storeOf(const QVector<Sim>& sims) {
    SimStore store;
    for (const Sim& sim : sims)
        store.append(sim);
    return store;
}

void compareRow(const SimStore& store, qsizetype row, const Sim& sim) {
    const Sim back = store.sim(row);
    QVERIFY2(back == sim, qPrintable(QStringLiteral("row %1, SIM %2").arg(row).arg(sim.id)));
    QVERIFY(store.equals(row, sim));
    QCOMPARE(back.name.isNull(), sim.name.isNull());
    QCOMPARE(back.comment.isNull(), sim.comment.isNull());
    QCOMPARE(back.queueStatus.isNull(), sim.queueStatus.isNull());
    QCOMPARE(store.id(row), sim.id);
    QCOMPARE(store.profile(row), sim.profile);
    QCOMPARE(store.block(row), sim.block);
    QCOMPARE(store.limitType(row), sim.limit.type);
    QCOMPARE(store.balance(row), sim.balance);
    QCOMPARE(store.msuValue(row), sim.msuValue);
    QVERIFY(store.limit(row) == sim.limit);
    QCOMPARE(store.currency(row), sim.currency);
    QCOMPARE(store.tariffName(row), sim.tariff.name);
    QCOMPARE(store.packageAuto(row), sim.tariff.packageAuto);
    QCOMPARE(store.tariffChangeLock(row), sim.tariff.changeLock);
    QCOMPARE(store.groups(row), sim.groups);
    QCOMPARE(store.profileRaw(row), sim.profileRaw);
    QCOMPARE(store.blockRaw(row), sim.blockRaw);
    QCOMPARE(store.text(row, SimStore::Text::Iccid), sim.iccid);
    QCOMPARE(store.text(row, SimStore::Text::Name).isNull(), sim.name.isNull());
    QCOMPARE(QString::fromUtf8(store.utf8(row, SimStore::Text::Comment)), sim.comment);
}

} // namespace

class TstSimStore : public QObject {
    Q_OBJECT

private slots:
    void append_everyField_readBackEqual() {
        const QVector<Sim> sims = everySim();
        const SimStore store = storeOf(sims);
        QCOMPARE(store.size(), sims.size());
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(store, row, sims.at(row));
    }

    void equals_anyFieldDiffers_false() {
        const Sim base = TestFleet::makeSim(12);
        const SimStore store = storeOf({base});
        QVERIFY(store.equals(0, base));
        const std::vector<std::function<void(Sim&)>> changes = {
            [](Sim& s) { s.iccid += QLatin1Char('1'); },
            [](Sim& s) { s.number.clear(); },
            [](Sim& s) { s.externalNumber = QStringLiteral("x"); },
            [](Sim& s) { s.name = QStringLiteral("other"); },
            [](Sim& s) { s.comment = QStringLiteral("c"); },
            [](Sim& s) { s.balance += 0.01; },
            [](Sim& s) { s.currency = QStringLiteral("USD"); },
            [](Sim& s) { s.msuValue.reset(); },
            [](Sim& s) { s.profile = SimProfile::TC; },
            [](Sim& s) { s.block = BlockCode::Financial; },
            [](Sim& s) {
                s.groups.append(GroupRef{1, QStringLiteral("g")});
            },
            [](Sim& s) { s.limit.usedMb = 1.0; },
            [](Sim& s) { s.limit.updated.reset(); },
            [](Sim& s) { s.tariff.id += 1; },
            [](Sim& s) { s.tariff.name = QStringLiteral("T"); },
            [](Sim& s) { s.tariff.packageAuto = !s.tariff.packageAuto; },
            [](Sim& s) { s.tariff.changeLock = QDateTime::fromSecsSinceEpoch(5, Qt::UTC); },
            [](Sim& s) { s.queueStatus = QStringLiteral("done"); },
            [](Sim& s) { s.extras.insert(QStringLiteral("k"), 1); },
            [](Sim& s) { s.profileRaw = QStringLiteral("ZZ"); },
        };
        for (std::size_t i = 0; i < changes.size(); ++i) {
            Sim changed = base;
            changes[i](changed);
            QVERIFY2(changed != base, qPrintable(QString::number(i)));
            QVERIFY2(!store.equals(0, changed), qPrintable(QString::number(i)));
        }
    }

    void set_replacesRow_andRareFieldsFollow() {
        QVector<Sim> sims = everySim();
        SimStore store = storeOf(sims);
        // A SIM with extras replaced by one without, and the other way round.
        Sim plain = TestFleet::makeSim(40);
        plain.id = sims.at(2).id;
        store.set(2, plain);
        sims[2] = plain;
        Sim odd = sims.at(1);
        odd.id = sims.at(10).id;
        odd.extras = QJsonObject{{QStringLiteral("inn"), QStringLiteral("7701")}};
        store.set(10, odd);
        sims[10] = odd;
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(store, row, sims.at(row));
    }

    void set_manyTimes_arenaCompactedAndRowsKept() {
        QVector<Sim> sims = TestFleet::makeSims(2000);
        SimStore store = storeOf(sims);
        qsizetype written = store.arenaBytes();
        for (int round = 0; round < 40; ++round) {
            for (qsizetype row = 0; row < sims.size(); ++row) {
                sims[row].name = QStringLiteral("round %1 row %2 ").arg(round).arg(row) +
                                 QString(row % 50, QLatin1Char('x'));
                const qsizetype before = store.arenaBytes();
                store.set(row, sims.at(row));
                written += qMax<qsizetype>(0, store.arenaBytes() - before);
            }
        }
        // Compacted once the replaced texts pass 1 MB and half the arena.
        QVERIFY2(written > 4 * (1 << 20), qPrintable(QString::number(written)));
        QVERIFY2(store.arenaBytes() < 3 * (1 << 20),
                 qPrintable(QString::number(store.arenaBytes())));
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(store, row, sims.at(row));
    }

    void removeRows_keepsTheOthersInOrder() {
        QVector<Sim> sims = everySim();
        SimStore store = storeOf(sims);
        store.removeRows(0, 3); // the odd ones, extras included
        sims.remove(0, 3);
        store.removeRows(100, 50);
        sims.remove(100, 50);
        store.removeRows(store.size() - 1, 1);
        sims.removeLast();
        QCOMPARE(store.size(), sims.size());
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(store, row, sims.at(row));
        store.clear();
        QVERIFY(store.isEmpty());
        QCOMPARE(store.arenaBytes(), 0);
    }

    void copy_sharesUntilChanged_thenIndependent() {
        const QVector<Sim> sims = everySim();
        SimStore original = storeOf(sims);
        const SimStore copy = original;
        Sim renamed = sims.at(7);
        renamed.name = QStringLiteral("renamed");
        original.set(7, renamed);
        original.append(TestFleet::makeSim(999));
        original.removeRows(0, 1);
        QCOMPARE(copy.size(), sims.size());
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(copy, row, sims.at(row));
        QCOMPARE(original.sim(6).name, QStringLiteral("renamed"));
    }

    void copy_readOnOtherThreadsWhileOriginalChanges() {
        const QVector<Sim> sims = TestFleet::makeSims(3000);
        SimStore original = storeOf(sims);
        const SimStore copy = original;
        bool allEqual = true;
        QThread* reader = QThread::create([&copy, &sims, &allEqual] {
            for (qsizetype row = 0; row < copy.size(); ++row)
                allEqual = allEqual && copy.sim(row) == sims.at(row);
        });
        reader->start();
        for (qsizetype row = 0; row < original.size(); row += 3)
            original.set(row, TestFleet::makeSim(int(row) + 5000));
        QVERIFY(reader->wait(60000));
        delete reader;
        QVERIFY(allEqual);
    }

    void import_fromAnotherStore_sameSimsAndSameRows() {
        const QVector<Sim> sims = everySim();
        const SimStore source = storeOf(sims);
        // The target already holds other SIMs, so its interned values and
        // arena offsets differ from the source's.
        const QVector<Sim> before = TestFleet::makeSims(50, 5000);
        SimStore target = storeOf(before);
        SimStore::Import import(&target, source);
        for (qsizetype from = 0; from < source.size(); ++from)
            import.append(from);
        QCOMPARE(target.size(), before.size() + sims.size());
        for (qsizetype row = 0; row < before.size(); ++row)
            compareRow(target, row, before.at(row));
        for (qsizetype from = 0; from < sims.size(); ++from) {
            compareRow(target, before.size() + from, sims.at(from));
            QVERIFY(target.equals(before.size() + from, source, from));
            QVERIFY(source.equals(from, target, before.size() + from));
        }
        // Rows that differ in any way are told apart.
        for (qsizetype from = 0; from + 1 < sims.size(); ++from)
            QVERIFY(!target.equals(before.size() + from, source, from + 1));
        // Replacing a row: the rare fields and texts follow the new SIM.
        import.set(0, 2); // everySim()'s SIM with extras
        compareRow(target, 0, sims.at(2));
        import.set(0, 10);
        compareRow(target, 0, sims.at(10));
        QVERIFY(!target.equals(0, source, 2));
    }

    void equals_storesOfOddRows_likeSimEquality() {
        const QVector<Sim> sims = everySim();
        const SimStore a = storeOf(sims);
        const SimStore b = storeOf(sims);
        for (qsizetype i = 0; i < 40; ++i) {
            for (qsizetype j = 0; j < 40; ++j)
                QCOMPARE(a.equals(i, b, j), sims.at(i) == sims.at(j));
        }
    }

    void reserve_keepsRows() {
        const QVector<Sim> sims = everySim();
        SimStore store = storeOf(sims);
        store.reserve(100000);
        QVERIFY(store.capacity() >= 100000);
        for (qsizetype row = 0; row < sims.size(); ++row)
            compareRow(store, row, sims.at(row));
    }
    // A stored fleet's pages joined: id order, each id once, its last copy,
    // every field (interned values included) as stored.
    void joinStoredPages_idOrderEachIdOnce() {
        QVector<Sim> first;
        QVector<Sim> second;
        for (int i = 0; i < 40; ++i)
            first.append(TestFleet::makeSim(i % 2 == 0 ? 100 + i : 500 - i));
        second = oddSims();
        Sim again = first.at(7);
        again.name = QStringLiteral("the last copy");
        second.append(again);
        second.append(TestFleet::makeSim(1));
        const SimStore a = storeOf(first);
        const SimStore b = storeOf(second);
        const SimStore joined = joinStoredPages({&a, &b});
        QMap<qint64, Sim> expected; // by id; a later copy replaces
        for (const QVector<Sim>& page : {first, second}) {
            for (const Sim& sim : page)
                expected.insert(sim.id, sim);
        }
        QCOMPARE(joined.size(), expected.size());
        qsizetype row = 0;
        for (const Sim& sim : std::as_const(expected))
            compareRow(joined, row++, sim);
        // Already in order: joined as they are.
        const SimStore ordered = storeOf({TestFleet::makeSim(1), TestFleet::makeSim(2)});
        const SimStore same = joinStoredPages({&ordered});
        QCOMPARE(same.size(), 2);
        QCOMPARE(same.id(1), TestFleet::makeSim(2).id);
        QCOMPARE(joinStoredPages({}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSimStore)
#include "tst_sim_store.moc"
