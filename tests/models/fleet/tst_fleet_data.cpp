#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListPage.h"
#include "emulator/Emulator.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/storage/FleetSnapshotStore.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "tests/support/SimBuilders.h"
#include "tests/support/TestTemporaryDir.h"
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;

namespace {

constexpr int kWaitMs = 60000;

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel* model) {
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// Posts one call and waits for its answer envelope.
QJsonObject postAndWait(ApiClient& client, const QString& method, const QJsonObject& body) {
    QJsonObject envelope;
    bool done = false;
    ApiCall* call = client.post(method, body);
    QObject::connect(call, &ApiCall::finished, call, [&, call] {
        envelope = call->envelope();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        qWarning() << method << "did not answer";
    return envelope;
}

Sim simOnServer(ApiClient& client, const QString& iccid) {
    const QJsonObject envelope =
        postAndWait(client, QStringLiteral("sim/list"),
                    {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("query"), iccid}}},
                     {QStringLiteral("page"), 0},
                     {QStringLiteral("size"), 10}});
    const ListPage<Sim> page = parseSimPage(envelope);
    return page.items.value(0);
}

QSet<qint64> idsOf(const FleetModel& model) {
    QSet<qint64> ids;
    for (const Sim& sim : model.allSims())
        ids.insert(sim.id);
    return ids;
}

// Whether the rows are in the server's order (the emulator serves ids ascending).
bool rowsInIdOrder(const FleetModel& model) {
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.simAt(row - 1).id >= model.simAt(row).id)
            return false;
    }
    return true;
}

QSet<qint64> selectedIds(const QItemSelectionModel& selection) {
    QSet<qint64> ids;
    for (const QModelIndex& index : selection.selectedRows())
        ids.insert(index.data(FleetModel::SimIdRole).toLongLong());
    return ids;
}

ApiError lastError(const QSignalSpy& spy) {
    return spy.last().first().value<ApiError>();
}

} // namespace

class TestFleetData final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void load_3000SimsSmallPagesConcurrency3_everyIdOnce();
    void load_malformedPages_askedAgainAndComplete();
    void refresh_changedSims_dataChangedForChangedRowsOnly();
    void refresh_fewerSims_removesGoneRowsAndKeepsSelection();
    void open_snapshot_shownBeforeTheNetworkAnswers();
    void open_snapshotOutOfIdOrder_shownInIdOrder();
    void open_serverStopped_offlineWithSnapshotShown();
    void open_corruptSnapshot_setAsideReportedAndReloaded();
    void serverSide_aboveThreshold_pagesFiltersAndSortsOnServer();
    void close_clearsTheModel();
    void open_withoutSnapshotDirectory_loadsAndSavesNothing();
    void postRaw_answers_bytesUnparsedAndHttpErrorsClassified();
};

void TestFleetData::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
}

void TestFleetData::load_3000SimsSmallPagesConcurrency3_everyIdOnce() {
    auto emulator = EmulatorFixture::startEmulator(3000);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetLoader loader(&client, &model);
    loader.setPageSize(97);
    loader.setConcurrency(3);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    QSignalSpy totals(&loader, &FleetLoader::totalKnown);
    loader.start();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(!lastError(finished).isError(), qPrintable(lastError(finished).detail));
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toLongLong(), 3000);
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(idsOf(model).size(), 3000);
    QCOMPARE(inserted.count(), (3000 + 96) / 97); // one insert per page
    QCOMPARE(loader.received(), 3000);
    QVERIFY(rowsInIdOrder(model)); // pages added in page order, whichever was parsed first

    // Pages went out several at a time.
    int pages = 0;
    for (const auto& entry : emulator->journal())
        pages += entry.method == QLatin1String("sim/list") ? 1 : 0;
    QCOMPARE(pages, (3000 + 96) / 97);
}

void TestFleetData::load_malformedPages_askedAgainAndComplete() {
    auto emulator = EmulatorFixture::startEmulator(1500);
    emulator->setMalformedRate(0.2);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    client.setRetryPolicy({6, 10, 50});
    FleetModel model;
    auto tester = testerFor(&model);
    FleetLoader loader(&client, &model);
    loader.setPageSize(100);
    loader.setConcurrency(4);
    QSignalSpy finished(&loader, &FleetLoader::finished);
    loader.start();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(!lastError(finished).isError(), qPrintable(lastError(finished).detail));
    QCOMPARE(idsOf(model).size(), 1500);
    QCOMPARE(model.rowCount(), 1500);
    int answers = 0;
    for (const auto& entry : emulator->journal())
        answers += entry.method == QLatin1String("sim/list") ? 1 : 0;
    QVERIFY2(answers > 15, "no page was asked again");
    // A page asked again came after the pages behind it, which waited for it.
    QVERIFY(rowsInIdOrder(model));
}

void TestFleetData::refresh_changedSims_dataChangedForChangedRowsOnly() {
    TestTemporaryDir dir;
    auto emulator = EmulatorFixture::startEmulator(800, 50);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    repository.setPageSize(150);
    repository.setConcurrency(3);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(QStringLiteral("test#changed"));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());
    QCOMPARE(model.rowCount(), 800);

    QItemSelectionModel selection(&model);
    selection.select(QItemSelection(model.index(10, 0), model.index(12, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(11, 0), QItemSelectionModel::NoUpdate);
    const QSet<qint64> selected = selectedIds(selection);
    const qint64 currentId = model.simAt(11).id;

    // Rename one SIM, block another (queued, applied after 50 ms).
    const Sim renamed = model.simAt(11);
    postAndWait(client, QStringLiteral("sim/edit"),
                {{QStringLiteral("id"), renamed.id},
                 {QStringLiteral("name"), QStringLiteral("Renamed by the test")}});
    int blockedRow = -1;
    for (int row = 0; row < model.rowCount() && blockedRow < 0; ++row)
        if (model.simAt(row).block == BlockCode::None && row != 11)
            blockedRow = row;
    QVERIFY(blockedRow >= 0);
    const Sim blocked = model.simAt(blockedRow);
    postAndWait(client, QStringLiteral("sim/block"),
                {{QStringLiteral("items"), QJsonArray{blocked.id}}});
    QTRY_VERIFY_WITH_TIMEOUT(simOnServer(client, blocked.iccid).block != BlockCode::None, kWaitMs);

    QSignalSpy changed(&model, &FleetModel::dataChanged);
    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    QSignalSpy removed(&model, &FleetModel::rowsRemoved);
    QSignalSpy reset(&model, &FleetModel::modelReset);
    QSignalSpy layout(&model, &FleetModel::layoutChanged);
    repository.refresh();
    QVERIFY(repository.isLoading());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());

    QSet<int> changedRows;
    for (const auto& args : changed) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        for (int row = top.row(); row <= bottom.row(); ++row)
            changedRows.insert(row);
    }
    QCOMPARE(changedRows, (QSet<int>{11, blockedRow}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.simAt(11).name, QStringLiteral("Renamed by the test"));
    QVERIFY(model.simAt(blockedRow).block != BlockCode::None);
    QCOMPARE(selectedIds(selection), selected);
    QCOMPARE(selection.currentIndex().data(FleetModel::SimIdRole).toLongLong(), currentId);
}

void TestFleetData::refresh_fewerSims_removesGoneRowsAndKeepsSelection() {
    TestTemporaryDir dir;
    auto bigger = EmulatorFixture::startEmulator(1200);
    ApiClient client;
    EmulatorFixture::connectClient(client, *bigger);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    repository.setPageSize(200);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(QStringLiteral("test#shrink"));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 1200);

    // The same account later has fewer SIMs (same seed: the first ones are the same).
    auto smaller = EmulatorFixture::startEmulator(1000);
    EmulatorFixture::connectClient(client, *smaller);
    bigger.reset();
    const QSet<qint64> before = idsOf(model);

    QItemSelectionModel selection(&model);
    selection.select(QItemSelection(model.index(5, 0), model.index(6, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(6, 0), QItemSelectionModel::NoUpdate);
    const QSet<qint64> selected = selectedIds(selection);
    const qint64 currentId = model.simAt(6).id;

    QSignalSpy removed(&model, &FleetModel::rowsRemoved);
    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    QSignalSpy reset(&model, &FleetModel::modelReset);
    repository.refresh();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(removed.count() > 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    const QSet<qint64> after = idsOf(model);
    QVERIFY(before.contains(after));
    QCOMPARE(selectedIds(selection), selected);
    QCOMPARE(selection.currentIndex().data(FleetModel::SimIdRole).toLongLong(), currentId);
    for (const Sim& sim : model.allSims())
        QCOMPARE(model.rowOfId(sim.id), model.allSims().indexOf(sim));
}

void TestFleetData::open_snapshot_shownBeforeTheNetworkAnswers() {
    TestTemporaryDir dir;
    const QString account = QStringLiteral("test#snapshot");
    auto emulator = EmulatorFixture::startEmulator(600);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    {
        FleetModel model;
        FleetRepository repository(&client, &model, dir.path());
        QSignalSpy saved(&repository, &FleetRepository::snapshotSaved);
        QVERIFY(!repository.isShowingSnapshot());
        repository.open(account);
        QVERIFY(saved.wait(kWaitMs));
        QVERIFY(QFile::exists(repository.snapshotStore().filePath(account)));
        QVERIFY(!repository.isShowingSnapshot());
    }

    emulator->setLatencyMs(1500);
    emulator->clearJournal();
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    QSignalSpy shown(&repository, &FleetRepository::snapshotShown);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(account);
    QVERIFY(repository.isLoading());
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(finished.count(), 0); // the network has not answered yet
    QCOMPARE(model.rowCount(), 600);
    QVERIFY(repository.isShowingSnapshot());
    QVERIFY(repository.dataAsOf().isValid());
    QCOMPARE(shown.first().first().toDateTime(), repository.dataAsOf());
    const QDateTime snapshotTime = repository.dataAsOf();

    QSignalSpy inserted(&model, &FleetModel::rowsInserted);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());
    QVERIFY(!repository.isShowingSnapshot());
    QVERIFY(repository.dataAsOf() >= snapshotTime);
    QCOMPARE(inserted.count(), 0); // the fresh fleet updated the snapshot's rows in place
    QCOMPARE(model.rowCount(), 600);
    QTRY_VERIFY_WITH_TIMEOUT(!repository.isSnapshotBusy(), kWaitMs);
}

namespace {

// Opens `stored` as an account's snapshot with no server to refresh it, and
// returns how many inserts showed it.
int openStoredOffline(const QVector<Sim>& stored, FleetModel* model) {
    TestTemporaryDir dir;
    const QString account = QStringLiteral("test#stored");
    auto emulator = EmulatorFixture::startEmulator(10);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    emulator.reset(); // offline: only the snapshot shows
    QString error;
    FleetSnapshotStore store(dir.path());
    if (!store.save(account, stored, QDateTime::currentDateTimeUtc(), &error)) {
        qWarning() << error;
        return -1;
    }
    FleetRepository repository(&client, model, dir.path());
    QSignalSpy shown(&repository, &FleetRepository::snapshotShown);
    QSignalSpy inserted(model, &FleetModel::rowsInserted);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(account);
    if (!shown.wait(kWaitMs) || !finished.wait(kWaitMs))
        return -1;
    QDeadlineTimer deadline(kWaitMs);
    while (repository.isSnapshotBusy() && !deadline.hasExpired())
        QTest::qWait(10);
    return int(inserted.count());
}

} // namespace

void TestFleetData::open_snapshotOutOfIdOrder_shownInIdOrder() {
    // Stored in the order its pages arrived: shown in id order, taken whole.
    QVector<Sim> stored;
    for (int i = 0; i < 3000; ++i)
        stored.append(makeSim(i % 2 == 0 ? 100000 + i : 900000 - i));
    FleetModel model;
    auto tester = testerFor(&model);
    QCOMPARE(openStoredOffline(stored, &model), 1);
    QVector<Sim> byId = stored;
    std::sort(byId.begin(), byId.end(), [](const Sim& a, const Sim& b) { return a.id < b.id; });
    QCOMPARE(model.allSims(), byId);
    for (const Sim& sim : std::as_const(stored))
        QCOMPARE(model.simAt(model.rowOfId(sim.id)), sim);
}

void TestFleetData::open_serverStopped_offlineWithSnapshotShown() {
    TestTemporaryDir dir;
    const QString account = QStringLiteral("test#offline");
    auto emulator = EmulatorFixture::startEmulator(400);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    {
        FleetModel model;
        FleetRepository repository(&client, &model, dir.path());
        QSignalSpy saved(&repository, &FleetRepository::snapshotSaved);
        repository.open(account);
        QVERIFY(saved.wait(kWaitMs));
    }
    emulator.reset(); // the server is gone

    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    QSignalSpy offline(&repository, &FleetRepository::offlineChanged);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(account);
    QVERIFY(finished.wait(kWaitMs));
    const ApiError error = lastError(finished);
    QVERIFY(error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
    QCOMPARE(offline.count(), 1);
    QCOMPARE(offline.first().first().toBool(), true);
    QVERIFY(repository.isOffline());
    QVERIFY(repository.isShowingSnapshot());
    QCOMPARE(model.rowCount(), 400);
    QVERIFY(!repository.isLoading());

    // Back online: a successful refresh ends the offline state.
    auto again = EmulatorFixture::startEmulator(400);
    EmulatorFixture::connectClient(client, *again);
    repository.refresh();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());
    QVERIFY(!repository.isOffline());
    QCOMPARE(offline.last().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!repository.isSnapshotBusy(), kWaitMs);
}

void TestFleetData::open_corruptSnapshot_setAsideReportedAndReloaded() {
    TestTemporaryDir dir;
    const QString account = QStringLiteral("test#corrupt");
    auto emulator = EmulatorFixture::startEmulator(300);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    const QString file = repository.snapshotStore().filePath(account);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("this is not an SQLite database").repeated(100));
    }
    QSignalSpy problem(&repository, &FleetRepository::snapshotProblem);
    QSignalSpy shown(&repository, &FleetRepository::snapshotShown);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    QSignalSpy saved(&repository, &FleetRepository::snapshotSaved);
    repository.open(account);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(problem.count(), 1);
    QVERIFY(!problem.first().first().toString().isEmpty());
    QCOMPARE(shown.count(), 0);
    QVERIFY(!lastError(finished).isError());
    QCOMPARE(model.rowCount(), 300);
    QVERIFY(saved.count() == 1 || saved.wait(kWaitMs));
    const QStringList aside =
        QDir(QFileInfo(file).absolutePath())
            .entryList({QFileInfo(file).fileName() + QStringLiteral(".corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(QFile::exists(file)); // a good snapshot replaced it
}

void TestFleetData::serverSide_aboveThreshold_pagesFiltersAndSortsOnServer() {
    TestTemporaryDir dir;
    auto emulator = EmulatorFixture::startEmulator(2000);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);

    // The whole fleet, loaded locally, is the reference for the server's answers.
    FleetModel reference;
    {
        FleetLoader loader(&client, &reference);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        loader.start();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(reference.rowCount(), 2000);
    }

    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    repository.setServerSideThreshold(500);
    repository.setPageSize(300);
    std::unique_ptr<QAbstractItemModelTester> serverTester;
    connect(&repository, &FleetRepository::modeChanged, this, [&](FleetRepository::Mode mode) {
        if (mode == FleetRepository::Mode::ServerSide) // before its first page arrives
            serverTester = testerFor(repository.serverModel());
    });
    QSignalSpy modes(&repository, &FleetRepository::modeChanged);
    QSignalSpy saved(&repository, &FleetRepository::snapshotSaved);
    repository.open(QStringLiteral("test#server"));
    QVERIFY(modes.wait(kWaitMs));
    QCOMPARE(repository.mode(), FleetRepository::Mode::ServerSide);
    QVERIFY(serverTester);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!repository.isLoading());
    ServerFleetModel* server = repository.serverModel();
    QVERIFY(server);
    QCOMPARE(server->columnCount(), model.columnCount());

    QTRY_COMPARE_WITH_TIMEOUT(server->totalCount(), qint64(2000), kWaitMs);
    // The item-model tester itself asks for more rows too; every ask is one page.
    while (server->canFetchMore({}) || server->isFetching()) {
        if (!server->isFetching())
            server->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!server->isFetching(), kWaitMs);
    }
    QCOMPARE(server->rowCount(), 2000);
    QSet<int> pagesAsked;
    for (const auto& entry : emulator->journal()) {
        if (entry.method == QLatin1String("sim/list") &&
            entry.body.value(QStringLiteral("size")).toInt() == ServerFleetModel::kDefaultPageSize)
            pagesAsked.insert(entry.body.value(QStringLiteral("page")).toInt());
    }
    QCOMPARE(pagesAsked, (QSet<int>{0, 1, 2, 3}));
    // Same text as the local table for the same SIM.
    const Sim& sim = server->simAt(3);
    const int referenceRow = reference.rowOfId(sim.id);
    for (int column = 0; column < server->columnCount(); ++column)
        QCOMPARE(server->index(3, column).data(), reference.index(referenceRow, column).data());

    // Filters go to the server; the total is its all_count.
    FleetFilter filter;
    filter.profile = SimProfile::TC;
    filter.status = FleetFilter::Status::BlockedAny;
    QVERIFY(ServerFleetModel::supports(filter));
    emulator->clearJournal();
    server->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(server->totalCount() >= 0 && !server->isFetching(), kWaitMs);
    qint64 expected = 0;
    for (const Sim& s : reference.allSims())
        expected += s.profile == SimProfile::TC && s.block != BlockCode::None ? 1 : 0;
    QCOMPARE(server->totalCount(), expected);
    QVERIFY(EmulatorJournal::contains(*emulator, [](const Emulator::JournalEntry& e) {
        const QJsonObject f = e.body.value(QStringLiteral("filter")).toObject();
        return e.method == QLatin1String("sim/list") &&
               f.value(QStringLiteral("profile")).toString() == QLatin1String("TC") &&
               f.value(QStringLiteral("blocked")).toBool();
    }));
    for (int row = 0; row < server->rowCount(); ++row) {
        QCOMPARE(server->simAt(row).profile, SimProfile::TC);
        QVERIFY(server->simAt(row).block != BlockCode::None);
    }

    // Free text → query.
    const QString fragment = reference.simAt(42).iccid.right(6);
    filter = {};
    filter.text = fragment;
    server->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(server->totalCount() >= 0 && !server->isFetching(), kWaitMs);
    QVERIFY(server->rowOfId(reference.simAt(42).id) >= 0);
    QVERIFY(EmulatorJournal::contains(*emulator, [&](const Emulator::JournalEntry& e) {
        return e.body.value(QStringLiteral("filter"))
                   .toObject()
                   .value(QStringLiteral("query"))
                   .toString() == fragment;
    }));

    // Criteria the API lacks are reported.
    FleetFilter byGroup;
    byGroup.groupId = 1;
    byGroup.tariffName = QStringLiteral("x");
    QVERIFY(!ServerFleetModel::supports(byGroup));
    QCOMPARE(ServerFleetModel::unsupportedCriteria(byGroup),
             (QList<ServerFleetModel::Criterion>{ServerFleetModel::Criterion::Group,
                                                 ServerFleetModel::Criterion::Tariff}));
    QVERIFY(!ServerFleetModel::supportsCriterion(FleetFilter::Status::Code, BlockCode::User));
    QVERIFY(ServerFleetModel::supportsCriterion(FleetFilter::Status::Code, BlockCode::Msu));

    // Sort goes to the server.
    server->setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(server->totalCount() == 2000 && !server->isFetching(), kWaitMs);
    QSignalSpy reset(server, &ServerFleetModel::modelReset);
    QVERIFY(ServerFleetModel::isSortable(FleetModel::Iccid));
    QVERIFY(!ServerFleetModel::isSortable(FleetModel::Comment));
    server->sort(FleetModel::Iccid, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(server->rowCount() > 0 && !server->isFetching(), kWaitMs);
    QVERIFY(EmulatorJournal::contains(*emulator, [](const Emulator::JournalEntry& e) {
        return e.body.value(QStringLiteral("sort")).toObject().value(QStringLiteral("iccid")) ==
               QLatin1String("DESC");
    }));
    QString maxIccid;
    for (const Sim& s : reference.allSims())
        maxIccid = qMax(maxIccid, s.iccid);
    QCOMPARE(server->simAt(0).iccid, maxIccid);
    for (int row = 1; row < server->rowCount(); ++row)
        QVERIFY(server->simAt(row - 1).iccid >= server->simAt(row).iccid);
    server->sort(FleetModel::Comment, Qt::AscendingOrder); // not sortable: ignored
    QCOMPARE(reset.count(), 1);
    QCOMPARE(saved.count(), 0); // nothing was loaded locally, nothing saved

    repository.close();
    QCOMPARE(repository.mode(), FleetRepository::Mode::Local);
    QVERIFY(!repository.serverModel());
}

void TestFleetData::close_clearsTheModel() {
    TestTemporaryDir dir;
    auto emulator = EmulatorFixture::startEmulator(300);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, dir.path());
    repository.setAutoRefreshMinutes(1);
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    repository.open(QStringLiteral("test#close"));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 300);
    repository.close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!repository.isLoading());
    QVERIFY(!repository.dataAsOf().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!repository.isSnapshotBusy(), kWaitMs);
}

void TestFleetData::open_withoutSnapshotDirectory_loadsAndSavesNothing() {
    auto emulator = EmulatorFixture::startEmulator(250);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    FleetModel model;
    auto tester = testerFor(&model);
    FleetRepository repository(&client, &model, QString());
    QSignalSpy finished(&repository, &FleetRepository::loadFinished);
    QSignalSpy saved(&repository, &FleetRepository::snapshotSaved);
    repository.open(QStringLiteral("test#nodir"));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!lastError(finished).isError());
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!repository.isSnapshotBusy());
    QVERIFY(repository.dataAsOf().isValid());
}

void TestFleetData::postRaw_answers_bytesUnparsedAndHttpErrorsClassified() {
    auto emulator = EmulatorFixture::startEmulator(50);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    const CallWatch raw(client.postRaw(QStringLiteral("sim/list"),
                                       {{QStringLiteral("page"), 0}, {QStringLiteral("size"), 5}}));
    QVERIFY(raw.wait(kWaitMs));
    QVERIFY(!raw.error().isError());
    QVERIFY(raw.envelope().isEmpty()); // not parsed
    const QByteArray body = raw.rawBody();
    QJsonObject envelope;
    QVERIFY(!ApiError::fromEnvelopeBytes(body, 200, &envelope).isError());
    QCOMPARE(parseSimPage(envelope).items.size(), 5);
    QCOMPARE(ApiError::fromEnvelopeBytes("{\"code\": 401, \"message\": \"x\"}", 200, nullptr).kind,
             ApiError::Kind::Unauthorized);
    QCOMPARE(ApiError::fromEnvelopeBytes("{\"items\": [", 200, nullptr).kind,
             ApiError::Kind::Malformed);

    // An HTTP failure is still classified (and, for a read, retried) by the client.
    emulator->setErrorRate(1.0);
    emulator->clearJournal();
    const CallWatch failing(client.postRaw(QStringLiteral("sim/list"), {}));
    QVERIFY(failing.wait(kWaitMs));
    QCOMPARE(failing.error().kind, ApiError::Kind::Server);
    QCOMPARE(emulator->journal().size(), client.retryPolicy().maxAttempts);
}

QTEST_MAIN(TestFleetData)
#include "tst_fleet_data.moc"
