#pragma once

class QThreadPool;

namespace simfleet {

// Threads that parse big answers off the GUI thread (FleetLoader, reports).
namespace ParseThreads {

// A pool of its own, so parses never queue behind (or delay) other work on
// QThreadPool::globalInstance(), which the raster paint engine also uses.
QThreadPool* pool();

// Called first thing in a parse job: lowers the calling thread's priority
// once, so that on a busy machine a parse yields the CPU to the GUI thread
// (at the same priority it delays the event loop by whole scheduler slices:
// 100-200 ms stalls measured at 100k SIMs).
void yieldToGuiThread();

} // namespace ParseThreads

} // namespace simfleet
