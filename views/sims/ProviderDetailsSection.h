#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace simfleet {

class TariffCatalog;

// The details pane's "Provider details": the fields a provider keeps beyond
// the table's columns (the second operator's IMSI, services, financial block,
// INN, call forwarding, scheduled tariff, top-ups, informational SMS; any
// other field as "key: value"), from Sim::extras through ProviderExtras.
// Hidden while the SIM has none (NovaConnect's SIMs).
class ProviderDetailsSection final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDetailsSection)

public:
    explicit ProviderDetailsSection(QWidget* parent = nullptr);

    // Names the scheduled tariff and the last top-up; may be null.
    void setTariffCatalog(TariffCatalog* tariffs);
    void setExtras(const QJsonObject& extras);
    // The value shown for a field ("imsi", "services", an unknown key...);
    // empty when it is not shown.
    QString valueText(const QString& key) const;
    QString captionText(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QLabel* caption;
        QLabel* value;
        QString key;
    };
    void showExtras();

    QPointer<TariffCatalog> m_tariffs;
    QJsonObject m_extras;
    QLabel* m_title;
    QVBoxLayout* m_rowsLayout;
    QVector<Row> m_rows; // reused from one SIM to the next; those not needed are hidden
};

} // namespace simfleet
