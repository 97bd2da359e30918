#pragma once

#include <QTemporaryDir>
#include <QtGlobal>

namespace simfleet {

// The temporary folder of every test. ctest points TMPDIR at the test's own
// folder under build/test-output and sets SIMFLEET_KEEP_TEST_FILES, so what a
// test wrote stays there for secrets_not_written to read after the run; run
// by hand without that variable, the folder is removed as usual.
class TestTemporaryDir final : public QTemporaryDir {
public:
    TestTemporaryDir() { keepWhenAsked(); }
    explicit TestTemporaryDir(const QString& templatePath)
        : QTemporaryDir(templatePath) {
        keepWhenAsked();
    }

private:
    void keepWhenAsked() { setAutoRemove(!qEnvironmentVariableIsSet("SIMFLEET_KEEP_TEST_FILES")); }
};

} // namespace simfleet
