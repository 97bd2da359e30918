// The second operator's answers (api/v2, Laravel style): sim/list pages, one
// SIM, the packets (tariffs), the login token and the internet usage records,
// each parser run on every input; the packets read from the input name the
// tariffs of the SIMs read from it, as the fleet fetch does.
#include "api/v2/V2Answers.h"
#include "models/storage/FleetSnapshotStore.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body = fuzz::bytes(data, size);

    QString problem;
    (void)V2Answers::payload(body, &problem);

    QHash<qint64, QString> packetNames;
    const Result<QVector<V2Packet>> packets = V2Answers::packets(body);
    if (packets.ok()) {
        for (const V2Packet& packet : packets.value)
            packetNames.insert(packet.id, packet.name);
    }

    const Result<V2SimPage> page = V2Answers::simPage(body, packetNames);
    if (page.ok()) {
        fuzz::check(page.value.sims.size() <= page.value.entries, "more SIMs than entries");
        for (const Sim& sim : page.value.sims) {
            fuzz::check(sim.id > 0 && !sim.number.isEmpty(), "a v2 SIM without a number was kept");
            // The fleet snapshot keeps v2 SIMs too, extras and all.
            const std::optional<Sim> decoded =
                FleetSnapshotStore::decode(FleetSnapshotStore::encode(sim));
            fuzz::check(decoded.has_value() && *decoded == sim, "v2 SIM snapshot round trip",
                        QString::fromUtf8(FleetSnapshotStore::encode(sim)));
        }
    }
    (void)V2Answers::sim(body, packetNames);

    const Result<QString> token = V2Answers::token(body);
    if (token.ok())
        fuzz::check(!token.value.isEmpty(), "an empty token accepted");

    ParseProblems problems;
    const Result<QVector<V2CdrRow>> cdr = V2Answers::cdr(body, &problems);
    if (cdr.ok()) {
        for (const V2CdrRow& row : cdr.value)
            fuzz::check(row.bytes >= 0, "negative usage kept");
    }
    return 0;
}
