// Every NovaConnect answer type, read as the client reads it: the envelope
// first (ApiError::fromEnvelopeBytes), then each method's parser on it, so
// that one input reaches them all: sim/list (also as FleetLoader parses it off
// the GUI thread), group/list, user/list, bill/list, the three reports,
// result.item of company/get, user/get, group/*, sim/edit, and the queue
// ticket of a bulk method. Checks that what was read survives the local
// snapshot's round trip (Sim::toJson / fromJson) unchanged, and that the
// simdjson reader of sim/list pages, where it answers, reads what the Qt one does.
#include "api/ApiError.h"
#include "api/Bill.h"
#include "api/Company.h"
#include "api/Group.h"
#include "api/PagedFetch.h"
#include "api/ProviderTime.h"
#include "api/QueueTicket.h"
#include "api/ReportRows.h"
#include "api/ServiceSupport.h"
#include "api/SimListFastParse.h"
#include "api/SimService.h"
#include "api/User.h"
#include "models/fleet/FleetLoader.h"
#include "models/home/MoneyText.h"
#include "models/storage/FleetSnapshotStore.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

namespace {

void checkSims(const QVector<Sim>& sims) {
    for (const Sim& sim : sims) {
        fuzz::check(sim.id > 0, "a SIM without a positive id was kept");
        const std::optional<Sim> again = Sim::fromJson(sim.toJson());
        fuzz::check(again.has_value(), "Sim::toJson not readable by fromJson");
        fuzz::check(*again == sim, "Sim changed by the snapshot round trip",
                    QString::fromUtf8(FleetSnapshotStore::encode(sim)));
        const std::optional<Sim> decoded =
            FleetSnapshotStore::decode(FleetSnapshotStore::encode(sim));
        fuzz::check(decoded.has_value() && *decoded == sim, "snapshot row round trip");
    }
}

template <typename T> void checkPage(const ListPage<T>& page) {
    fuzz::check(page.problems.messages.size() <= ParseProblems::kMaxMessages,
                "problem list unbounded");
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body = fuzz::bytes(data, size);

    // sim/list as the fleet loader reads it, and as the paged service does.
    const FleetLoader::ParsedPage loaded = FleetLoader::parsePage(body);
    QVector<Sim> loadedSims;
    for (qsizetype row = 0; row < loaded.rows.size(); ++row)
        loadedSims.append(loaded.rows.sim(row));
    checkSims(loadedSims);
    const Result<ListPage<Sim>> listed = SimService::parseListAnswer(body);
    fuzz::check(listed.ok() == !loaded.error.isError(), "two sim/list readers disagree");
    fuzz::check(!listed.ok() || listed.value.items == loadedSims,
                "the loader's stored rows differ from the SIMs read");

    QJsonObject envelope;
    if (ApiError::fromEnvelopeBytes(body, 200, &envelope).isError())
        return 0;

    const ListPage<Sim> sims = parseSimPage(envelope);
    checkPage(sims);
    checkSims(sims.items);
    // The simdjson reader answers only where it reads what the Qt reader does.
    if (const std::optional<ListPage<Sim>> fast = SimListFastParse::parse(body)) {
        fuzz::check(fast->items == sims.items, "simdjson and Qt readers differ on the SIMs");
        fuzz::check(fast->count == sims.count && fast->allCount == sims.allCount,
                    "simdjson and Qt readers differ on count or all_count");
        fuzz::check(sims.problems.isEmpty(), "simdjson reader kept a page with dropped rows");
    }
    for (const PagedFetch::Mode mode : {PagedFetch::Mode::AllCount, PagedFetch::Mode::ShortPage})
        (void)PagedFetch::itemsOf(envelope, mode);

    checkPage(parseGroupPage(envelope));
    checkPage(parseUserPage(envelope));
    const ListPage<Bill> bills = parseBillPage(envelope);
    checkPage(bills);
    const QTimeZone zone = ProviderTime::defaultZone();
    for (const Bill& bill : bills.items)
        (void)bill.periodText(zone);
    checkPage(parseSessionPage(envelope));
    checkPage(parseDayPage(envelope));
    checkPage(parseCallSmsPage(envelope));

    QString problem;
    if (const std::optional<Company> company =
            ServiceSupport::resultItem<Company>(envelope, &problem)) {
        for (const QString& money :
             {company->overdraft, company->balance, company->preliminaryBalance}) {
            (void)MoneyText::parse(money);
            (void)MoneyText::display(money, QLocale(QLocale::Russian));
            (void)MoneyText::display(money, QLocale(QLocale::English));
        }
    }
    if (const std::optional<User> user = ServiceSupport::resultItem<User>(envelope, &problem)) {
        (void)user->displayName();
        (void)user->isAdmin();
    }
    (void)ServiceSupport::resultItem<Group>(envelope, &problem);
    (void)ServiceSupport::resultItem<SimRename>(envelope, &problem);
    if (const std::optional<QueueTicket> ticket = QueueTicket::fromResponse(envelope, &problem))
        fuzz::check(!ticket->queueId.trimmed().isEmpty(), "an empty queue id accepted");
    return 0;
}
