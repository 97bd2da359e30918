#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace simfleet {

// Keeps what a program started by a test printed, for secrets_not_written:
// appended to process-output.log in the test's temporary folder when ctest
// asks for the test's files to be kept (SIMFLEET_KEEP_TEST_FILES). The
// arguments are not written: they may hold the very secrets being looked for.
inline void keepProcessOutput(const QString& program, const QByteArray& out,
                              const QByteArray& err) {
    if (!qEnvironmentVariableIsSet("SIMFLEET_KEEP_TEST_FILES"))
        return;
    QFile log(QDir::temp().filePath(QStringLiteral("process-output.log")));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    log.write("== " + program.toUtf8() + " stdout\n" + out + "\n== " + program.toUtf8() +
              " stderr\n" + err + "\n");
}

} // namespace simfleet
