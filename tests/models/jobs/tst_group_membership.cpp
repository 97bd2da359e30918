// Add to group / remove from group on top of Set groups: the plan batches SIMs
// by their current group set (GroupMembership), and end to end through the
// bulk job engine every SIM ends with exactly its old groups plus or minus the
// one, in one request per distinct set, checked against the emulator's state.
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/GroupMembership.h"
#include "tests/support/OperationsRig.h"
#include "tests/support/SimBuilders.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace simfleet;

namespace {

using Change = GroupMembership::Change;
using GroupSet = QVector<qint64>;

GroupSet groupsOf(const Sim& sim) {
    GroupSet ids;
    for (const GroupRef& group : sim.groups)
        ids.append(group.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

GroupSet changed(GroupSet ids, Change change, qint64 group) {
    ids.removeAll(group);
    if (change == Change::Add)
        ids.append(group);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QHash<qint64, GroupSet> groupsById(const QVector<Sim>& fleet) {
    QHash<qint64, GroupSet> byId;
    for (const Sim& sim : fleet)
        byId.insert(sim.id, groupsOf(sim));
    return byId;
}

GroupRef ref(qint64 id) {
    return {id, QStringLiteral("Group %1").arg(id)};
}

} // namespace

class TestGroupMembership final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void plan_batchesBySetAndSkipsThoseAlreadySo();
    void plan_largeSetsSplitByRequestSize();
    void addAndRemove_mixedSets_exactGroupsInMinimalRequests();
    void readOnlySession_sendsNothing();
};

void TestGroupMembership::plan_batchesBySetAndSkipsThoseAlreadySo() {
    Sim unknown = makeSim(6);
    unknown.hasGroups = false;
    const QVector<Sim> sims{makeSim(1),
                            makeSim(2, SimProfile::TD, BlockCode::None, {ref(10)}),
                            makeSim(3, SimProfile::TC, BlockCode::None, {ref(10), ref(20)}),
                            makeSim(4, SimProfile::TC, BlockCode::None, {ref(20)}),
                            makeSim(5),
                            unknown};
    const GroupMembership::Plan add = GroupMembership::plan(Change::Add, 20, sims, 100);
    // 1 and 5 ({}), 2 ({10}); 3 and 4 are in 20 already; 6's groups are unknown.
    QCOMPARE(add.preview.applicable, (QVector<qint64>{1, 2, 5}));
    QCOMPARE(add.requestCount(), 2);
    QCOMPARE(add.requests, (QVector<QVector<qint64>>{{1, 5}, {2}}));
    QCOMPARE(add.params.groupIdsBySim.value(1), (GroupSet{20}));
    QCOMPARE(add.params.groupIdsBySim.value(2), (GroupSet{10, 20}));
    QCOMPARE(add.preview.skipped.size(), 3);
    for (const BulkPreview::Skip& skip : add.preview.skipped) {
        if (skip.simId == 6)
            QVERIFY(skip.reason != GroupMembership::alreadyInGroupReason());
        else
            QCOMPARE(skip.reason, GroupMembership::alreadyInGroupReason());
    }

    const GroupMembership::Plan remove = GroupMembership::plan(Change::Remove, 10, sims, 100);
    QCOMPARE(remove.preview.applicable, (QVector<qint64>{2, 3}));
    QCOMPARE(remove.requests, (QVector<QVector<qint64>>{{2}, {3}}));
    QCOMPARE(remove.params.groupIdsBySim.value(2), GroupSet());
    QCOMPARE(remove.params.groupIdsBySim.value(3), (GroupSet{20}));
    QCOMPARE(remove.params.leftGroupIds, (GroupSet{10}));
    QVERIFY(remove.params.groupIds.isEmpty());
    int notIn = 0;
    for (const BulkPreview::Skip& skip : remove.preview.skipped)
        notIn += skip.reason == GroupMembership::notInGroupReason() ? 1 : 0;
    QCOMPARE(notIn, 3); // 1, 4, 5
}

void TestGroupMembership::plan_largeSetsSplitByRequestSize() {
    QVector<Sim> sims;
    for (qint64 id = 1; id <= 5; ++id)
        sims.append(makeSim(id));
    sims.append(makeSim(6, SimProfile::TC, BlockCode::None, {ref(7)}));
    const GroupMembership::Plan plan = GroupMembership::plan(Change::Add, 9, sims, 2);
    QCOMPARE(plan.requests, (QVector<QVector<qint64>>{{1, 2}, {3, 4}, {5}, {6}}));
    QCOMPARE(plan.requests, BulkJobRunner::chunksOf(plan.params, plan.preview.applicable, 2));
}

void TestGroupMembership::addAndRemove_mixedSets_exactGroupsInMinimalRequests() {
    OperationsRig rig(60, 50);
    QVERIFY(rig.server.isListening());
    QVERIFY(rig.open());
    BulkOperations::Options options = rig.ops.options();
    options.chunkSize = 1000;
    rig.ops.setOptions(options);

    const QVector<Sim> before = rig.fleet();
    QCOMPARE(before.size(), 60);
    // The emulator's SIMs are in zero to three groups: pick the most used group.
    QHash<qint64, int> uses;
    QSet<GroupSet> sets;
    for (const Sim& sim : before) {
        QVERIFY(sim.hasGroups);
        sets.insert(groupsOf(sim));
        for (const GroupRef& group : sim.groups)
            ++uses[group.id];
    }
    QVERIFY2(sets.size() > 3, "the fleet has mixed group sets");
    qint64 group = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (group == 0 || it.value() > uses.value(group))
            group = it.key();
    }
    QVERIFY(group != 0);

    for (const Change change : {Change::Add, Change::Remove}) {
        const QVector<Sim> current = rig.fleet();
        const QHash<qint64, GroupSet> old = groupsById(current);
        // Every SIM selected; those already so are skipped.
        const GroupMembership::Plan plan = GroupMembership::plan(change, group, current, 1000);
        QSet<GroupSet> changingSets;
        for (const Sim& sim : current) {
            if (changed(groupsOf(sim), change, group) != groupsOf(sim))
                changingSets.insert(groupsOf(sim));
        }
        QVERIFY(!changingSets.isEmpty());
        QCOMPARE(plan.requestCount(), changingSets.size());

        const int sentBefore = int(rig.sentItems(QStringLiteral("sim/group")).size());
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        QString error;
        const std::optional<qint64> job = rig.ops.start(plan.preview, plan.params, &error);
        QVERIFY2(job, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);

        // One request per distinct set, each carrying that set plus/minus the group.
        const QList<EmulatorJournal::Entry> requests =
            EmulatorJournal::entries(rig.emulator, QStringLiteral("sim/group")).mid(sentBefore);
        QCOMPARE(int(requests.size()), changingSets.size());
        for (const EmulatorJournal::Entry& request : requests) {
            GroupSet sent;
            for (const auto& id : request.body.value(QStringLiteral("group")).toArray())
                sent.append(id.toInteger());
            std::sort(sent.begin(), sent.end());
            const QJsonArray items = request.body.value(QStringLiteral("items")).toArray();
            QVERIFY(!items.isEmpty());
            for (const auto& item : items)
                QCOMPARE(sent, changed(old.value(item.toInteger()), change, group));
        }
        // The emulator's state: exactly the old groups plus/minus the one.
        const QHash<qint64, GroupSet> after = groupsById(rig.fleet());
        QCOMPARE(after.size(), old.size());
        for (auto it = old.cbegin(); it != old.cend(); ++it)
            QCOMPARE(after.value(it.key()), changed(it.value(), change, group));
        const std::optional<BulkJob> done = rig.ops.job(*job);
        QVERIFY(done);
        QCOMPARE(done->simsWith(SimOutcome::Failed).size(), 0);
    }
}

void TestGroupMembership::readOnlySession_sendsNothing() {
    OperationsRig rig(20, 50);
    QVERIFY(rig.open());
    const QVector<Sim> fleet = rig.fleet();
    QVERIFY(!fleet.isEmpty());
    rig.server.useUserToken();
    rig.client.setReadOnly(true);
    const GroupMembership::Plan plan = GroupMembership::plan(
        Change::Add, fleet.first().groups.isEmpty() ? 301 : fleet.first().groups.first().id + 1,
        fleet, 1000);
    QString error;
    QVERIFY(!rig.ops.start(plan.preview, plan.params, &error));
    QVERIFY(!error.isEmpty());
    QTest::qWait(100);
    QCOMPARE(rig.writeRequests(), 0);
}

QTEST_GUILESS_MAIN(TestGroupMembership)
#include "tst_group_membership.moc"
