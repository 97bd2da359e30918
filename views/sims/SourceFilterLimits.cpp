#include "views/sims/SourceFilterLimits.h"

#include "models/fleet/SimTableSource.h"
#include "models/fleet/SimText.h"
#include "views/sims/FilterBar.h"

#include <QCoreApplication>

#include <utility>

namespace simfleet {

void limitFilterBarTo(const SimTableSource& source, FilterBar* bar) {
    using Criterion = SimTableSource::FilterCriterion;
    const std::pair<FilterBar::Criterion, Criterion> criteria[] = {
        {FilterBar::Criterion::Text, Criterion::Text},
        {FilterBar::Criterion::Profile, Criterion::Profile},
        {FilterBar::Criterion::Status, Criterion::Status},
        {FilterBar::Criterion::OnlySelected, Criterion::OnlyIds},
        {FilterBar::Criterion::Group, Criterion::Group},
        {FilterBar::Criterion::LimitType, Criterion::LimitType},
        {FilterBar::Criterion::Tariff, Criterion::Tariff}};
    FilterBar::Criteria unavailable;
    for (const auto& [barCriterion, criterion] : criteria) {
        if (!source.canFilterBy(criterion))
            unavailable |= barCriterion;
    }
    QList<BlockCode> codes;
    for (BlockCode block : SimText::knownBlockCodes()) {
        if (!source.canFilterByBlockCode(block))
            codes.append(block);
    }
    bar->setUnavailable(
        unavailable,
        QCoreApplication::translate("simfleet::SimsPage",
                                    "This fleet is too large to keep on this computer: "
                                    "NovaConnect filters it, and NovaConnect cannot filter by "
                                    "this."),
        codes);
}

} // namespace simfleet
