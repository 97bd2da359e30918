// The provider's progress POST for a queued bulk job (QueueCallback::fromJson),
// as the callback listener hands it over after reading the body as JSON.
#include "api/QueueCallback.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    ParseProblems problems;
    const std::optional<QueueCallback> callback =
        QueueCallback::fromJson(document.object(), &problems);
    fuzz::check(problems.messages.size() <= ParseProblems::kMaxMessages, "problems unbounded");
    if (!callback)
        return 0;
    fuzz::check(!callback->queueId.isEmpty(), "a callback without qid accepted");
    fuzz::check(callback->count >= 0 && callback->processed >= 0, "negative progress");
    fuzz::check(callback->percentage >= 0 && callback->percentage <= 100,
                "percentage out of 0..100", QString::number(callback->percentage));
    for (const Sim& sim : callback->items)
        fuzz::check(sim.id > 0, "a SIM without id kept");
    (void)callback->isComplete();
    QString why;
    (void)QueueCallback::validateUrl(QUrl(callback->handler), &why);
    return 0;
}
