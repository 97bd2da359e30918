#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace simfleet {

class TariffCatalog;

// A provider's own fields of a SIM (Sim::extras: the second operator's IMSI,
// services, INN, scheduled tariff...) as translated lines for the details
// pane. Fields the table already shows (status, tariff) are left out; a field
// SimFleet does not know is listed as its key and value.
class ProviderExtras final {
    Q_DECLARE_TR_FUNCTIONS(ProviderExtras)

public:
    struct Line {
        QString key;             // the field's name in the provider's answer ("imsi")
        QString caption;         // translated ("IMSI"); the key itself for an unknown field
        QString value;           // translated, several lines where it says several things
        bool identifier = false; // digits to show in monospace (IMSI, INN)
    };

    // `tariffs` names the scheduled tariff and the last top-up (may be null).
    static QVector<Line> lines(const QJsonObject& extras, const TariffCatalog* tariffs = nullptr);
};

} // namespace simfleet
