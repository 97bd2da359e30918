// The account notification webhook ({type, files, items}):
// AccountNotification::fromJson, the safe file names of its attachments
// (they become files in the user's folder), and the notice the app keeps of
// it (Notice), which must read back from what it writes.
#include "api/AccountNotification.h"
#include "models/notifications/Notice.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>

using namespace simfleet;

namespace {

void checkSafeName(const QString& name) {
    fuzz::check(!name.isEmpty(), "empty safe file name");
    fuzz::check(name.size() <= 120 + 16, "safe file name too long", name);
    fuzz::check(name != QLatin1String(".") && name != QLatin1String(".."), "dot name", name);
    fuzz::check(!name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.')) &&
                    !name.startsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char(' ')),
                "leading or trailing dot or space", name);
    for (const QChar c : name) {
        fuzz::check(c.unicode() >= 0x20 && c.category() != QChar::Other_Control &&
                        c.category() != QChar::Other_Format,
                    "control or format character in name", name);
        fuzz::check(!QStringLiteral("/\\<>:\"|?*").contains(c), "unsafe character in name", name);
    }
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    ParseProblems problems;
    const std::optional<AccountNotification> notification =
        AccountNotification::fromJson(document.object(), &problems);
    if (!notification)
        return 0;
    (void)notification->isAboutBills();
    (void)notification->isAboutSims();
    for (const AccountNotification::File& file : notification->files)
        checkSafeName(file.safeFileName());

    const Notice notice =
        Notice::fromNotification(*notification, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    Notice kept = notice;
    kept.id = 1;
    const std::optional<Notice> again = Notice::fromJson(kept.toJson());
    fuzz::check(again.has_value(), "a kept notice does not read back");
    fuzz::check(again->sims.size() == kept.sims.size() && again->bills.size() == kept.bills.size(),
                "a kept notice lost rows");
    return 0;
}
