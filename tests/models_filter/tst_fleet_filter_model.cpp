#include "FleetFilterModel.h"
#include "FleetModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

namespace {

QVector<Sim> makeFleet(int count, quint32 seed) {
    QRandomGenerator rng(seed);
    static const char* names[] = {"ATM Almaty", "Tracker", "Счётчик газа", "Kiosk", "Pump"};
    static const BlockCode blocks[] = {BlockCode::None,      BlockCode::None,    BlockCode::None,
                                       BlockCode::User,      BlockCode::Msu,     BlockCode::Package,
                                       BlockCode::Financial, BlockCode::Operator};
    QVector<Sim> sims;
    for (int i = 0; i < count; ++i) {
        Sim sim;
        sim.id = 1000 + i;
        sim.iccid = QStringLiteral("89970%1").arg(rng.bounded(100000000), 14, 10, QLatin1Char('0'));
        sim.number = QStringLiteral("7701%1").arg(rng.bounded(10000000), 7, 10, QLatin1Char('0'));
        if (rng.bounded(4) == 0)
            sim.externalNumber = QStringLiteral("88216%1").arg(rng.bounded(100000000));
        if (rng.bounded(6) != 0)
            sim.name = QStringLiteral("%1 %2")
                           .arg(QString::fromUtf8(names[rng.bounded(5)]))
                           .arg(rng.bounded(50));
        sim.profile = rng.bounded(2) ? SimProfile::TD : SimProfile::TC;
        sim.block = blocks[rng.bounded(8)];
        sim.balance = rng.bounded(5000) / 100.0;
        sim.limit.type = sim.profile == SimProfile::TD
                             ? LimitType::PackageAutoRenew
                             : (rng.bounded(2) ? LimitType::Month : LimitType::Off);
        sim.tariff.name = sim.profile == SimProfile::TD ? QStringLiteral("TD_Standard")
                                                        : QStringLiteral("TC_Flex");
        sim.hasGroups = true;
        for (int g = 0; g < int(rng.bounded(3)); ++g)
            sim.groups.append(GroupRef{300 + qint64(rng.bounded(5)),
                                       QStringLiteral("Group %1").arg(rng.bounded(5))});
        sims.append(sim);
    }
    return sims;
}

bool referenceMatch(const Sim& sim, const FleetFilter& filter) {
    if (!filter.matchesCriteria(sim))
        return false;
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return true;
    QStringList fields{sim.iccid, sim.number, sim.externalNumber, sim.name};
    for (const GroupRef& g : sim.groups)
        fields << g.name;
    const QString needle = QString::fromUtf8(filter.needle());
    for (const QString& field : fields) {
        if (field.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVector<qint64> shownIds(const FleetFilterModel& proxy) {
    QVector<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    return ids;
}

} // namespace

class TstFleetFilterModel final : public QObject {
    Q_OBJECT

private slots:
    void filter_matchesBruteForce_data();
    void filter_matchesBruteForce();
    void typing_narrowsAndWidensConsistently();
    void sort_matchesBruteForceAndIsStable_data();
    void sort_matchesBruteForceAndIsStable();
    void selection_survivesFilterAndSort();
    void pagesAppended_whileSortedStayOrdered();
    void sourceUpdate_rechecksMembership();
    void sourceRemoval_dropsRowsAndKeepsOthersSelected();
};

void TstFleetFilterModel::filter_matchesBruteForce_data() {
    QTest::addColumn<FleetFilter>("filter");
    auto add = [](const char* name, auto mutate) {
        FleetFilter f;
        mutate(f);
        QTest::newRow(name) << f;
    };
    add("empty", [](FleetFilter&) {});
    add("text-name", [](FleetFilter& f) { f.text = QStringLiteral("tracker"); });
    add("text-cyrillic-case", [](FleetFilter& f) { f.text = QStringLiteral("СЧЁТЧИК"); });
    add("digits-inside-number", [](FleetFilter& f) { f.text = QStringLiteral("0112"); });
    add("phone-like", [](FleetFilter& f) { f.text = QStringLiteral("+7 701"); });
    add("group-name", [](FleetFilter& f) { f.text = QStringLiteral("group 3"); });
    add("profile-td", [](FleetFilter& f) { f.profile = SimProfile::TD; });
    add("active", [](FleetFilter& f) { f.status = FleetFilter::Status::Active; });
    add("blocked-any-tc", [](FleetFilter& f) {
        f.status = FleetFilter::Status::BlockedAny;
        f.profile = SimProfile::TC;
    });
    add("code-financial", [](FleetFilter& f) {
        f.status = FleetFilter::Status::Code;
        f.blockCode = BlockCode::Financial;
    });
    add("msu", [](FleetFilter& f) { f.msuBlocked = true; });
    add("not-msu-with-text", [](FleetFilter& f) {
        f.msuBlocked = false;
        f.text = QStringLiteral("kiosk");
    });
    add("group-id", [](FleetFilter& f) { f.groupId = 302; });
    add("limit-month", [](FleetFilter& f) { f.limitType = LimitType::Month; });
    add("tariff", [](FleetFilter& f) { f.tariffName = QStringLiteral("TD_Standard"); });
    add("nothing-matches", [](FleetFilter& f) { f.text = QStringLiteral("zzzz-no-such"); });
}

void TstFleetFilterModel::filter_matchesBruteForce() {
    QFETCH(FleetFilter, filter);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(3000, 7));
    proxy.setFilter(filter);

    QVector<qint64> expected;
    for (const Sim& sim : fleet.sims()) {
        if (referenceMatch(sim, filter))
            expected.append(sim.id);
    }
    QCOMPARE(shownIds(proxy), expected); // unsorted: source order
    QCOMPARE(proxy.totalCount(), 3000);
}

void TstFleetFilterModel::typing_narrowsAndWidensConsistently() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(2000, 11));
    const QString typed = fleet.sims().at(123).iccid.mid(3, 12);
    QSignalSpy counts(&proxy, &FleetFilterModel::countsChanged);
    auto check = [&](const QString& text) {
        FleetFilter f;
        f.text = text;
        QVector<qint64> expected;
        for (const Sim& sim : fleet.sims()) {
            if (referenceMatch(sim, f))
                expected.append(sim.id);
        }
        QCOMPARE(shownIds(proxy), expected);
    };
    for (int i = 1; i <= typed.size(); ++i) {
        proxy.setFilterText(typed.left(i));
        check(typed.left(i));
    }
    QVERIFY(shownIds(proxy).contains(fleet.sims().at(123).id));
    for (int i = typed.size() - 1; i >= 0; --i) {
        proxy.setFilterText(typed.left(i));
        check(typed.left(i));
    }
    QCOMPARE(proxy.rowCount(), 2000);
    QVERIFY(counts.count() >= 2 * typed.size() - 1);
}

void TstFleetFilterModel::sort_matchesBruteForceAndIsStable_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c : {int(FleetModel::Iccid), int(FleetModel::Name), int(FleetModel::Status),
                  int(FleetModel::Balance), int(FleetModel::Profile)}) {
        QTest::addRow("col%d-asc", c) << c << Qt::AscendingOrder;
        QTest::addRow("col%d-desc", c) << c << Qt::DescendingOrder;
    }
}

void TstFleetFilterModel::sort_matchesBruteForceAndIsStable() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(1500, 3));
    FleetFilter filter;
    filter.profile = SimProfile::TC;
    proxy.setFilter(filter);
    proxy.sort(column, order);

    // Reference: raw values compared as text (lower case) or numbers, ties by id.
    struct Row {
        QVariant raw;
        qint64 id;
    };
    QVector<Row> rows;
    for (int r = 0; r < fleet.rowCount(); ++r) {
        if (fleet.simAt(r).profile == SimProfile::TC)
            rows.append({fleet.index(r, column).data(FleetModel::RawValueRole), fleet.simAt(r).id});
    }
    const bool text = !rows.isEmpty() && rows.first().raw.typeId() == QMetaType::QString;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        int c = 0;
        if (text) {
            c = a.raw.toString().toLower().compare(b.raw.toString().toLower());
        } else {
            const double x = a.raw.isNull() ? 1e300 : a.raw.toDouble();
            const double y = b.raw.isNull() ? 1e300 : b.raw.toDouble();
            c = x < y ? -1 : (x > y ? 1 : 0);
        }
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.id < b.id;
    });
    QVector<qint64> expected;
    for (const Row& row : rows)
        expected.append(row.id);
    QCOMPARE(shownIds(proxy), expected);
}

void TstFleetFilterModel::selection_survivesFilterAndSort() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(1000, 5));
    QItemSelectionModel selection(&proxy);
    QSet<qint64> chosen;
    for (int row = 0; row < proxy.rowCount(); row += 7) {
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen.insert(proxy.index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    }
    const qint64 currentId = proxy.index(14, 0).data(FleetModel::SimIdRole).toLongLong();
    selection.setCurrentIndex(proxy.index(14, 0), QItemSelectionModel::NoUpdate);

    proxy.sort(FleetModel::Name, Qt::DescendingOrder);
    FleetFilter filter;
    filter.profile = SimProfile::TD;
    proxy.setFilter(filter);
    filter.profile.reset();
    proxy.setFilter(filter); // widen back: hidden rows come back unselected

    QSet<qint64> selectedNow;
    for (const QModelIndex& index : selection.selectedRows())
        selectedNow.insert(index.data(FleetModel::SimIdRole).toLongLong());
    QSet<qint64> expected;
    for (qint64 id : std::as_const(chosen)) {
        const Sim& sim = fleet.simAt(fleet.rowOfId(id));
        if (sim.profile == SimProfile::TD)
            expected.insert(id);
    }
    QCOMPARE(selectedNow, expected);
    const Sim& current = fleet.simAt(fleet.rowOfId(currentId));
    if (current.profile == SimProfile::TD)
        QCOMPARE(selection.currentIndex().data(FleetModel::SimIdRole).toLongLong(), currentId);
}

void TstFleetFilterModel::pagesAppended_whileSortedStayOrdered() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    proxy.sort(FleetModel::Iccid, Qt::AscendingOrder);
    const QVector<Sim> all = makeFleet(1200, 9);
    for (int page = 0; page < 4; ++page)
        fleet.upsert(all.mid(page * 300, 300));
    QCOMPARE(proxy.rowCount(), 1200);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a =
            proxy.index(row - 1, FleetModel::Iccid).data(FleetModel::RawValueRole).toString();
        const QString b =
            proxy.index(row, FleetModel::Iccid).data(FleetModel::RawValueRole).toString();
        QVERIFY2(a <= b, qPrintable(QStringLiteral("row %1: %2 > %3").arg(row).arg(a, b)));
    }
}

void TstFleetFilterModel::sourceUpdate_rechecksMembership() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    QVector<Sim> sims = makeFleet(500, 13);
    for (Sim& sim : sims)
        sim.block = BlockCode::None;
    fleet.upsert(sims);
    FleetFilter filter;
    filter.status = FleetFilter::Status::BlockedAny;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);

    Sim changed = sims.at(42);
    changed.block = BlockCode::User;
    changed.name = QStringLiteral("Now blocked");
    fleet.upsert({changed});
    QTRY_COMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(FleetModel::SimIdRole).toLongLong(), changed.id);

    proxy.setFilterText(QStringLiteral("now blocked"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TstFleetFilterModel::sourceRemoval_dropsRowsAndKeepsOthersSelected() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    const QVector<Sim> sims = makeFleet(300, 17);
    fleet.upsert(sims);
    proxy.sort(FleetModel::Balance, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    const qint64 keep = proxy.index(250, 0).data(FleetModel::SimIdRole).toLongLong();
    selection.select(proxy.index(250, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QSet<qint64> remaining;
    for (const Sim& sim : sims) {
        if (sim.id % 3 != 0 || sim.id == keep)
            remaining.insert(sim.id);
    }
    fleet.removeAllExcept(remaining);
    QCOMPARE(proxy.rowCount(), remaining.size());
    const QVector<qint64> ids = shownIds(proxy);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), remaining);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(FleetModel::SimIdRole).toLongLong(), keep);
}

QTEST_MAIN(TstFleetFilterModel)
#include "tst_fleet_filter_model.moc"
