// The bulk operation dialog on its own: preview, per-operation validation,
// typed confirmation, button texts, groups, the starter. No network except
// the group list, read from an in-process emulator.
#include "api/ApiClient.h"
#include "emulator/Emulator.h"
#include "models/groups/GroupsModel.h"
#include "models/jobs/BulkPreview.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/SimBuilders.h"
#include "tests/support/V2WorkspaceRig.h"
#include "translations/Translations.h"
#include "views/common/InlineBanner.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/operations/OperationParamsEditor.h"
#include "views/sims/GroupPicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;

namespace {

// English plural forms come from the English translation; until it knows a
// new string, Qt shows the source text's "SIM(s)".
QString plural(QString text) {
    return text.replace(QLatin1String("SIM(s)"), QLatin1String("SIMs"));
}

// A fleet of `active` active TD SIMs followed by `blocked` user-blocked ones.
struct Fleet {
    QHash<qint64, Sim> byId;
    QVector<qint64> ids;

    void add(const Sim& sim) {
        byId.insert(sim.id, sim);
        ids.append(sim.id);
    }
    BulkOperationDialog::SimLookup lookup() const {
        return [this](qint64 id) -> const Sim* {
            const auto it = byId.constFind(id);
            return it == byId.constEnd() ? nullptr : &*it;
        };
    }
    BulkPreview preview(SimOperation op) const { return BulkPreview::build(op, ids, byId); }
};

// The second operator's SIMs: `onFirst` on tariff 1 (IoT 100 MB), `onSecond`
// on tariff 2 (IoT 1 GB), every third one financially blocked.
Fleet v2Fleet(int onFirst, int onSecond) {
    Fleet fleet;
    for (int i = 0; i < onFirst + onSecond; ++i) {
        const bool first = i < onFirst;
        fleet.add(
            V2WorkspaceRig::v2Sim(79000000000 + i, first ? 1 : 2,
                                  first ? QStringLiteral("IoT 100 MB") : QStringLiteral("IoT 1 GB"),
                                  i % 3 == 2 ? BlockCode::Financial : BlockCode::None));
    }
    return fleet;
}

// The fleet an operation's dialog is shown with: the provider's own SIMs.
const Fleet& fleetFor(SimOperation op, const Fleet& nova, const Fleet& v2) {
    return SimOperations::isAvailable(op, ProviderKind::NovaConnect) ? nova : v2;
}

// SIMFLEET_DIALOG_SHOTS=<dir> keeps a picture of the dialog as it is now.
void saveShot(QDialog& dialog, const QString& name) {
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (shots.isEmpty())
        return;
    dialog.show();
    dialog.adjustSize();
    dialog.grab().save(QStringLiteral("%1/dialog-%2.png").arg(shots, name));
}

int indexOfData(const QComboBox* box, const QVariant& data) {
    return box->findData(data);
}

Fleet mixedFleet(int active, int blocked, SimProfile profile = SimProfile::TD) {
    Fleet fleet;
    for (int i = 0; i < active; ++i)
        fleet.add(makeSim(1000 + i, profile, BlockCode::None));
    for (int i = 0; i < blocked; ++i)
        fleet.add(makeSim(5000 + i, profile, BlockCode::User));
    return fleet;
}

struct StarterCall {
    int calls = 0;
    BulkPreview preview;
    SimOperationParams params;
};

BulkOperationDialog::Starter recordingStarter(StarterCall* record, const QString& failWith = {}) {
    return [record, failWith](const BulkPreview& preview, const SimOperationParams& params,
                              QString* error) -> std::optional<qint64> {
        ++record->calls;
        record->preview = preview;
        record->params = params;
        if (!failWith.isEmpty()) {
            *error = failWith;
            return std::nullopt;
        }
        return 42;
    };
}

} // namespace

class TestOperationDialogs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void titleAndPrimary_repeatVerbAndCounts();
    void preview_listsSkippedWithGroupedReasonsAndCopies();
    void nothingApplies_saysSoAndDisablesPrimary();
    void typedConfirmation_requiredFrom100NotAt99();
    void typedConfirmation_notForNonDestructive();
    void sms_71stCharacterImpossibleAndPasteTruncated();
    void sms_emptyText_disablesPrimary();
    void limit_monthNeedsValue_offDisablesValue();
    void tariff_offStepSizesImpossible();
    void confirmations_explainWhatHappens();
    void groups_newNamesCheckedAndSentToEverySim();
    void groups_triStatePartialUntouchedAndPerSimPreview();
    void limit_prefillsCommonLimit_primaryOnlyForAChange();
    void tariff_prefillsCommonPackage_roamingLeftAsIs();
    void groups_loadFromEmulator_searchable();
    void accept_callsStarterWithPreviewAndParams();
    void accept_starterError_staysOpenWithBanner();
    void screenshots_nothingTruncated();
    void everyOperation_controlsNamed_tabInReadingOrder();
    void service_mustBeChosen_sentAsChosen();
    void infoSms_mustBeChosen_sentAsChosen();
    void tariffFromDate_needsTariff_notBeforeToday();
    void tariffFromDate_catalogMissingOrFailed_saysWhy();
    void topUp_firstOfEachTariffByDefault_specificOnlyForItsTariff();

private:
    static QPushButton* primary(BulkOperationDialog& dialog) { return dialog.primaryButton(); }
};

void TestOperationDialogs::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestOperationDialogs::titleAndPrimary_repeatVerbAndCounts() {
    const Fleet fleet = mixedFleet(298, 14);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Block), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    QCOMPARE(plural(dialog.windowTitle()), QStringLiteral("Block 312 SIMs"));
    QCOMPARE(plural(dialog.findChild<QLabel*>(QStringLiteral("operationTitle"))->text()),
             QStringLiteral("Block 312 SIMs"));
    QCOMPARE(plural(primary(dialog)->text()), QStringLiteral("Block 298 SIMs"));
    QCOMPARE(plural(dialog.findChild<QLabel*>(QStringLiteral("appliesTo"))->text()),
             QStringLiteral("Applies to 298 SIMs"));

    const Fleet one = mixedFleet(1, 0);
    BulkOperationDialog single(one.preview(SimOperation::Ping), one.lookup(), nullptr);
    QVERIFY(single.windowTitle().startsWith(QLatin1String("Ping 1 SIM")));
    QCOMPARE(plural(BulkOperationDialog::actionText(SimOperation::Sms, 5)),
             QStringLiteral("Send SMS to 5 SIMs"));
    for (SimOperation op : SimOperations::all()) {
        const QString text = plural(BulkOperationDialog::actionText(op, 3));
        QVERIFY2(text.contains(QLatin1String("3 SIMs")), qPrintable(text));
    }
}

void TestOperationDialogs::preview_listsSkippedWithGroupedReasonsAndCopies() {
    Fleet fleet = mixedFleet(5, 12);
    fleet.add(makeSim(9000, SimProfile::TC, BlockCode::Msu));
    fleet.add(makeSim(9001, SimProfile::TC, BlockCode::Msu));
    // Unblock: the 12 user-blocked TD SIMs apply; 5 active and 2 MSU-blocked are skipped.
    BulkOperationDialog dialog(fleet.preview(SimOperation::Unblock), fleet.lookup(), nullptr);
    const QStringList summary = dialog.skippedSummary();
    QCOMPARE(summary.size(), 2);
    QCOMPARE(summary.at(0), QStringLiteral("5 — ") +
                                SimOperations::skipReason(SimOperation::Unblock, fleet.byId[1000]));
    QCOMPARE(summary.at(1), QStringLiteral("2 — ") +
                                SimOperations::skipReason(SimOperation::Unblock, fleet.byId[9000]));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("skippedSummary"))
                ->text()
                .contains(summary.at(0)));
    QCOMPARE(plural(primary(dialog)->text()), QStringLiteral("Unblock 12 SIMs"));

    const QString list = dialog.skippedListText();
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.first(), fleet.byId[1000].iccid + QLatin1Char('\t') +
                                SimOperations::skipReason(SimOperation::Unblock, fleet.byId[1000]));
    QVERIFY(lines.last().startsWith(fleet.byId[9001].iccid));

    // The expandable list shows ICCID and reason; Copy puts the list on the clipboard.
    QToolButton* toggle = dialog.skippedToggle();
    dialog.show();
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("skippedList"))->isVisible());
    toggle->click();
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("skippedList"))->isVisible());
    dialog.findChild<QPushButton*>(QStringLiteral("copySkipped"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), list);
}

void TestOperationDialogs::nothingApplies_saysSoAndDisablesPrimary() {
    const Fleet fleet = mixedFleet(7, 0);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Unblock), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(plural(dialog.findChild<QLabel*>(QStringLiteral("appliesTo"))->text())
                .contains(QLatin1String("None of the 7 selected SIMs")));
    dialog.accept();
    QCOMPARE(record.calls, 0);
}

void TestOperationDialogs::typedConfirmation_requiredFrom100NotAt99() {
    for (SimOperation op : {SimOperation::Block, SimOperation::Disconnect}) {
        // Blocked SIMs are skipped by Block only; Disconnect applies to all.
        const Fleet hundred = op == SimOperation::Block ? mixedFleet(100, 3) : mixedFleet(100, 0);
        BulkOperationDialog dialog(hundred.preview(op), hundred.lookup(), nullptr);
        StarterCall record;
        dialog.setStarter(recordingStarter(&record));
        QVERIFY(dialog.needsTypedConfirmation());
        QLineEdit* confirm = dialog.confirmationField();
        QVERIFY(!confirm->isHidden());
        QVERIFY(!primary(dialog)->isEnabled());
        confirm->setText(QStringLiteral("99"));
        QVERIFY(!primary(dialog)->isEnabled());
        confirm->setText(QStringLiteral("1000"));
        QVERIFY(!primary(dialog)->isEnabled());
        confirm->setText(QStringLiteral("100"));
        QVERIFY(primary(dialog)->isEnabled());

        const Fleet ninetyNine = op == SimOperation::Block ? mixedFleet(99, 3) : mixedFleet(99, 0);
        BulkOperationDialog small(ninetyNine.preview(op), ninetyNine.lookup(), nullptr);
        small.setStarter(recordingStarter(&record));
        QVERIFY(!small.needsTypedConfirmation());
        QVERIFY(small.confirmationField()->isHidden());
        QVERIFY(primary(small)->isEnabled());
    }
    // The count may be typed with the locale's group separators.
    const Fleet many = mixedFleet(1500, 0);
    BulkOperationDialog dialog(many.preview(SimOperation::Disconnect), many.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    for (const QString& typed : {QStringLiteral("1500"), QStringLiteral("1 500"),
                                 QStringLiteral("1\u00a0500"), QStringLiteral("1,500")}) {
        dialog.confirmationField()->setText(typed);
        QVERIFY2(primary(dialog)->isEnabled(),
                 qPrintable(typed + QLatin1Char('|') + dialog.confirmationField()->text()));
    }
    dialog.confirmationField()->setText(QStringLiteral("150"));
    QVERIFY(!primary(dialog)->isEnabled());
}

void TestOperationDialogs::typedConfirmation_notForNonDestructive() {
    const Fleet fleet = mixedFleet(0, 250);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Unblock), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    QVERIFY(!dialog.needsTypedConfirmation());
    QVERIFY(primary(dialog)->isEnabled());
}

void TestOperationDialogs::sms_71stCharacterImpossibleAndPasteTruncated() {
    const Fleet fleet = mixedFleet(3, 0);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Sms), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    dialog.show();
    OperationParamsEditor* editor = dialog.paramsEditor();
    QPlainTextEdit* text = editor->smsEdit();
    QVERIFY(text);
    QCOMPARE(editor->smsCounter()->text(), QStringLiteral("0 / 70"));

    text->setFocus();
    QTest::keyClicks(text, QString(43, QLatin1Char('a')));
    QCOMPARE(editor->smsCounter()->text(), QStringLiteral("43 / 70"));
    QVERIFY(primary(dialog)->isEnabled());
    QTest::keyClicks(text, QString(30, QLatin1Char('b')));
    QCOMPARE(text->toPlainText().size(), SimOperations::kMaxSmsLength);
    QCOMPARE(editor->smsCounter()->text(), QStringLiteral("70 / 70"));
    QCOMPARE(editor->params().smsText.size(), 70);
    QVERIFY(primary(dialog)->isEnabled());

    // A paste of 100 characters keeps the first 70 and says so.
    text->clear();
    text->insertPlainText(QString(100, QLatin1Char('c')));
    QCOMPARE(text->toPlainText(), QString(70, QLatin1Char('c')));
    QVERIFY(editor->smsNote()->isVisible());
    QVERIFY(editor->smsNote()->text().contains(QLatin1String("70")));

    // The API's own check refuses 71 characters as well.
    SimOperationParams params;
    params.smsText = QString(71, QLatin1Char('x'));
    QVERIFY(!SimOperations::validate(SimOperation::Sms, params).isEmpty());

    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.smsText, QString(70, QLatin1Char('c')));
}

void TestOperationDialogs::sms_emptyText_disablesPrimary() {
    const Fleet fleet = mixedFleet(3, 0);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Sms), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    dialog.paramsEditor()->smsEdit()->setPlainText(QStringLiteral("   "));
    QVERIFY(!primary(dialog)->isEnabled());
    dialog.paramsEditor()->smsEdit()->setPlainText(QStringLiteral("Reboot please"));
    QVERIFY(primary(dialog)->isEnabled());
}

void TestOperationDialogs::limit_monthNeedsValue_offDisablesValue() {
    const Fleet fleet = mixedFleet(4, 0, SimProfile::TC);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Limit), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    dialog.show();
    OperationParamsEditor* editor = dialog.paramsEditor();
    QComboBox* type = editor->limitTypeCombo();
    QSpinBox* value = editor->limitValueSpin();
    // These SIMs have no limit: "Off" is what they have, so nothing to do yet.
    QCOMPARE(type->currentText(), QStringLiteral("Off"));
    QVERIFY(!value->isEnabled());
    QVERIFY(!primary(dialog)->isEnabled());

    type->setCurrentIndex(1); // calendar month
    QVERIFY(value->isEnabled());
    QCOMPARE(value->value(), 0);
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(editor->problemLabel()->isVisible());
    QVERIFY(!editor->problemLabel()->text().isEmpty());

    value->setValue(500);
    QVERIFY(primary(dialog)->isEnabled());
    QVERIFY(!editor->problemLabel()->isVisible());
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.limitType, LimitType::Month);
    QCOMPARE(record.params.limitMb, qint64(500));
}

void TestOperationDialogs::tariff_offStepSizesImpossible() {
    const Fleet fleet = mixedFleet(4, 0, SimProfile::TD);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Tariff), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    OperationParamsEditor* editor = dialog.paramsEditor();
    QComboBox* package = editor->packageCombo();
    QVERIFY(!package->isEditable());
    QCOMPARE(package->count(), 18); // 15, 20, ..., 100
    for (int i = 0; i < package->count(); ++i) {
        package->setCurrentIndex(i);
        const int mb = editor->params().packageMb;
        QVERIFY(mb >= 15 && mb <= 100 && (mb - 15) % 5 == 0);
        QVERIFY(SimOperations::validate(SimOperation::Tariff, editor->params()).isEmpty());
    }
    // No way to pick 17 MB: the list holds no such entry.
    QCOMPARE(package->findData(17), -1);
    SimOperationParams offStep;
    offStep.packageMb = 17;
    QVERIFY(!SimOperations::validate(SimOperation::Tariff, offStep).isEmpty());

    package->setCurrentIndex(package->findData(45));
    editor->autoPackageCheck()->setChecked(true);
    editor->worldRoamingCheck()->setChecked(true);
    dialog.accept();
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.packageMb, 45);
    QVERIFY(record.params.autoPackage);
    QCOMPARE(record.params.worldRoaming, std::optional<bool>(true));
}

void TestOperationDialogs::confirmations_explainWhatHappens() {
    const Fleet fleet = mixedFleet(3, 3);
    const auto explanation = [&fleet](SimOperation op) {
        BulkOperationDialog dialog(fleet.preview(op), fleet.lookup(), nullptr);
        return dialog.findChild<QLabel*>(QStringLiteral("operationExplanation"))->text();
    };
    QVERIFY(explanation(SimOperation::Block).contains(QLatin1String("data and calls")));
    QVERIFY(explanation(SimOperation::Unblock).contains(QLatin1String("code m")));
    QVERIFY(explanation(SimOperation::Reconnect).contains(QLatin1String("disconnect")));
    QVERIFY(explanation(SimOperation::Reconnect).contains(QLatin1String("by itself")));
    for (SimOperation op : {SimOperation::Disconnect, SimOperation::Ping, SimOperation::Repackage})
        QVERIFY(!explanation(op).isEmpty());
}

void TestOperationDialogs::groups_newNamesCheckedAndSentToEverySim() {
    Fleet fleet;
    fleet.add(makeSim(1, SimProfile::TD, BlockCode::None, {{10, QStringLiteral("Trucks")}}));
    fleet.add(makeSim(2, SimProfile::TC, BlockCode::None, {{20, QStringLiteral("Vans")}}));
    fleet.add(makeSim(3, SimProfile::TD, BlockCode::User,
                      {{10, QStringLiteral("Trucks")}, {30, QStringLiteral("Spare")}}));
    fleet.add(makeSim(4, SimProfile::TD, BlockCode::None));
    BulkOperationDialog dialog(fleet.preview(SimOperation::Group), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    GroupPicker* picker = dialog.paramsEditor()->groupPicker();
    QVERIFY(picker);
    // No group is in every SIM: none checked, all partly checked.
    QVERIFY(picker->checkedGroupIds().isEmpty());
    QCOMPARE(picker->checkState(QStringLiteral("Trucks")), Qt::PartiallyChecked);
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("operationExplanation"))
                ->text()
                .contains(QLatin1String("Partly checked")));

    picker->newGroupsField()->setText(QStringLiteral("North, South ,Trucks"));
    QTest::keyClick(picker->newGroupsField(), Qt::Key_Return);
    QStringList names = picker->checkedNewGroupNames();
    names.sort();
    // "Trucks" exists: it stays the existing group, not a new one.
    QCOMPARE(names, (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
    QVERIFY(picker->newGroupsField()->text().isEmpty());

    QVERIFY(primary(dialog)->isEnabled());
    QCOMPARE(plural(primary(dialog)->text()), QStringLiteral("Set groups of 4 SIMs"));
    dialog.accept();
    QCOMPARE(record.calls, 1);
    // Typing "Trucks" checked the listed group: every SIM joins it and the new
    // ones, and keeps its other groups.
    QCOMPARE(record.params.groupIds, (QVector<qint64>{10}));
    QVERIFY(record.params.leftGroupIds.isEmpty());
    record.params.newGroupNames.sort();
    QCOMPARE(record.params.newGroupNames,
             (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
    QCOMPARE(record.preview.applicable.size(), 4);
    QCOMPARE(record.params.groupIdsBySim.value(1), (QVector<qint64>{10}));
    QCOMPARE(record.params.groupIdsBySim.value(2), (QVector<qint64>{10, 20}));
    QCOMPARE(record.params.groupIdsBySim.value(3), (QVector<qint64>{10, 30}));
    QCOMPARE(record.params.groupIdsBySim.value(4), (QVector<qint64>{10}));
}

void TestOperationDialogs::groups_triStatePartialUntouchedAndPerSimPreview() {
    const GroupRef lifts{10, QStringLiteral("Lifts")};
    const GroupRef reserve{20, QStringLiteral("Reserve")};
    Fleet fleet;
    fleet.add(makeSim(1, SimProfile::TD, BlockCode::None, {lifts, reserve}));
    fleet.add(makeSim(2, SimProfile::TD, BlockCode::None, {lifts}));
    fleet.add(makeSim(3, SimProfile::TC, BlockCode::None, {lifts, reserve}));
    BulkOperationDialog dialog(fleet.preview(SimOperation::Group), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    dialog.show();
    GroupPicker* picker = dialog.paramsEditor()->groupPicker();
    QCOMPARE(picker->checkState(QStringLiteral("Lifts")), Qt::Checked);
    QCOMPARE(picker->checkState(QStringLiteral("Reserve")), Qt::PartiallyChecked);
    // Enter changes nothing: the button waits for a change.
    QVERIFY(!primary(dialog)->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(record.calls, 0);

    // The user clicks Reserve: partly → checked → unchecked → partly.
    QListWidget* list = picker->groupList();
    const auto clickReserve = [&] {
        list->setCurrentRow(picker->listedNames().indexOf(QStringLiteral("Reserve")));
        QTest::keyClick(list, Qt::Key_Space);
    };
    clickReserve();
    QCOMPARE(picker->checkState(QStringLiteral("Reserve")), Qt::Checked);
    QVERIFY(primary(dialog)->isEnabled());
    QCOMPARE(dialog.preview().applicable, (QVector<qint64>{2}));
    QCOMPARE(dialog.preview().skipped.size(), 2);
    QCOMPARE(plural(dialog.groupChangesLabel()->text()), QStringLiteral("1 SIM joins Reserve"));
    QCOMPARE(plural(primary(dialog)->text()), QStringLiteral("Set groups of 1 SIM"));

    clickReserve();
    QCOMPARE(picker->checkState(QStringLiteral("Reserve")), Qt::Unchecked);
    QCOMPARE(dialog.preview().applicable, (QVector<qint64>{1, 3}));
    QCOMPARE(plural(dialog.groupChangesLabel()->text()), QStringLiteral("2 SIMs leave Reserve"));

    clickReserve();
    QCOMPARE(picker->checkState(QStringLiteral("Reserve")), Qt::PartiallyChecked);
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(dialog.preview().skipped.isEmpty()); // no list of "already so" before a change
    QVERIFY(dialog.groupChangesLabel()->isHidden());

    // Leave Lifts, keep Reserve partly: each SIM keeps its own Reserve.
    list->setCurrentRow(picker->listedNames().indexOf(QStringLiteral("Lifts")));
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(picker->checkState(QStringLiteral("Lifts")), Qt::Unchecked);
    QVERIFY(primary(dialog)->isEnabled());
    QCOMPARE(plural(dialog.groupChangesLabel()->text()), QStringLiteral("3 SIMs leave Lifts"));
    dialog.accept();
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.preview.applicable, (QVector<qint64>{1, 2, 3}));
    QCOMPARE(record.params.leftGroupIds, (QVector<qint64>{10}));
    QCOMPARE(record.params.groupIdsBySim.value(1), (QVector<qint64>{20}));
    QCOMPARE(record.params.groupIdsBySim.value(2), QVector<qint64>());
    QCOMPARE(record.params.groupIdsBySim.value(3), (QVector<qint64>{20}));
}

void TestOperationDialogs::limit_prefillsCommonLimit_primaryOnlyForAChange() {
    Fleet fleet;
    for (qint64 id = 1; id <= 4; ++id) {
        Sim sim = makeSim(id, SimProfile::TC, BlockCode::None);
        sim.limit.type = LimitType::Month;
        sim.limit.valueMb = 20;
        fleet.add(sim);
    }
    {
        BulkOperationDialog dialog(fleet.preview(SimOperation::Limit), fleet.lookup(), nullptr);
        StarterCall record;
        dialog.setStarter(recordingStarter(&record));
        OperationParamsEditor* editor = dialog.paramsEditor();
        // The SIMs' 20 MB, not "Off": Enter cannot remove their limit.
        QCOMPARE(editor->limitTypeCombo()->currentText(), QStringLiteral("Calendar month"));
        QCOMPARE(editor->limitValueSpin()->value(), 20);
        QVERIFY(!primary(dialog)->isEnabled());
        dialog.accept();
        QCOMPARE(record.calls, 0);
        editor->limitValueSpin()->setValue(30);
        QVERIFY(primary(dialog)->isEnabled());
        QCOMPARE(dialog.preview().applicable.size(), 4);
        editor->limitValueSpin()->setValue(20);
        QVERIFY(!primary(dialog)->isEnabled());
    }
    // Different limits: nothing is chosen, and the SIMs that already have the
    // chosen one are skipped as such.
    Sim other = fleet.byId.value(4);
    other.limit.valueMb = 50;
    fleet.byId.insert(4, other);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Limit), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    OperationParamsEditor* editor = dialog.paramsEditor();
    QCOMPARE(editor->limitTypeCombo()->currentIndex(), -1);
    QVERIFY(!primary(dialog)->isEnabled());
    editor->limitTypeCombo()->setCurrentIndex(1);
    editor->limitValueSpin()->setValue(50);
    QVERIFY(primary(dialog)->isEnabled());
    QCOMPARE(dialog.preview().applicable, (QVector<qint64>{1, 2, 3}));
    QCOMPARE(dialog.preview().skipped.size(), 1);
    QCOMPARE(dialog.preview().skipped.first().reason,
             QStringLiteral("already has this data limit"));
}

void TestOperationDialogs::tariff_prefillsCommonPackage_roamingLeftAsIs() {
    Fleet fleet;
    for (qint64 id = 1; id <= 3; ++id) {
        Sim sim = makeSim(id, SimProfile::TD, BlockCode::None);
        sim.limit.type = LimitType::PackageAutoRenew;
        sim.limit.valueMb = 40;
        sim.tariff.packageAuto = true;
        fleet.add(sim);
    }
    BulkOperationDialog dialog(fleet.preview(SimOperation::Tariff), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    OperationParamsEditor* editor = dialog.paramsEditor();
    // Their 40 MB with auto-renew, not 15 MB.
    QCOMPARE(editor->packageCombo()->currentData().toInt(), 40);
    QCOMPARE(editor->autoPackageCheck()->checkState(), Qt::Checked);
    QCOMPARE(editor->worldRoamingCheck()->checkState(), Qt::PartiallyChecked);
    QVERIFY(!primary(dialog)->isEnabled());
    editor->packageCombo()->setCurrentIndex(editor->packageCombo()->findData(50));
    QVERIFY(primary(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.packageMb, 50);
    QVERIFY(record.params.autoPackage);
    QVERIFY(!record.params.worldRoaming); // each SIM keeps its roaming

    // Auto-renew that differs between the SIMs must be chosen.
    Sim other = fleet.byId.value(3);
    other.tariff.packageAuto = false;
    other.limit.type = LimitType::PackageNoRenew;
    fleet.byId.insert(3, other);
    BulkOperationDialog mixed(fleet.preview(SimOperation::Tariff), fleet.lookup(), nullptr);
    mixed.setStarter(recordingStarter(&record));
    QCOMPARE(mixed.paramsEditor()->autoPackageCheck()->checkState(), Qt::PartiallyChecked);
    QCOMPARE(mixed.paramsEditor()->packageCombo()->currentData().toInt(), 40);
    QVERIFY(!primary(mixed)->isEnabled());
    mixed.paramsEditor()->autoPackageCheck()->click();
    QCOMPARE(mixed.paramsEditor()->autoPackageCheck()->checkState(), Qt::Checked);
    QVERIFY(primary(mixed)->isEnabled());
    QCOMPARE(mixed.preview().applicable, (QVector<qint64>{3}));
}

void TestOperationDialogs::groups_loadFromEmulator_searchable() {
    EmulatorFixture server(EmulatorFixture::fleetConfig(50));
    QVERIFY(server.isListening());
    Emulator& emulator = server.emulator();
    ApiClient& client = server.client();

    const Fleet fleet = mixedFleet(2, 0);
    GroupsModel groups(&client);
    const QAbstractItemModelTester tester(&groups,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Group), fleet.lookup(), &groups);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    GroupPicker* picker = dialog.paramsEditor()->groupPicker();
    QVERIFY(picker->isLoading());
    QVERIFY(!primary(dialog)->isEnabled()); // waits for the list
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 30000);
    QVERIFY(!picker->hasLoadError());
    const QStringList names = picker->listedNames();
    QVERIFY(!names.isEmpty());
    QVERIFY(picker->checkedNames().isEmpty()); // these SIMs have no groups
    QVERIFY(!primary(dialog)->isEnabled());    // nothing changed yet

    picker->setSearchText(names.first());
    QVERIFY(picker->visibleCount() >= 1);
    QVERIFY(picker->visibleCount() <= names.size());
    picker->setSearchText(QStringLiteral("no group is called this"));
    QCOMPARE(picker->visibleCount(), 0);

    // An unreachable server: the error with Retry, in the dialog.
    emulator.setErrorRate(1.0);
    GroupsModel failingGroups(&client);
    GroupPicker failing;
    failing.setGroups(&failingGroups);
    QTRY_VERIFY_WITH_TIMEOUT(!failing.isLoading(), 60000);
    QVERIFY(failing.hasLoadError());
    emulator.setErrorRate(0.0);
    emit failing.errorBanner()->actionTriggered();
    QTRY_VERIFY_WITH_TIMEOUT(!failing.isLoading(), 30000);
    QVERIFY(!failing.hasLoadError());
    QCOMPARE(failing.listedNames().size(), names.size());
}

void TestOperationDialogs::accept_callsStarterWithPreviewAndParams() {
    const Fleet fleet = mixedFleet(20, 5);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Block), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    dialog.show();
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.preview.op, SimOperation::Block);
    QCOMPARE(record.preview.applicable, fleet.ids.mid(0, 20));
    QCOMPARE(record.preview.skipped.size(), 5);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.startedJob(), std::optional<qint64>(42));
    QVERIFY(!dialog.isVisible());
}

void TestOperationDialogs::accept_starterError_staysOpenWithBanner() {
    const Fleet fleet = mixedFleet(3, 0);
    BulkOperationDialog dialog(fleet.preview(SimOperation::Ping), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record, QStringLiteral("The journal is full.")));
    dialog.show();
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(record.calls, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorBanner()->isVisible());
    QCOMPARE(dialog.errorBanner()->text(), QStringLiteral("The journal is full."));
    QVERIFY(!dialog.startedJob());
}

void TestOperationDialogs::screenshots_nothingTruncated() {
    // Grabs every dialog and checks that no button or label is narrower than
    // its text. SIMFLEET_DIALOG_SHOTS=<dir> keeps the pictures to look at.
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    Fleet nova = mixedFleet(298, 14);
    nova.add(makeSim(9000, SimProfile::TC, BlockCode::Msu, {{7, QStringLiteral("Spare")}}));
    const Fleet v2 = v2Fleet(40, 20);
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    for (SimOperation op : SimOperations::all()) {
        const Fleet& fleet = fleetFor(op, nova, v2);
        BulkOperationDialog dialog(fleet.preview(op), fleet.lookup(), nullptr,
                                   rig.workspace()->tariffs());
        StarterCall record;
        dialog.setStarter(recordingStarter(&record));
        dialog.skippedToggle()->setChecked(true);
        dialog.show();
        dialog.adjustSize();
        QTest::qWait(0);
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        if (!shots.isEmpty())
            image.save(QStringLiteral("%1/dialog-%2.png").arg(shots, SimOperations::name(op)));
        for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
    }
}

void TestOperationDialogs::everyOperation_controlsNamed_tabInReadingOrder() {
    const Fleet nova = mixedFleet(12, 3);
    const Fleet v2 = v2Fleet(8, 4);
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    for (SimOperation op : SimOperations::all()) {
        const Fleet& fleet = fleetFor(op, nova, v2);
        BulkOperationDialog dialog(fleet.preview(op), fleet.lookup(), nullptr,
                                   rig.workspace()->tariffs());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = AccessibilityChecks::dialogProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(dialog.windowTitle() + QStringLiteral(":\n") +
                                                problems.join(QLatin1Char('\n'))));
        dialog.reject();
    }
}

void TestOperationDialogs::service_mustBeChosen_sentAsChosen() {
    const Fleet fleet = v2Fleet(3, 0);
    for (SimOperation op : {SimOperation::ServiceBlock, SimOperation::ServiceUnblock}) {
        BulkOperationDialog dialog(fleet.preview(op), fleet.lookup(), nullptr);
        StarterCall record;
        dialog.setStarter(recordingStarter(&record));
        QComboBox* service = dialog.paramsEditor()->serviceCombo();
        QVERIFY(service);
        QCOMPARE(service->count(), 3);
        // Nothing chosen at first: blocking the wrong service is not one click away.
        QCOMPARE(service->currentIndex(), -1);
        QVERIFY(!dialog.paramsEditor()->problem().isEmpty());
        QVERIFY(!primary(dialog)->isEnabled());
        QCOMPARE(service->itemText(0), QStringLiteral("Internet"));
        QCOMPARE(service->itemText(1), QStringLiteral("SMS"));
        QCOMPARE(service->itemText(2), QStringLiteral("Calls"));
        for (const QString& code :
             {QStringLiteral("internet"), QStringLiteral("sms"), QStringLiteral("call")}) {
            service->setCurrentIndex(indexOfData(service, code));
            QVERIFY(dialog.paramsEditor()->problem().isEmpty());
            QCOMPARE(dialog.paramsEditor()->params().service, code);
        }
        QVERIFY(primary(dialog)->isEnabled());
        dialog.accept();
        QCOMPARE(record.calls, 1);
        QCOMPARE(record.params.service, QStringLiteral("call"));
    }
}

void TestOperationDialogs::infoSms_mustBeChosen_sentAsChosen() {
    const Fleet fleet = v2Fleet(2, 1);
    BulkOperationDialog dialog(fleet.preview(SimOperation::InfoSms), fleet.lookup(), nullptr);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    QComboBox* about = dialog.paramsEditor()->infoSmsCombo();
    QVERIFY(about);
    QCOMPARE(about->currentIndex(), -1);
    QVERIFY(!primary(dialog)->isEnabled());
    // No red line for a choice not made yet: the box says "Choose…".
    QVERIFY(dialog.paramsEditor()->problemLabel()->isHidden());
    about->setCurrentIndex(indexOfData(about, QStringLiteral("internet")));
    QVERIFY(primary(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(record.params.infoSmsType, QStringLiteral("internet"));
    about->setCurrentIndex(indexOfData(about, QStringLiteral("call")));
    QCOMPARE(dialog.paramsEditor()->params().infoSmsType, QStringLiteral("call"));
}

void TestOperationDialogs::tariffFromDate_needsTariff_notBeforeToday() {
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    const Fleet fleet = v2Fleet(3, 2);
    BulkOperationDialog dialog(fleet.preview(SimOperation::TariffFromDate), fleet.lookup(), nullptr,
                               rig.workspace()->tariffs());
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    OperationParamsEditor* editor = dialog.paramsEditor();
    QComboBox* packet = editor->packetCombo();
    QDateEdit* date = editor->tariffDateEdit();
    QVERIFY(packet && date);
    // Every tariff of the catalog, with its MB and price; none chosen yet.
    QCOMPARE(packet->count(), rig.workspace()->tariffs()->packets().size());
    QCOMPARE(packet->currentIndex(), -1);
    QVERIFY2(packet->itemText(1).startsWith(QStringLiteral("IoT 1 GB — ")),
             qPrintable(packet->itemText(1)));
    QVERIFY(packet->itemText(1).contains(QLocale().toString(1024) + QStringLiteral(" MB")));
    QVERIFY(packet->itemText(1).contains(QLocale().toString(250.0, 'f', 2)));
    QCOMPARE(editor->problem(), QStringLiteral("Choose the tariff the SIMs move to."));
    QVERIFY(!primary(dialog)->isEnabled());

    // The date starts at the operator's earliest day and cannot go before it.
    const QDate earliest = OperationParamsEditor::earliestTariffDate();
    QVERIFY(earliest >= QDate::currentDate());
    QCOMPARE(date->date(), earliest);
    date->setDate(earliest.addDays(-1));
    QCOMPARE(date->date(), earliest);
    // The locale's order of day, month and year, the year in four digits.
    QVERIFY(date->displayFormat().contains(QLatin1String("yyyy")));

    packet->setCurrentIndex(indexOfData(packet, qint64(2)));
    date->setDate(earliest.addDays(10));
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    QVERIFY(primary(dialog)->isEnabled());
    saveShot(dialog, QStringLiteral("tariff-from-date-chosen"));
    dialog.accept();
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.packetId, qint64(2));
    QCOMPARE(record.params.tariffDate, earliest.addDays(10));
}

void TestOperationDialogs::tariffFromDate_catalogMissingOrFailed_saysWhy() {
    const Fleet fleet = v2Fleet(2, 0);
    {
        BulkOperationDialog dialog(fleet.preview(SimOperation::TariffFromDate), fleet.lookup(),
                                   nullptr);
        StarterCall record;
        dialog.setStarter(recordingStarter(&record));
        QVERIFY(!dialog.paramsEditor()->problem().isEmpty());
        QVERIFY(!dialog.paramsEditor()->packetCombo()->isEnabled());
        QVERIFY(!primary(dialog)->isEnabled());
    }
    // The operator unreachable: the catalog's read fails and the dialog says so.
    V2WorkspaceRig rig;
    rig.emulator().setErrorRate(1.0);
    TariffCatalog* tariffs = rig.workspace()->tariffs();
    BulkOperationDialog dialog(fleet.preview(SimOperation::TariffFromDate), fleet.lookup(), nullptr,
                               tariffs);
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    tariffs->reload();
    QCOMPARE(dialog.paramsEditor()->problem(),
             QStringLiteral("Wait until the operator's tariffs are loaded."));
    QTRY_VERIFY_WITH_TIMEOUT(!tariffs->isLoading(), 60000);
    QVERIFY(!tariffs->isLoaded());
    QVERIFY(dialog.paramsEditor()->problem().contains(QLatin1String("could not be read")));
    QVERIFY(!dialog.paramsEditor()->problemLabel()->isHidden());
    QVERIFY(!primary(dialog)->isEnabled());
}

void TestOperationDialogs::topUp_firstOfEachTariffByDefault_specificOnlyForItsTariff() {
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    const Fleet mixed = v2Fleet(3, 2);
    BulkOperationDialog dialog(mixed.preview(SimOperation::TopUp), mixed.lookup(), nullptr,
                               rig.workspace()->tariffs());
    StarterCall record;
    dialog.setStarter(recordingStarter(&record));
    QComboBox* topUp = dialog.paramsEditor()->smallPacketCombo();
    QVERIFY(topUp);
    // The default, then the top-ups of the tariffs these SIMs are on (1 and 2) only.
    QCOMPARE(topUp->currentIndex(), 0);
    QCOMPARE(topUp->itemText(0), QStringLiteral("The first top-up of each SIM's tariff"));
    QStringList ids;
    for (int i = 0; i < topUp->count(); ++i)
        ids.append(topUp->itemData(i).toString());
    QCOMPARE(ids, (QStringList{"0", "101", "102", "201", "202"}));
    QVERIFY(topUp->itemText(1).contains(QLatin1String("IoT 100 MB")));
    QVERIFY(primary(dialog)->isEnabled());
    QCOMPARE(dialog.paramsEditor()->params().smallPacketId, qint64(0));

    // Tariff 1's top-up, but two SIMs are on tariff 2: refused, and why.
    topUp->setCurrentIndex(indexOfData(topUp, qint64(101)));
    QVERIFY(dialog.paramsEditor()->problem().contains(QLatin1String("IoT 100 MB")));
    QVERIFY(!dialog.paramsEditor()->problemLabel()->isHidden());
    QVERIFY(!primary(dialog)->isEnabled());
    saveShot(dialog, QStringLiteral("top-up-other-tariff"));
    topUp->setCurrentIndex(0);
    dialog.accept();
    QCOMPARE(record.calls, 1);
    QCOMPARE(record.params.smallPacketId, qint64(0));

    // All on tariff 1: its own top-ups may be chosen.
    const Fleet first = v2Fleet(4, 0);
    BulkOperationDialog single(first.preview(SimOperation::TopUp), first.lookup(), nullptr,
                               rig.workspace()->tariffs());
    single.setStarter(recordingStarter(&record));
    QComboBox* box = single.paramsEditor()->smallPacketCombo();
    QCOMPARE(box->count(), 3);
    box->setCurrentIndex(indexOfData(box, qint64(102)));
    QVERIFY(primary(single)->isEnabled());
    single.accept();
    QCOMPARE(record.params.smallPacketId, qint64(102));
}

QTEST_MAIN(TestOperationDialogs)
#include "tst_operation_dialogs.moc"
