#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

namespace simfleet::SimListCsv {

// Entries of a CSV whose first line is a header naming known columns (ICCID,
// number or external number, id — English or Russian, any case); id cells
// become "id:<n>". nullopt when the first line names none.
std::optional<QStringList> headedEntries(QStringView body);

} // namespace simfleet::SimListCsv
