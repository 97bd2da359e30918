// GroupsModel over real loopback HTTP against the emulator: one insert for
// the first read, changes in place on a reload, a failed read keeps the rows.
#include "api/ApiClient.h"
#include "api/GroupService.h"
#include "emulator/Emulator.h"
#include "models/groups/GroupsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace simfleet;
using novaemu::Emulator;
using novaemu::EmulatorConfig;

namespace {

EmulatorConfig sixtySims() {
    EmulatorConfig config;
    config.sims = 60;
    return config;
}

struct Fixture {
    Fixture()
        : emulator(std::make_unique<Emulator>(sixtySims())) {
        port = emulator->listen(0);
        client.setBaseUrl(emulator->baseUrl());
        client.setToken(QStringLiteral("demo-admin"));
        client.setReadOnly(false); // an admin token
        client.setRetryPolicy({1, 10, 50});
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // The groups as NovaConnect lists them now.
    QVector<Group> serverGroups() {
        QVector<Group> groups;
        bool done = false;
        GroupService(&client).fetchAll(QString(), &client,
                                       [&](const Result<ListPage<Group>>& result) {
                                           groups = result.value.items;
                                           done = true;
                                       });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("group/list did not answer");
        return groups;
    }

    bool reload() {
        QSignalSpy finished(&model, &GroupsModel::loadFinished);
        model.reload();
        return model.isLoading() && finished.wait(30000);
    }

    std::unique_ptr<Emulator> emulator;
    quint16 port = 0;
    ApiClient client;
    GroupsModel model{&client};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestGroupsModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void load_everyGroupInOneInsert();
    void reload_changesInPlace();
    void failedRead_keepsRowsAndSaysWhy();
    void clear_emptiesTheModel();
};

void TestGroupsModel::load_everyGroupInOneInsert() {
    Fixture f;
    QVERIFY(f.port != 0);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!f.model.isLoaded());
    QVERIFY(f.reload());
    QVERIFY(f.model.isLoaded());
    QVERIFY(!f.model.error().isError());
    const QVector<Group> server = f.serverGroups();
    QVERIFY2(!server.isEmpty(), "the emulator's account has groups");
    QCOMPARE(f.model.rowCount(), server.size());
    QCOMPARE(inserted.size(), 1);
    for (int row = 0; row < server.size(); ++row) {
        const QModelIndex index = f.model.index(row);
        QCOMPARE(index.data().toString(), server.at(row).name);
        QCOMPARE(index.data(GroupsModel::IdRole).toLongLong(), server.at(row).id);
        QCOMPARE(f.model.rowOfId(server.at(row).id), row);
    }
}

void TestGroupsModel::reload_changesInPlace() {
    Fixture f;
    QVERIFY(f.reload());
    const int before = f.model.rowCount();
    QVERIFY(before > 0);
    const qint64 renamedId = f.model.groupAt(0).id;

    bool edited = false;
    bool created = false;
    GroupService service(&f.client);
    service.edit(renamedId, QStringLiteral("Renamed fleet"), &f.client,
                 [&](const Result<Group>& result) { edited = result.ok(); });
    service.create(QStringLiteral("Brand new group"), &f.client,
                   [&](const Result<Group>& result) { created = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(edited && created, 30000);

    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QVERIFY(f.reload());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(f.model.rowCount(), before + 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.model.index(f.model.rowOfId(renamedId)).data().toString(),
             QStringLiteral("Renamed fleet"));
    QCOMPARE(f.model.groupAt(before).name, QStringLiteral("Brand new group"));
}

void TestGroupsModel::failedRead_keepsRowsAndSaysWhy() {
    Fixture f;
    QVERIFY(f.reload());
    const int rows = f.model.rowCount();
    f.emulator->setErrorRate(1.0);
    QVERIFY(f.reload());
    QVERIFY(f.model.error().isError());
    QCOMPARE(f.model.rowCount(), rows);
    f.emulator->setErrorRate(0.0);
    QVERIFY(f.reload());
    QVERIFY(!f.model.error().isError());
}

void TestGroupsModel::clear_emptiesTheModel() {
    Fixture f;
    QVERIFY(f.reload());
    QVERIFY(f.model.rowCount() > 0);
    f.model.clear();
    QCOMPARE(f.model.rowCount(), 0);
    QVERIFY(!f.model.isLoaded());
    QVERIFY(!f.model.isLoading());
}

QTEST_MAIN(TestGroupsModel)
#include "tst_groups_model.moc"
