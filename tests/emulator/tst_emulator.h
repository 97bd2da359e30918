#pragma once

#include "emulator/Emulator.h"
#include "tests/emulator/EmulatorTestClient.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

namespace testutil {

inline QJsonArray items(const EmulatorTestClient::Response& r) {
    return r.json.value(QStringLiteral("items")).toArray();
}

inline QJsonArray ids(std::initializer_list<int> list) {
    QJsonArray a;
    for (int id : list)
        a.append(id);
    return a;
}

} // namespace testutil

// Tests of the NovaConnect emulator over real loopback HTTP. Slots are split over
// tst_emulator.cpp (fleet, sim/list, auth, validation), tst_emulator_queue.cpp (queued jobs,
// groups, users) and tst_emulator_files.cpp (files, reports, faults, journal, the executable).
class TestEmulator final : public QObject {
    Q_OBJECT

public:
    struct Running {
        std::unique_ptr<novaemu::Emulator> emulator;
        std::unique_ptr<EmulatorTestClient> client;
    };
    static Running start(const novaemu::EmulatorConfig& config = smallConfig());
    static novaemu::EmulatorConfig smallConfig();
    // First SIM id of the given profile (and block code, if given) on the first page.
    static int findSim(EmulatorTestClient& client, const QString& profile, QChar block = QChar());
    static QJsonObject simById(EmulatorTestClient& client, int id);

private slots:
    void initTestCase();

    // tst_emulator.cpp
    void fleet_sameSeedGivesSameFirstPage();
    void fleet_differentSeedGivesDifferentData();
    void fleet_iccidsAreUniqueLuhnValid();
    void simList_pagingReportsCountAndAllCount();
    void simList_filtersNarrowAllCount();
    void simList_sortsByIccidDescending();
    void simList_queryMatchesGroupNames();
    void auth_unknownTokenGets401();
    void auth_userTokenOnAdminMethodGets403InBody();
    void lang_ruAndEnMessagesDiffer();
    void validation_badRequestsGet400();
    void validation_acceptsBoundaryValues();
    void unknownMethod_gets404();

    // tst_emulator_queue.cpp
    void bulkBlock_appliesAfterDelayAndCallsBack();
    void ping_onTcSimEndsWithErrorStatus();
    void unblock_msuBlockedSimStaysBlocked();
    void simGroup_replacesGroupSet();
    void simEdit_renamesSynchronously();
    void groups_createEditRemove();
    void users_passwordAndSelfRules();

    // tst_emulator_files.cpp
    void billDownload_pdfIsRealPdf();
    void billDownload_transcriptIsXlsxPackage();
    void billDownload_unknownBillOrTokenRejected();
    void billList_newestFirstWithAllowOperations();
    void company_postpaidByDefault_prepaidOnRequest();
    void reports_lastPageIsShort();
    void reports_dayTotalsMatchSessions();
    void reports_nothingForToday();
    void faults_errorRateHalfFailsEverySecondRequest();
    void faults_malformedRateTruncatesJson();
    void faults_dropRateClosesConnectionAfterHandling();
    void latency_delaysAnswers();
    void journal_recordsMethodBodyRoleLang();
    void journal_fileGetsOneLinePerRequest();
    void executable_printsListeningLineAndServes();
    void thread_servesFromWorkerThread();
};
