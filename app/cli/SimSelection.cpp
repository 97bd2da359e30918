#include "app/cli/SimSelection.h"

#include "api/SimService.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace simfleet {

namespace {

constexpr int kMaxListedEntries = 20;

bool isDigits(const QString& text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::optional<qint64> simId(const QString& entry) {
    bool ok = false;
    const qint64 id = entry.toLongLong(&ok);
    if (!ok || id <= 0 || !isDigits(entry))
        return std::nullopt;
    return id;
}

} // namespace

bool SimSelection::looksLikeIccid(const QString& entry) {
    return entry.size() >= kMinIccidDigits && isDigits(entry);
}

QStringList SimSelection::parseIdsFile(const QString& contents) {
    QStringList entries;
    const QStringList lines = contents.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString entry = line.left(line.indexOf(QLatin1Char('#'))).trimmed();
        if (!entry.isEmpty())
            entries.append(entry);
    }
    return entries;
}

std::optional<QStringList> SimSelection::entries(Invocation& inv) {
    OptionValues& options = inv.options();
    QStringList entries = options.textList("ids");
    if (options.isSet("ids-file")) {
        const QString path = options.text("ids-file");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            inv.out().error(
                QStringLiteral("file"),
                tr("Could not read the SIM list file %1: %2.").arg(path, file.errorString()));
            inv.finish(ExitCode::LocalFile);
            return std::nullopt;
        }
        entries += parseIdsFile(QString::fromUtf8(file.readAll()));
    }
    if (entries.isEmpty()) {
        inv.failUsage(options.isSet("ids") || options.isSet("ids-file")
                          ? tr("No SIMs given: the SIM list is empty.")
                          : tr("Say which SIMs to act on with --ids 1,2,3 or --ids-file FILE."));
        return std::nullopt;
    }
    return entries;
}

void SimSelection::failUnknown(Invocation& inv, const QStringList& unknown) {
    QStringList listed = unknown.mid(0, kMaxListedEntries);
    if (unknown.size() > kMaxListedEntries)
        listed.append(tr("and %n more", nullptr, int(unknown.size() - kMaxListedEntries)));
    inv.failUsage(tr("%n entry(s) match no SIM of this account: %1. Nothing was sent.", nullptr,
                     int(unknown.size()))
                      .arg(listed.join(QStringLiteral(", "))));
}

void SimSelection::resolve(Invocation& inv, const QStringList& entries,
                           const std::function<void(const QVector<qint64>&)>& next) {
    QStringList invalid;
    bool needFleet = false;
    for (const QString& entry : entries) {
        if (looksLikeIccid(entry))
            needFleet = true;
        else if (!simId(entry))
            invalid.append(entry);
    }
    if (!invalid.isEmpty() && !needFleet) {
        failUnknown(inv, invalid);
        return;
    }
    auto pick = [entries](const QHash<QString, qint64>& iccids, const QSet<qint64>* known,
                          QStringList* unknown) {
        QVector<qint64> ids;
        QSet<qint64> seen;
        for (const QString& entry : entries) {
            std::optional<qint64> id;
            if (looksLikeIccid(entry)) {
                const auto found = iccids.constFind(entry);
                if (found != iccids.constEnd())
                    id = *found;
            } else {
                id = simId(entry);
                if (id && known && !known->contains(*id))
                    id.reset();
            }
            if (!id)
                unknown->append(entry);
            else if (!seen.contains(*id)) {
                seen.insert(*id);
                ids.append(*id);
            }
        }
        return ids;
    };
    if (!needFleet) {
        QStringList unknown;
        next(pick({}, nullptr, &unknown));
        return;
    }
    Invocation* invocation = &inv;
    auto loaded = [invocation, pick, next](const ListPage<Sim>& fleet) {
        invocation->out().endProgress();
        invocation->warnAboutProblems(fleet.problems);
        QHash<QString, qint64> iccids;
        QSet<qint64> known;
        for (const Sim& sim : fleet.items) {
            iccids.insert(sim.iccid.trimmed(), sim.id);
            known.insert(sim.id);
        }
        QStringList unknown;
        const QVector<qint64> ids = pick(iccids, &known, &unknown);
        if (!unknown.isEmpty())
            failUnknown(*invocation, unknown);
        else
            next(ids);
    };
    auto progress = [invocation](qint64 received, qint64 total) {
        if (total > 0)
            invocation->out().progress(
                tr("Looking up ICCIDs: %1 of %n SIM(s) read", "", int(total)).arg(received));
    };
    SimService(inv.client())
        .fetchAll(SimListQuery{}, SimService::kDefaultPageSize, &inv,
                  inv.onSuccess<ListPage<Sim>>(loaded), progress);
}

} // namespace simfleet
