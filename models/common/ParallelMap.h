#pragma once

#include <QtConcurrent>

#include <atomic>

namespace simfleet {

// QtConcurrent::blockingMap(items, function), with the two hand-overs made
// visible to ThreadSanitizer: Qt passes each item to a pool thread and waits
// for the last one under its own locks, which live in Qt's uninstrumented
// library, so TSan would report the caller's writes read by the workers and
// the workers' results read by the caller. An atomic released on one side and
// acquired on the other is the same hand-over in a form TSan checks.
template <typename Sequence, typename Function>
void blockingMapVisibly(Sequence& items, Function function) {
    std::atomic<int> handOver{0};
    handOver.store(1, std::memory_order_release);
    QtConcurrent::blockingMap(items, [&handOver, &function](auto& item) {
        (void)handOver.load(std::memory_order_acquire);
        function(item);
        handOver.fetch_add(1, std::memory_order_release);
    });
    (void)handOver.load(std::memory_order_acquire);
}

} // namespace simfleet
