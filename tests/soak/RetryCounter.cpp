#include "tests/soak/RetryCounter.h"

#include <QString>

#include <cstdio>
#include <cstring>

namespace simfleet {

QAtomicInt RetryCounter::s_retries;
QtMessageHandler RetryCounter::s_previous = nullptr;

RetryCounter::RetryCounter() {
    s_previous = qInstallMessageHandler(&RetryCounter::handler);
}

RetryCounter::~RetryCounter() {
    qInstallMessageHandler(s_previous);
}

void RetryCounter::handler(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (text.contains(QLatin1String("transient failure, retry in")) ||
        text.contains(QLatin1String("unreadable (")) ||
        text.contains(QLatin1String("could not be read; again later")))
        s_retries.fetchAndAddRelaxed(1);
    const bool clientChatter = (type == QtDebugMsg || type == QtInfoMsg) && context.category &&
                               std::strncmp(context.category, "simfleet.", 9) == 0;
    if (clientChatter)
        return;
    if (s_previous)
        s_previous(type, context, text);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
}

} // namespace simfleet
