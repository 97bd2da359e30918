// simfleet-cli's command line: the words are split by OptionParser with every
// option of the real command registry, the area and action are looked up and
// the given options checked against the action, as CliApplication does, then
// every option value is read through each typed getter (numbers, yes/no,
// choices, id lists, dates), the API address is validated, and an --ids-file
// text is split as SimSelection reads it. One argument per input line.
#include "api/ApiClient.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/OptionParser.h"
#include "app/cli/SimSelection.h"
#include "app/cli/UsageText.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QUrl>

using namespace simfleet;

namespace {

const CommandRegistry& registry() {
    static const CommandRegistry standard = CommandRegistry::standard();
    return standard;
}

const QList<OptionSpec>& allOptions() {
    static const QList<OptionSpec> options = registry().allOptions();
    return options;
}

void readEveryValue(const OptionParser& parser) {
    for (const QString& name : parser.givenOptions()) {
        const QByteArray key = name.toLatin1();
        const char* option = key.constData();
        OptionValues values = parser.values();
        (void)values.optionalText(option);
        (void)values.requiredText(option);
        (void)values.integer(option);
        (void)values.integer(option, 1, qint64(24) * 3600);
        (void)values.requiredId(option);
        (void)values.yesNo(option);
        (void)values.choice(option, {QStringLiteral("ru"), QStringLiteral("en")});
        const QVector<qint64> ids = values.idList(option);
        for (const qint64 id : ids)
            fuzz::check(id > 0, "a non-positive id accepted");
        for (const QString& entry : values.textList(option))
            fuzz::check(!entry.isEmpty() && entry == entry.trimmed(), "an untrimmed list entry");
        if (const std::optional<QDate> date = values.date(option))
            fuzz::check(date->isValid(), "an invalid date accepted");
        fuzz::check(values.ok() || !values.error().isEmpty(), "a failure without a message");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initQt(argc, argv);
    (void)registry();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() > 64)
        return 0;

    OptionParser parser(allOptions());
    if (!parser.parse(arguments)) {
        fuzz::check(!parser.error().isEmpty(), "a refused command line without a message");
        return 0;
    }
    readEveryValue(parser);

    const OptionValues values = parser.values();
    if (values.isSet("api-url")) {
        QString why;
        const QUrl url(values.text("api-url").trimmed(), QUrl::StrictMode);
        if (!ApiClient::validateBaseUrl(url, &why))
            fuzz::check(!why.isEmpty(), "an address refused without a reason");
        else
            fuzz::check(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ||
                            url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0,
                        "an address of another scheme accepted", url.toString());
    }
    for (const QString& entry : SimSelection::parseIdsFile(values.text("ids-file")))
        (void)SimSelection::looksLikeIccid(entry);

    const QStringList& words = parser.positionals();
    const AreaSpec* area = words.isEmpty() ? nullptr : registry().area(words.first());
    if (area == nullptr)
        return 0;
    const ActionSpec* action = area->action(words.value(1));
    if (action == nullptr)
        return 0;
    for (const QString& option : parser.givenOptions())
        (void)action->accepts(option);
    if (values.isSet("help"))
        (void)UsageText::action(*area, *action);
    return 0;
}
