#include "api/ApiClient.h"
#include "emulator/Emulator.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimStore.h"
#include "models/fleet/SimText.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/SimBuilders.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;
using novaemu::EmulatorConfig;

namespace {

// An emulator, a client signed in as admin, and a model with a tester attached
// before anything is loaded.
struct Fixture {
    explicit Fixture(int sims, int latencyMs = 0)
        : server(configFor(sims, latencyMs))
        , emulator(&server.emulator())
        , port(server.port())
        , client(server.client()) {
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    static EmulatorConfig configFor(int sims, int latencyMs) {
        EmulatorConfig config;
        config.sims = sims;
        config.latencyMs = latencyMs;
        return config;
    }

    EmulatorFixture server;
    Emulator* emulator;
    quint16 port = 0;
    ApiClient& client;
    FleetModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestFleetModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void load_500Sims_everySimOnce();
    void load_pages_appendOneInsertPerPage();
    void reload_updatesInPlaceWithoutInsertOrReset();
    void statusText_eachBlockCode_data();
    void statusText_eachBlockCode();
    void statusIcon_eachBlockCode_isDrawable();
    void rawValueRole_sortsByValue();
    void rawValueRole_loadedFleet_hasTypedValues();
    void upsert_repeatedIds_keepOneRow();
    void upsert_changedSim_emitsDataChangedOnly();
    void removeAllExcept_dropsMissingRows();
    void rowOfId_idsInAnyOrder_matchesReference();
    void take_storedFleetInIdOrder_movedInWhole();
    void headers_haveTextAndToolTip();
    void toolTips_serverTextLookingLikeHtml_showAsWritten();
    void dates_englishTable_fourDigitYear();
    void alignment_numbersRight();
    void cancel_midLoad_stopsWithCancelled();
    void serverFault_finishesWithServerError();
};

void TestFleetModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestFleetModel::load_500Sims_everySimOnce() {
    Fixture f(500);
    QVERIFY(f.port != 0);
    FleetLoader loader(&f.client, &f.model);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    QSignalSpy progress(&loader, &FleetLoader::progress);
    loader.setPageSize(100);
    loader.start();
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto error = finished.first().first().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(!loader.isRunning());

    QCOMPARE(f.model.rowCount(), 500);
    QSet<qint64> ids;
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const qint64 id = f.model.index(row, 0).data(FleetModel::SimIdRole).toLongLong();
        QVERIFY(id > 0);
        QVERIFY2(!ids.contains(id), "a SIM appears twice");
        ids.insert(id);
        QCOMPARE(f.model.rowOfId(id), row);
    }
    QCOMPARE(ids.size(), 500);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 500);
    QCOMPARE(progress.last().at(1).toLongLong(), 500);
    QVERIFY(loader.problems().isEmpty());
}

void TestFleetModel::load_pages_appendOneInsertPerPage() {
    Fixture f(450);
    FleetLoader loader(&f.client, &f.model);
    QSignalSpy inserted(&f.model, &FleetModel::rowsInserted);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    loader.setPageSize(100);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(f.model.rowCount(), 450);
    QCOMPARE(inserted.count(), 5); // 4 full pages and a short one
}

void TestFleetModel::reload_updatesInPlaceWithoutInsertOrReset() {
    Fixture f(300);
    FleetLoader loader(&f.client, &f.model);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(f.model.rowCount(), 300);

    QSignalSpy inserted(&f.model, &FleetModel::rowsInserted);
    QSignalSpy removed(&f.model, &FleetModel::rowsRemoved);
    QSignalSpy reset(&f.model, &FleetModel::modelReset);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(!finished.last().first().value<ApiError>().isError());
    QCOMPARE(f.model.rowCount(), 300);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestFleetModel::statusText_eachBlockCode_data() {
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("n") << int(BlockCode::None) << QString() << QStringLiteral("Active");
    QTest::newRow("u") << int(BlockCode::User) << QString() << QStringLiteral("Blocked by user");
    QTest::newRow("m") << int(BlockCode::Msu) << QString()
                       << QStringLiteral("Blocked: MSU limit (irreversible)");
    QTest::newRow("p") << int(BlockCode::Package) << QString()
                       << QStringLiteral("Blocked: package used up");
    QTest::newRow("f") << int(BlockCode::Financial) << QString()
                       << QStringLiteral("Blocked: financial");
    QTest::newRow("g") << int(BlockCode::Operator) << QString()
                       << QStringLiteral("Blocked by operator");
    QTest::newRow("unknown code") << int(BlockCode::Unknown) << QStringLiteral("z")
                                  << QStringLiteral("z");
    QTest::newRow("no code") << int(BlockCode::Unknown) << QString() << QStringLiteral("Unknown");
}

void TestFleetModel::statusText_eachBlockCode() {
    QFETCH(int, block);
    QFETCH(QString, raw);
    QFETCH(QString, text);
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Sim sim = makeSim(7, SimProfile::TC, BlockCode(block));
    sim.blockRaw = raw;
    model.upsert({sim});
    const QModelIndex status = model.index(0, FleetModel::Status);
    QCOMPARE(status.data().toString(), text);
    QVERIFY(status.data(Qt::ToolTipRole)
                .toString()
                .startsWith(BlockCode(block) == BlockCode::Unknown
                                ? QStringLiteral("Unknown status code")
                                : text));
    QCOMPARE(status.data(FleetModel::RawValueRole).toInt(), SimText::statusRank(BlockCode(block)));
}

void TestFleetModel::statusIcon_eachBlockCode_isDrawable() {
    FleetModel model;
    const BlockCode blocks[] = {BlockCode::None,    BlockCode::User,      BlockCode::Msu,
                                BlockCode::Package, BlockCode::Financial, BlockCode::Operator,
                                BlockCode::Unknown};
    QVector<Sim> sims;
    for (BlockCode block : blocks)
        sims.append(makeSim(sims.size() + 1, SimProfile::TC, block));
    model.upsert(sims);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto icon =
            model.index(row, FleetModel::Status).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(SimText::statusIconPath(blocks[row])));
        QVERIFY(!model.index(row, FleetModel::Iccid).data(Qt::DecorationRole).isValid());
    }
}

void TestFleetModel::rawValueRole_sortsByValue() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Sim a = makeSim(1, SimProfile::TC, BlockCode::Msu);
    a.balance = 10.5;
    a.name = QStringLiteral("beta");
    Sim b = makeSim(2, SimProfile::TC, BlockCode::None);
    b.balance = -3;
    b.name = QStringLiteral("Alpha");
    Sim c = makeSim(3, SimProfile::TC, BlockCode::Package);
    c.balance = 2;
    c.name = QStringLiteral("gamma");
    model.upsert({a, b, c});

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetModel::RawValueRole);
    auto idsInOrder = [&proxy] {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(FleetModel::SimIdRole).toLongLong();
        return ids;
    };
    proxy.sort(FleetModel::Balance, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(), (QList<qint64>{2, 3, 1}));
    proxy.sort(FleetModel::Status, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(), (QList<qint64>{2, 3, 1})); // active, package, MSU
    proxy.sort(FleetModel::Name, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(), (QList<qint64>{2, 1, 3})); // case-insensitive
    proxy.sort(FleetModel::Iccid, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(), (QList<qint64>{3, 2, 1}));

    // Display text is formatted, the raw value is not.
    QCOMPARE(model.index(0, FleetModel::Balance).data(FleetModel::RawValueRole).toDouble(), 10.5);
    QVERIFY(model.index(0, FleetModel::Balance).data().toString().contains(QStringLiteral("EUR")));
}

void TestFleetModel::rawValueRole_loadedFleet_hasTypedValues() {
    Fixture f(500);
    FleetLoader loader(&f.client, &f.model);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(f.model.rowCount(), 500);

    QSet<int> ranks;
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const Sim& sim = f.model.simAt(row);
        auto raw = [&](FleetModel::Column column) {
            return f.model.index(row, column).data(FleetModel::RawValueRole);
        };
        QCOMPARE(raw(FleetModel::Iccid).toString(), sim.iccid);
        // Empty cells (TD balance, no limit) have no raw value: they sort last.
        QCOMPARE(raw(FleetModel::Balance).typeId(),
                 sim.profile == SimProfile::TD ? QMetaType::UnknownType : QMetaType::Double);
        QCOMPARE(raw(FleetModel::Status).typeId(), QMetaType::Int);
        QCOMPARE(raw(FleetModel::Limit).typeId(),
                 SimText::limitUsage(sim.limit) < 0 ? QMetaType::UnknownType : QMetaType::Double);
        QCOMPARE(f.model.index(row, FleetModel::Status).data().toString(),
                 SimText::status(sim.block, sim.blockRaw));
        ranks.insert(raw(FleetModel::Status).toInt());
    }
    QVERIFY2(ranks.size() > 1, "a demo fleet has active and blocked SIMs");

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model);
    proxy.setSortRole(FleetModel::RawValueRole);
    proxy.sort(FleetModel::Status);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, FleetModel::Status).data(FleetModel::RawValueRole).toInt() <=
                proxy.index(row, FleetModel::Status).data(FleetModel::RawValueRole).toInt());
}

void TestFleetModel::toolTips_serverTextLookingLikeHtml_showAsWritten() {
    FleetModel model;
    Sim sim = makeSim(9, SimProfile::TC, BlockCode::Unknown);
    sim.blockRaw = QStringLiteral("<b>x</b>");
    sim.tariff.name = QStringLiteral("<img src=\"file:///etc/passwd\"><i>Flex</i>");
    model.upsert({sim});
    for (const int column : {int(FleetModel::Tariff), int(FleetModel::Status)}) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        // Shown as rich text, the tooltip still reads the server's text as it was written.
        QTextDocument shown;
        shown.setHtml(tip);
        const QString raw = column == FleetModel::Tariff ? sim.tariff.name : sim.blockRaw;
        QVERIFY2(!Qt::mightBeRichText(tip) || shown.toPlainText().contains(raw), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
    }
}

void TestFleetModel::dates_englishTable_fourDigitYear() {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FleetModel model;
    Sim sim = makeSim(3);
    sim.tariff.changeLock = QDateTime(QDate(2026, 12, 3), QTime(12, 0));
    model.upsert({sim});
    const QString shown = model.index(0, FleetModel::TariffChangeLock).data().toString();
    QLocale::setDefault(before);
    QCOMPARE(shown, QStringLiteral("12/3/2026"));
}

void TestFleetModel::upsert_repeatedIds_keepOneRow() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Sim first = makeSim(5);
    Sim again = makeSim(5, SimProfile::TC, BlockCode::User);
    model.upsert({first, makeSim(6), again});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.simAt(model.rowOfId(5)).block, BlockCode::User);
    model.upsert({makeSim(6)});
    QCOMPARE(model.rowCount(), 2);
}

void TestFleetModel::upsert_changedSim_emitsDataChangedOnly() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Sim> sims;
    for (int id = 1; id <= 10; ++id)
        sims.append(makeSim(id));
    model.upsert(sims);
    QSignalSpy changed(&model, &FleetModel::dataChanged);
    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    sims[3].block = BlockCode::Financial;
    sims[4].block = BlockCode::Financial;
    sims[8].name = QStringLiteral("renamed");
    model.upsert(sims);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2); // rows 3-4 as one range, row 8
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);
    QCOMPARE(model.index(8, FleetModel::Name).data().toString(), QStringLiteral("renamed"));
}

void TestFleetModel::removeAllExcept_dropsMissingRows() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Sim> sims;
    for (int id = 1; id <= 8; ++id)
        sims.append(makeSim(id));
    model.upsert(sims);
    model.removeAllExcept({1, 4, 5, 8});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfId(1), 0);
    QCOMPARE(model.rowOfId(4), 1);
    QCOMPARE(model.rowOfId(8), 3);
    QCOMPARE(model.rowOfId(2), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// Ids that only grow are found by binary search; the first id out of order
// switches to an index. Either way every row is found after every change.
void TestFleetModel::take_storedFleetInIdOrder_movedInWhole() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Sim> sims;
    for (int id = 10; id <= 300; id += 10)
        sims.append(makeSim(id, id % 20 == 0 ? SimProfile::TD : SimProfile::TC));
    // Only ascending ids, each once, into an empty table.
    QVERIFY(!model.canTake(SimStore::of({makeSim(2), makeSim(1)})));
    QVERIFY(!model.canTake(SimStore::of({makeSim(1), makeSim(1)})));
    SimStore rows = SimStore::of(sims);
    QVERIFY(model.canTake(rows));
    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    model.take(std::move(rows));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), sims.size() - 1);
    QVERIFY(rows.isEmpty());
    QCOMPARE(model.allSims(), sims);
    QCOMPARE(model.rowOfId(150), 14);
    QVERIFY(!model.canTake(SimStore::of({makeSim(1000)})));
    // Updated and extended like any table afterwards.
    QSignalSpy changed(&model, &FleetModel::dataChanged);
    model.upsert({makeSim(150, SimProfile::TD), makeSim(310)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), sims.size() + 1);
    QCOMPARE(model.simAt(model.rowOfId(150)).profile, SimProfile::TD);
    QCOMPARE(model.rowOfId(310), sims.size());
}

void TestFleetModel::rowOfId_idsInAnyOrder_matchesReference() {
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto check = [&model](const char* step) {
        QHash<qint64, int> expected;
        for (int row = 0; row < model.rowCount(); ++row)
            expected.insert(model.index(row, 0).data(FleetModel::SimIdRole).toLongLong(), row);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(model.rowOfId(it.key()) == it.value(), step);
        for (const qint64 absent : {qint64(0), qint64(-3), qint64(999999), qint64(15)}) {
            if (!expected.contains(absent))
                QVERIFY2(model.rowOfId(absent) == -1, step);
        }
    };
    for (int round = 0; round < 2; ++round) {
        QVector<Sim> ascending;
        for (int id = 10; id <= 200; id += 10)
            ascending.append(makeSim(id));
        model.upsert(ascending);
        check("ascending");
        model.upsert({makeSim(205), makeSim(210)});
        check("appended above");
        model.upsert({makeSim(50, SimProfile::TD)}); // known: updated in place
        QCOMPARE(model.simAt(model.rowOfId(50)).profile, SimProfile::TD);
        check("updated");
        model.removeAllExcept({20, 30, 100, 205, 210});
        check("removed, still ascending");
        model.upsert({makeSim(15), makeSim(7), makeSim(300)}); // out of order: indexed
        QCOMPARE(model.rowCount(), 8);
        check("out of order");
        model.upsert({makeSim(7, SimProfile::TD), makeSim(400)});
        QCOMPARE(model.simAt(model.rowOfId(7)).profile, SimProfile::TD);
        check("indexed, updated and appended");
        model.removeAllExcept({7, 100, 400});
        check("indexed, removed");
        model.clear(); // back to ascending for the next round
        check("cleared");
    }
}

void TestFleetModel::headers_haveTextAndToolTip() {
    FleetModel model;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size() >
                model.headerData(column, Qt::Horizontal).toString().size());
    }
    QCOMPARE(model.columnCount(), int(FleetModel::ColumnCount));
}

void TestFleetModel::alignment_numbersRight() {
    FleetModel model;
    model.upsert({makeSim(1)});
    auto alignment = [&model](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(alignment(FleetModel::Balance) & Qt::AlignRight);
    QVERIFY(alignment(FleetModel::Limit) & Qt::AlignRight);
    QVERIFY(alignment(FleetModel::Name) & Qt::AlignLeft);
}

void TestFleetModel::cancel_midLoad_stopsWithCancelled() {
    Fixture f(500, 100);
    FleetLoader loader(&f.client, &f.model);
    loader.setPageSize(20);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    QSignalSpy progress(&loader, &FleetLoader::progress);
    loader.start();
    QTRY_VERIFY_WITH_TIMEOUT(f.model.rowCount() > 0, 30000);
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!loader.isRunning());
    const int rows = f.model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < 500);
    QTest::qWait(300); // answers still on the way must not add rows
    QCOMPARE(f.model.rowCount(), rows);
    QCOMPARE(finished.count(), 1);
}

void TestFleetModel::serverFault_finishesWithServerError() {
    Fixture f(200);
    f.emulator->setErrorRate(1.0);
    FleetLoader loader(&f.client, &f.model);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(f.model.rowCount(), 0);
    QVERIFY(!loader.isRunning());
}

QTEST_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
