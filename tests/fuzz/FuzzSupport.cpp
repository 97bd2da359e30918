#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace simfleet::fuzz {

namespace {

void quietMessages(QtMsgType, const QMessageLogContext&, const QString&) {}

} // namespace

// NOLINTNEXTLINE(readability-non-const-parameter): QCoreApplication keeps *argc as int&
void initQt(int* argc, char*** argv) {
    if (QCoreApplication::instance() != nullptr)
        return;
    // Reachable for the whole run, never destroyed: libFuzzer ends the
    // process with exit(), and the leak checker sees the pointer.
    static QCoreApplication* application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
    if (qEnvironmentVariableIsEmpty("SIMFLEET_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessages);
}

const QString& scratchDirectory() {
    static QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/simfleet-fuzz-XXXXXX"));
    static const QString path = directory.path();
    if (path.isEmpty())
        fail("no scratch directory");
    return path;
}

void fail(const char* what, const QString& detail) {
    std::fprintf(stderr, "INVARIANT BROKEN: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace simfleet::fuzz
