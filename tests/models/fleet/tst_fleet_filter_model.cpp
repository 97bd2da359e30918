#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetSearchText.h"
#include "models/fleet/LocalSimTableSource.h"
#include "models/fleet/ServerFleetModel.h"
#include "tests/support/SimBuilders.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace simfleet;
using namespace Qt::Literals::StringLiterals;

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
    for (const QByteArray& alternative : filter.needle().split(FleetSearchText::kAlternative)) {
        const QString needle = QString::fromUtf8(alternative);
        for (const QString& field : fields) {
            if (FleetSearchText::fold(field).contains(needle))
                return true;
        }
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
    void typing_sameRows_noLayoutChange();
    void typing_underCriteria_matchesReference_data();
    void typing_underCriteria_matchesReference();
    void searchText_caughtUpOnceRowsStopComing();
    void searchText_searchedBeforeCaughtUp_findsEveryRow();
    void bigSearch_inTwoHalves_matchesRowByRow();
    void sort_matchesBruteForceAndIsStable_data();
    void sort_matchesBruteForceAndIsStable();
    void selection_survivesFilterAndSort();
    void pagesAppended_whileSortedStayOrdered();
    void storeTaken_whileSortedAndFiltered_likeSortedAfter();
    void sourceUpdate_rechecksMembership();
    void sourceRemoval_dropsRowsAndKeepsOthersSelected();
    void search_yoAndYe_areOneLetter();
    void search_groupNames_followTheStoreAfterClear();
    void search_localNumberForm_findsInternational();
    void sort_emptyValues_lastInBothOrders_data();
    void sort_emptyValues_lastInBothOrders();
    void onlyIds_showsThoseSimsAndKeepsSelection();
    void notMsu_hidesOnlyMsuBlocked();
    void serverQuery_numbersSentAsStoredDigits();
    void localTableSource_rowsIdsCountsAndHiddenSims();
    void serverTableSource_offersWhatTheApiFilters();
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
    add("msu", [](FleetFilter& f) {
        f.status = FleetFilter::Status::Code;
        f.blockCode = BlockCode::Msu;
    });
    add("not-msu-with-text", [](FleetFilter& f) {
        f.status = FleetFilter::Status::NotMsu;
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
    for (const Sim& sim : fleet.allSims()) {
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
    const QString typed = fleet.allSims().at(123).iccid.mid(3, 12);
    QSignalSpy counts(&proxy, &FleetFilterModel::countsChanged);
    // The counts are announced whenever the number of rows shown changes; a
    // keystroke that keeps the same rows changes nothing and says nothing.
    int shownBefore = proxy.rowCount();
    int changes = 0;
    auto check = [&](const QString& text) {
        FleetFilter f;
        f.text = text;
        QVector<qint64> expected;
        for (const Sim& sim : fleet.allSims()) {
            if (referenceMatch(sim, f))
                expected.append(sim.id);
        }
        QCOMPARE(shownIds(proxy), expected);
        if (proxy.rowCount() != shownBefore) {
            ++changes;
            QCOMPARE(counts.constLast().at(0).toInt(), proxy.rowCount());
        }
        shownBefore = proxy.rowCount();
    };
    for (int i = 1; i <= typed.size(); ++i) {
        proxy.setFilterText(typed.left(i));
        check(typed.left(i));
    }
    QVERIFY(shownIds(proxy).contains(fleet.allSims().at(123).id));
    for (int i = typed.size() - 1; i >= 0; --i) {
        proxy.setFilterText(typed.left(i));
        check(typed.left(i));
    }
    QCOMPARE(proxy.rowCount(), 2000);
    QVERIFY(changes > 2);
    QCOMPARE(counts.count(), changes);
}

void TstFleetFilterModel::typing_sameRows_noLayoutChange() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(800, 21)); // every ICCID starts with 89970
    QItemSelectionModel selection(&proxy);
    selection.select(proxy.index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 selectedId = proxy.index(5, 0).data(FleetModel::SimIdRole).toLongLong();
    QSignalSpy layouts(&proxy, &FleetFilterModel::layoutChanged);
    QSignalSpy counts(&proxy, &FleetFilterModel::countsChanged);
    for (const QString& text : {u"8"_s, u"89"_s, u"899"_s, u"8997"_s, u"899"_s, u"8"_s, u""_s}) {
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), 800);
    }
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(FleetModel::SimIdRole).toLongLong(),
             selectedId);
    // A keystroke that does change the rows is laid out as before.
    proxy.setFilterText(u"899701"_s);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(counts.count(), 1);
}

void TstFleetFilterModel::typing_underCriteria_matchesReference_data() {
    QTest::addColumn<FleetFilter>("criteria");
    QTest::addColumn<int>("sortColumn");
    FleetFilter none;
    FleetFilter td;
    td.profile = SimProfile::TD;
    FleetFilter blocked;
    blocked.status = FleetFilter::Status::BlockedAny;
    QTest::newRow("no criteria") << none << -1;
    QTest::newRow("TD only") << td << -1;
    QTest::newRow("blocked only") << blocked << -1;
    QTest::newRow("TD only, sorted by name") << td << int(FleetModel::Name);
    QTest::newRow("no criteria, sorted by balance") << none << int(FleetModel::Balance);
}

void TstFleetFilterModel::typing_underCriteria_matchesReference() {
    // Typing narrows through results of every size: most of the fleet (each
    // row scanned, the wider rows kept), a few (only those searched), one.
    // Under criteria the narrower result must keep honouring them.
    QFETCH(FleetFilter, criteria);
    QFETCH(int, sortColumn);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    fleet.upsert(makeFleet(3000, 31));
    if (sortColumn >= 0)
        proxy.sort(sortColumn);
    proxy.setFilter(criteria);
    const QString typed = fleet.allSims().at(1234).iccid.mid(4, 10);
    const auto check = [&](const QString& text) {
        FleetFilter filter = criteria;
        filter.text = text;
        QVector<qint64> expected;
        for (const Sim& sim : fleet.allSims()) {
            if (referenceMatch(sim, filter))
                expected.append(sim.id);
        }
        QVector<qint64> shown = shownIds(proxy);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
    };
    for (int round = 0; round < 2; ++round) {
        for (int i = 1; i <= typed.size(); ++i) {
            proxy.setFilterText(typed.left(i));
            check(typed.left(i));
        }
        for (int i = typed.size() - 1; i >= 0; --i) {
            proxy.setFilterText(typed.left(i));
            check(typed.left(i));
        }
    }
}

namespace {

// The ids of `fleet`'s SIMs that `text` finds, in source order.
QVector<qint64> referenceIds(const FleetModel& fleet, const QString& text) {
    FleetFilter filter;
    filter.text = text;
    QVector<qint64> ids;
    for (const Sim& sim : fleet.allSims()) {
        if (referenceMatch(sim, filter))
            ids.append(sim.id);
    }
    return ids;
}

} // namespace

void TstFleetFilterModel::searchText_caughtUpOnceRowsStopComing() {
    // Rows that come while no text filter is set are shown at once; their
    // search text follows in turns of the event loop.
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    const QVector<Sim> sims = makeFleet(20000, 41);
    fleet.upsert(sims.mid(0, 10000)); // the first rows of an empty table
    QVERIFY(!proxy.isSearchTextComplete());
    QTRY_VERIFY(proxy.isSearchTextComplete());
    fleet.upsert(sims.mid(10000, 5000));
    fleet.upsert(sims.mid(15000));
    QCOMPARE(proxy.rowCount(), 20000);
    QVERIFY(!proxy.isSearchTextComplete());
    QTRY_VERIFY(proxy.isSearchTextComplete());
    // Changed values make it stale; it is rebuilt the same way.
    Sim renamed = sims.at(100);
    renamed.name = u"Renamed kiosk"_s;
    fleet.upsert(QVector<Sim>{renamed});
    QVERIFY(!proxy.isSearchTextComplete());
    QTRY_VERIFY(proxy.isSearchTextComplete());
    const QString typed = sims.at(15000).iccid.mid(5, 6);
    proxy.setFilterText(typed);
    QCOMPARE(shownIds(proxy), referenceIds(fleet, typed));
    QVERIFY(shownIds(proxy).contains(sims.at(15000).id));
}

void TstFleetFilterModel::searchText_searchedBeforeCaughtUp_findsEveryRow() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    const QVector<Sim> sims = makeFleet(9000, 43);
    fleet.upsert(sims.mid(0, 3000));
    QVERIFY(!proxy.isSearchTextComplete());
    // Typed before the turns ran: the text is completed for the search.
    proxy.setFilterText(u"Kiosk 1"_s);
    QVERIFY(proxy.isSearchTextComplete());
    QCOMPARE(shownIds(proxy), referenceIds(fleet, u"Kiosk 1"_s));
    // Pages that come while a text filter is set are searched as they come.
    fleet.upsert(sims.mid(3000, 3000));
    QVERIFY(proxy.isSearchTextComplete());
    QCOMPARE(shownIds(proxy), referenceIds(fleet, u"Kiosk 1"_s));
    // Without one they wait again, and a later search still sees them.
    proxy.setFilterText({});
    fleet.upsert(sims.mid(6000));
    QVERIFY(!proxy.isSearchTextComplete());
    proxy.setFilterText(u"счётчик"_s);
    QCOMPARE(shownIds(proxy), referenceIds(fleet, u"счётчик"_s));
    QCOMPARE(proxy.rowCount() > 0, true);
    // A changed name is searched by its new value, even with turns pending.
    Sim renamed = sims.at(8500);
    renamed.name = u"Renamed pump"_s;
    fleet.upsert(QVector<Sim>{renamed});
    proxy.setFilterText(u"renamed pump"_s);
    QCOMPARE(shownIds(proxy), QVector<qint64>{renamed.id});
    QTRY_VERIFY(proxy.isSearchTextComplete());
}

void TstFleetFilterModel::bigSearch_inTwoHalves_matchesRowByRow() {
    const int rows = int(FleetSearchText::kSplitSearchRows) * 2 + 123;
    SimStore sims;
    for (const Sim& sim : makeFleet(rows, 23))
        sims.append(sim);
    FleetSearchText text;
    text.rebuild(sims);
    const auto byRow = [&](const QByteArray& needle, const QVector<int>* among) {
        QVector<int> found;
        for (int row = 0; row < rows; ++row) {
            if ((!among || std::binary_search(among->cbegin(), among->cend(), row)) &&
                text.rowContains(row, needle))
                found.append(row);
        }
        return found;
    };
    for (const QByteArray& needle :
         {QByteArrayLiteral("7"), QByteArrayLiteral("0123"), QByteArrayLiteral("счёт"),
          QByteArrayLiteral("group 3"), QByteArrayLiteral("no such text")}) {
        const QVector<int> all = text.find(needle);
        QCOMPARE(all, byRow(needle, nullptr));
        // Candidates both above and below the size that splits a search.
        QVector<int> many(rows - 100);
        std::iota(many.begin(), many.end(), 50);
        QCOMPARE(text.find(needle, &many), byRow(needle, &many));
        const QVector<int> few = all.mid(0, 1000);
        QCOMPARE(text.find(needle, &few), byRow(needle, &few));
    }
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
    const auto isEmpty = [&](const Row& row) {
        return row.raw.isNull() || (text && row.raw.toString().trimmed().isEmpty());
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (isEmpty(a) != isEmpty(b))
            return !isEmpty(a); // empty values last in both orders
        if (isEmpty(a))
            return a.id < b.id;
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
    for (qsizetype page = 0; page < 4; ++page)
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

void TstFleetFilterModel::storeTaken_whileSortedAndFiltered_likeSortedAfter() {
    // A stored fleet taken whole by a table already sorted and filtered is
    // sorted at once; the order is the one sorting afterwards gives.
    const QVector<Sim> all = makeFleet(3000, 47);
    FleetModel fleet;
    FleetFilterModel before;
    QAbstractItemModelTester tester(&before,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    before.setFleet(&fleet);
    before.sort(FleetModel::Name, Qt::DescendingOrder);
    before.setFilterText(u"i"_s);
    fleet.take(SimStore::of(all));
    FleetFilterModel after;
    after.setFleet(&fleet);
    after.setFilterText(u"i"_s);
    after.sort(FleetModel::Name, Qt::DescendingOrder);
    QCOMPARE(before.rowCount(), after.rowCount());
    QVERIFY(before.rowCount() > 100);
    QCOMPARE(shownIds(before), shownIds(after));
    // Pages after it are merged in as before.
    QVector<Sim> more = makeFleet(200, 53);
    for (Sim& sim : more)
        sim.id += 100000;
    fleet.upsert(more);
    after.sort(-1);
    after.sort(FleetModel::Name, Qt::DescendingOrder);
    QCOMPARE(shownIds(before), shownIds(after));
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

namespace {

QSet<qint64> idSet(const QVector<qint64>& ids) {
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QVector<qint64> shownFor(FleetFilterModel& proxy, const QString& text) {
    proxy.setFilterText(text);
    return shownIds(proxy);
}

} // namespace

// Each group list's search text is made once per list number of the store;
// after the table is cleared the same numbers mean other lists.
void TstFleetFilterModel::search_groupNames_followTheStoreAfterClear() {
    FleetModel fleet;
    FleetFilterModel proxy;
    proxy.setFleet(&fleet);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<GroupRef> trucks{GroupRef{1, u"Trucks"_s}};
    const QVector<GroupRef> meters{GroupRef{2, u"Счётчики"_s}, GroupRef{3, u"North"_s}};
    fleet.upsert({makeSim(1, SimProfile::TC, BlockCode::None, trucks),
                  makeSim(2, SimProfile::TC, BlockCode::None, meters),
                  makeSim(3, SimProfile::TC, BlockCode::None, trucks)});
    proxy.setFilterText(u"truck"_s);
    QCOMPARE(shownIds(proxy), (QVector<qint64>{1, 3}));
    proxy.setFilterText(u"счетчик"_s);
    QCOMPARE(shownIds(proxy), (QVector<qint64>{2}));

    fleet.clear();
    // The first list interned now is `meters`, under the number `trucks` had.
    fleet.upsert({makeSim(4, SimProfile::TC, BlockCode::None, meters),
                  makeSim(5, SimProfile::TC, BlockCode::None, trucks)});
    proxy.setFilterText(u"truck"_s);
    QCOMPARE(shownIds(proxy), (QVector<qint64>{5}));
    proxy.setFilterText(u"north"_s);
    QCOMPARE(shownIds(proxy), (QVector<qint64>{4}));
    // Appended rows use the same texts.
    fleet.upsert({makeSim(6, SimProfile::TC, BlockCode::None, meters)});
    QCOMPARE(shownIds(proxy), (QVector<qint64>{4, 6}));

    // Rows of two stores in one text: list number 0 is a different list in each.
    SimStore first;
    first.append(makeSim(1, SimProfile::TC, BlockCode::None, trucks));
    SimStore second;
    second.append(makeSim(2, SimProfile::TC, BlockCode::None, meters));
    FleetSearchText text;
    text.append(first, 0);
    text.append(second, 0);
    QCOMPARE(text.find("truck"), (QVector<int>{0}));
    QCOMPARE(text.find("north"), (QVector<int>{1}));
}

void TstFleetFilterModel::search_yoAndYe_areOneLetter() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    QVector<Sim> sims = makeFleet(40, 11);
    for (Sim& sim : sims)
        sim.name = QStringLiteral("Pump");
    sims[3].name = QStringLiteral("Счётчик газа");
    sims[7].name = QStringLiteral("Счетчик воды");
    sims[9].name = QStringLiteral("СЧЁТЧИК");
    sims[12].groups = {GroupRef{301, QStringLiteral("Ёлки")}};
    fleet.upsert(sims);
    const QSet<qint64> meters{sims[3].id, sims[7].id, sims[9].id};
    QCOMPARE(idSet(shownFor(proxy, QStringLiteral("счетчик"))), meters);
    QCOMPARE(idSet(shownFor(proxy, QStringLiteral("счётчик"))), meters);
    QCOMPARE(idSet(shownFor(proxy, QStringLiteral("СЧЕТЧИК Г"))), QSet<qint64>{sims[3].id});
    QCOMPARE(idSet(shownFor(proxy, QStringLiteral("елки"))), QSet<qint64>{sims[12].id});
    QCOMPARE(idSet(shownFor(proxy, QStringLiteral("Ёлки"))), QSet<qint64>{sims[12].id});
}

void TstFleetFilterModel::search_localNumberForm_findsInternational() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    QVector<Sim> sims = makeFleet(600, 5);
    sims[10].number = QStringLiteral("77014281234");
    sims[11].number = QStringLiteral("77014289999");
    sims[12].number = QStringLiteral("79124281234"); // Russian mobile: 8 912 … locally
    fleet.upsert(sims);

    const QVector<qint64> international = shownFor(proxy, QStringLiteral("+7 701 428"));
    QVERIFY(international.contains(sims[10].id) && international.contains(sims[11].id));
    QCOMPARE(shownFor(proxy, QStringLiteral("8 701 428")), international);
    QCOMPARE(shownFor(proxy, QStringLiteral("8 (701) 428-")), international);
    QCOMPARE(shownFor(proxy, QStringLiteral("87014281234")),
             shownFor(proxy, QStringLiteral("+77014281234")));
    QCOMPARE(shownFor(proxy, QStringLiteral("87014281234")), QVector<qint64>{sims[10].id});
    QVERIFY(shownFor(proxy, QStringLiteral("8 912 428")).contains(sims[12].id));

    // ICCID prefixes (they start with 89) still find their SIMs.
    const QVector<qint64> all = shownFor(proxy, QStringLiteral("89970"));
    QCOMPARE(all.size(), sims.size());
    QCOMPARE(shownFor(proxy, QStringLiteral("8997 0")), all);
    const QString iccidStart = sims[20].iccid.left(12);
    QVERIFY(shownFor(proxy, iccidStart).contains(sims[20].id));

    // Typing on digit by digit agrees with a fresh filter (narrowing stays right).
    FleetFilterModel fresh;
    fresh.setFleet(&fleet);
    for (const QString& text :
         {QStringLiteral("8"), QStringLiteral("87"), QStringLiteral("870"), QStringLiteral("8701"),
          QStringLiteral("87014"), QStringLiteral("8 7014"), QStringLiteral("899")}) {
        FleetFilter filter;
        filter.text = text;
        fresh.setFilter(filter);
        QCOMPARE(shownFor(proxy, text), shownIds(fresh));
        int expected = 0;
        for (const Sim& sim : sims)
            expected += referenceMatch(sim, filter) ? 1 : 0;
        QCOMPARE(fresh.rowCount(), expected);
    }
}

void TstFleetFilterModel::sort_emptyValues_lastInBothOrders_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c : {int(FleetModel::Name), int(FleetModel::ExternalNumber), int(FleetModel::Msu),
                  int(FleetModel::Balance), int(FleetModel::Limit),
                  int(FleetModel::TariffChangeLock), int(FleetModel::Comment)}) {
        QTest::addRow("col%d-asc", c) << c << Qt::AscendingOrder;
        QTest::addRow("col%d-desc", c) << c << Qt::DescendingOrder;
    }
}

void TstFleetFilterModel::sort_emptyValues_lastInBothOrders() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    QVector<Sim> sims = makeFleet(300, 8);
    for (int i = 0; i < sims.size(); ++i) {
        Sim& sim = sims[i];
        sim.profile = i % 3 == 0 ? SimProfile::TC : SimProfile::TD; // TD: no balance shown
        if (i % 3 == 0) {
            sim.msuValue = i;
            sim.limit.type = LimitType::Month;
            sim.limit.valueMb = 100;
            sim.limit.usedMb = i % 100;
            sim.tariff.changeLock = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
            sim.comment = QStringLiteral("note %1").arg(i);
            sim.name = QStringLiteral("n%1").arg(i);
            sim.externalNumber = QStringLiteral("8821%1").arg(i);
        } else {
            sim.msuValue.reset();
            sim.limit.type = LimitType::Off;
            sim.limit.valueMb.reset();
            sim.tariff.changeLock.reset();
            sim.comment.clear();
            sim.name.clear();
            sim.externalNumber.clear();
        }
    }
    fleet.upsert(sims);
    proxy.sort(column, order);
    // Every row with a value comes before every empty one.
    bool seenEmpty = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString shown = proxy.index(row, column).data().toString().trimmed();
        if (shown.isEmpty() || shown == QStringLiteral("—"))
            seenEmpty = true;
        else
            QVERIFY2(!seenEmpty,
                     qPrintable(QStringLiteral("row %1 has a value after an empty one").arg(row)));
    }
    QVERIFY(seenEmpty);
    QVERIFY(!proxy.index(0, column).data().toString().trimmed().isEmpty());
}

void TstFleetFilterModel::onlyIds_showsThoseSimsAndKeepsSelection() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    const QVector<Sim> sims = makeFleet(200, 4);
    fleet.upsert(sims);
    QItemSelectionModel selection(&proxy);
    const QVector<int> rows{3, 50, 51, 120};
    QSet<qint64> ids;
    for (int row : rows) {
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids.insert(proxy.index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    }
    FleetFilter only;
    only.onlyIds = ids;
    proxy.setFilter(only);
    QCOMPARE(idSet(shownIds(proxy)), ids);
    QCOMPARE(selection.selectedRows().size(), rows.size());
    QVERIFY(!only.isEmpty());
    proxy.setFilter(FleetFilter{});
    QCOMPARE(proxy.rowCount(), sims.size());
    QSet<qint64> stillSelected;
    for (const QModelIndex& index : selection.selectedRows())
        stillSelected.insert(index.data(FleetModel::SimIdRole).toLongLong());
    QCOMPARE(stillSelected, ids);
}

void TstFleetFilterModel::notMsu_hidesOnlyMsuBlocked() {
    FleetModel fleet;
    FleetFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFleet(&fleet);
    const QVector<Sim> sims = makeFleet(300, 6);
    fleet.upsert(sims);
    FleetFilter filter;
    filter.status = FleetFilter::Status::NotMsu;
    proxy.setFilter(filter);
    int expected = 0;
    for (const Sim& sim : sims)
        expected += sim.block == BlockCode::Msu ? 0 : 1;
    QCOMPARE(proxy.rowCount(), expected);
    QVERIFY(expected < sims.size());
}

void TstFleetFilterModel::serverQuery_numbersSentAsStoredDigits() {
    const auto query = [](const QString& text) {
        FleetFilter filter;
        filter.text = text;
        return ServerFleetModel::queryFor(filter).query;
    };
    QCOMPARE(query(QStringLiteral("+7 701 428-")), QStringLiteral("7701428"));
    QCOMPARE(query(QStringLiteral("8 701 428")), QStringLiteral("7701428"));
    QCOMPARE(query(QStringLiteral("8997 0123")), QStringLiteral("89970123")); // an ICCID start
    QCOMPARE(query(QStringLiteral(" Счётчик ")), QStringLiteral("Счётчик"));
    FleetFilter notMsu;
    notMsu.status = FleetFilter::Status::NotMsu;
    QCOMPARE(ServerFleetModel::queryFor(notMsu).msuBlocked, std::optional<bool>(false));
}

void TstFleetFilterModel::localTableSource_rowsIdsCountsAndHiddenSims() {
    FleetModel fleet;
    fleet.upsert(makeFleet(200, 7));
    LocalSimTableSource source(&fleet);
    QAbstractItemModelTester tester(source.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(source.tableModel(), source.filterModel());
    QVERIFY(source.holdsWholeFleet());
    QVERIFY(source.canFilterBy(SimTableSource::FilterCriterion::OnlyIds));
    QCOMPARE(source.heldSims().size(), 200);
    QObject context;
    int countsChanged = 0;
    source.connectCountsChanged(&context, [&countsChanged] { ++countsChanged; });

    FleetFilter td;
    td.profile = SimProfile::TD;
    source.setFilter(td);
    source.sort(FleetModel::Iccid, Qt::DescendingOrder);
    QVERIFY(countsChanged > 0);
    const QVector<Sim> all = fleet.allSims();
    const int tdCount = int(std::count_if(
        all.cbegin(), all.cend(), [](const Sim& sim) { return sim.profile == SimProfile::TD; }));
    QCOMPARE(source.rowCounts().matched, tdCount);
    QCOMPARE(source.rowCounts().total, 200);
    QVERIFY(!source.isNoMatch());
    QVERIFY(!source.isFleetEmpty());
    for (int row = 0; row < tdCount; ++row) {
        const std::optional<Sim> sim = source.simAtRow(row);
        QVERIFY(sim);
        QCOMPARE(sim->profile, SimProfile::TD);
        QCOMPARE(source.rowOfSim(sim->id), row);
        QCOMPARE(source.tableModel()->index(row, FleetModel::Iccid).data().toString(), sim->iccid);
    }
    QVERIFY(!source.simAtRow(tdCount));
    QCOMPARE(source.idsOfRows({2, 0}),
             (QVector<qint64>{source.simAtRow(2)->id, source.simAtRow(0)->id}));
    const Sim& tc = *std::find_if(all.cbegin(), all.cend(),
                                  [](const Sim& sim) { return sim.profile == SimProfile::TC; });
    QVERIFY(source.hidesSim(tc.id));
    QCOMPARE(source.rowOfSim(tc.id), -1);
    QCOMPARE(source.findSim(tc.id)->iccid, tc.iccid);
    QVERIFY(!source.hidesSim(1));
    QVERIFY(!source.findSim(1));

    FleetFilter nothing;
    nothing.text = QStringLiteral("no such sim");
    source.setFilter(nothing);
    QVERIFY(source.isNoMatch());
    source.setNameEditable(true);
    QVERIFY(fleet.isNameEditable());
}

void TstFleetFilterModel::serverTableSource_offersWhatTheApiFilters() {
    ServerFleetModel server(nullptr);
    SimTableSource& source = server;
    QCOMPARE(source.tableModel(), &server);
    QVERIFY(!source.holdsWholeFleet());
    using Criterion = SimTableSource::FilterCriterion;
    QVERIFY(source.canFilterBy(Criterion::Text));
    QVERIFY(source.canFilterBy(Criterion::Profile));
    QVERIFY(source.canFilterBy(Criterion::Status));
    QVERIFY(!source.canFilterBy(Criterion::Group));
    QVERIFY(!source.canFilterBy(Criterion::LimitType));
    QVERIFY(!source.canFilterBy(Criterion::Tariff));
    QVERIFY(!source.canFilterBy(Criterion::OnlyIds));
    QVERIFY(source.canFilterByBlockCode(BlockCode::Msu));
    QVERIFY(!source.canFilterByBlockCode(BlockCode::User));
    // Before the first page answers nothing is known: neither empty nor "no match".
    QCOMPARE(source.rowCounts().matched, 0);
    QVERIFY(!source.isFleetEmpty());
    QVERIFY(!source.isNoMatch());
    QVERIFY(!source.simAtRow(0));
    QVERIFY(!source.hidesSim(1));
}

QTEST_MAIN(TstFleetFilterModel)
#include "tst_fleet_filter_model.moc"
