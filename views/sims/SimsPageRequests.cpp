#include "models/fleet/SavedFilters.h"
#include "views/common/InlineBanner.h"
#include "views/sims/SimsPage.h"

namespace simfleet {

// What other pages ask the SIMs page to show (WorkspacePage::openRequest()).

namespace {

const QString kFilter = QStringLiteral("filter");
const QString kJobSims = QStringLiteral("jobSims");

} // namespace

QVariantMap SimsPage::filterRequest(const FleetFilter& filter) {
    return {{kFilter, SavedFilters::filterToJson(filter)}};
}

QVariantMap SimsPage::selectionRequest(const QVector<qint64>& ids) {
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(id);
    return {{kJobSims, list}};
}

void SimsPage::openRequest(const QVariantMap& request) {
    const QVariant filter = request.value(kFilter);
    if (filter.isValid())
        setFilter(SavedFilters::filterFromJson(filter.toJsonObject()));
    if (!request.contains(kJobSims))
        return;
    const QVariantList list = request.value(kJobSims).toList();
    QVector<qint64> ids;
    ids.reserve(list.size());
    for (const QVariant& id : list)
        ids.append(id.toLongLong());
    const int missing = int(ids.size()) - selectSims(ids);
    if (missing > 0) {
        operationBanner()->showMessage(
            InlineBanner::Kind::Warning, InlineBanner::Text(), [missing] {
                return tr("%n of the SIMs asked for are no longer in the fleet and could not "
                          "be selected.",
                          "", missing);
            });
    }
}

} // namespace simfleet
