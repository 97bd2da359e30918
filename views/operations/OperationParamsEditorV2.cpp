// OperationParamsEditor's fields for the second operator's operations: the
// service, the tariff and its first day, the top-up packet and what an
// informational SMS is about, with the TariffCatalog they are chosen from.
#include "views/operations/OperationParamsEditor.h"

#include "models/fleet/SimText.h"
#include "models/fleet/TariffCatalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace simfleet {

QDate OperationParamsEditor::earliestTariffDate() {
    // The operator refuses a day before its own today; its calendar may be
    // behind this computer's or ahead of it (the emulator's is UTC).
    return qMax(QDate::currentDate(), QDateTime::currentDateTimeUtc().date());
}

QFormLayout* OperationParamsEditor::choiceForm() {
    if (!m_form) {
        m_form = new QFormLayout;
        m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        static_cast<QVBoxLayout*>(layout())->addLayout(m_form);
    }
    return m_form;
}

QComboBox* OperationParamsEditor::addChoice(const char* objectName, QLabel** label) {
    *label = new QLabel(this);
    auto* box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    (*label)->setBuddy(box);
    choiceForm()->addRow(*label, box);
    connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &OperationParamsEditor::updateState);
    return box;
}

void OperationParamsEditor::buildService() {
    // Nothing chosen at first: blocking the wrong service is not undone by a click.
    m_service = addChoice("service", &m_serviceLabel);
    for (const char* code : {"internet", "sms", "call"})
        m_service->addItem(QString(), QString::fromLatin1(code));
    m_service->setCurrentIndex(-1);
}

void OperationParamsEditor::buildTariffFromDate() {
    m_packet = addChoice("packet", &m_packetLabel);
    m_tariffDateLabel = new QLabel(this);
    m_tariffDate = new QDateEdit(this);
    m_tariffDate->setObjectName(QStringLiteral("tariffDate"));
    m_tariffDate->setCalendarPopup(true);
    m_tariffDate->setMinimumDate(earliestTariffDate());
    m_tariffDate->setDate(earliestTariffDate());
    m_tariffDateLabel->setBuddy(m_tariffDate);
    choiceForm()->addRow(m_tariffDateLabel, m_tariffDate);
    connect(m_tariffDate, &QDateEdit::dateChanged, this, &OperationParamsEditor::updateState);
    if (m_tariffs)
        connect(m_tariffs, &TariffCatalog::changed, this, &OperationParamsEditor::fillPackets);
    fillPackets();
}

void OperationParamsEditor::buildTopUp() {
    m_smallPacket = addChoice("smallPacket", &m_smallPacketLabel);
    if (m_tariffs)
        connect(m_tariffs, &TariffCatalog::changed, this, &OperationParamsEditor::fillSmallPackets);
    fillSmallPackets();
}

void OperationParamsEditor::buildInfoSms() {
    m_infoSms = addChoice("infoSmsType", &m_infoSmsLabel);
    for (const char* code : {"call", "internet"})
        m_infoSms->addItem(QString(), QString::fromLatin1(code));
    m_infoSms->setCurrentIndex(-1);
}

void OperationParamsEditor::fillPackets() {
    if (!m_packet)
        return;
    const qint64 chosen = m_packet->currentIndex() < 0 ? 0 : m_packet->currentData().toLongLong();
    const QSignalBlocker blocker(m_packet);
    m_packet->clear();
    if (m_tariffs) {
        for (const V2Packet& packet : m_tariffs->packets())
            m_packet->addItem(TariffCatalog::describe(packet), packet.id);
    }
    m_packet->setCurrentIndex(chosen > 0 ? m_packet->findData(chosen) : -1);
    m_packet->setEnabled(m_packet->count() > 0);
    updateState();
}

void OperationParamsEditor::fillSmallPackets() {
    if (!m_smallPacket)
        return;
    const qint64 chosen =
        m_smallPacket->currentIndex() < 0 ? 0 : m_smallPacket->currentData().toLongLong();
    const QSignalBlocker blocker(m_smallPacket);
    m_smallPacket->clear();
    m_smallPacket->addItem(tr("The first top-up of each SIM's tariff"), qint64(0));
    const QLocale locale;
    if (m_tariffs) {
        // The top-ups of the tariffs the selected SIMs are on, each with its tariff.
        for (const V2Packet& packet : m_tariffs->packets()) {
            if (!m_simsByTariff.contains(packet.id))
                continue;
            const QString tariff =
                packet.name.isEmpty() ? tr("Tariff %1").arg(packet.id) : packet.name;
            for (const V2SmallPacket& small : packet.smallPackets) {
                QStringList parts;
                if (small.internetMb)
                    parts.append(tr("%1 MB").arg(locale.toString(*small.internetMb)));
                if (small.price)
                    parts.append(tr("price %1").arg(SimText::money(*small.price, QString())));
                parts.append(tr("tariff %1").arg(tariff));
                const QString name =
                    small.name.isEmpty() ? tr("Top-up %1").arg(small.id) : small.name;
                m_smallPacket->addItem(tr("%1 — %2", "top-up name — its MB, price and tariff")
                                           .arg(name, parts.join(QStringLiteral(", "))),
                                       small.id);
            }
        }
    }
    const int index = m_smallPacket->findData(chosen);
    m_smallPacket->setCurrentIndex(index < 0 ? 0 : index);
    updateState();
}

QString OperationParamsEditor::catalogProblem() const {
    if (!m_tariffs)
        return tr("The operator's tariffs are not available in this window.");
    if (m_tariffs->isLoading() && m_tariffs->packets().isEmpty())
        return tr("Wait until the operator's tariffs are loaded.");
    if (!m_tariffs->isLoaded())
        return tr("The operator's tariffs could not be read, so none can be chosen. Close this "
                  "dialog and try again once the connection is back.");
    return {};
}

QString OperationParamsEditor::topUpProblem() const {
    const qint64 id = m_smallPacket->currentData().toLongLong();
    if (id <= 0)
        return {};
    if (catalogProblem().isEmpty()) {
        for (const V2Packet& packet : m_tariffs->packets()) {
            for (const V2SmallPacket& small : packet.smallPackets) {
                if (small.id != id)
                    continue;
                // The operator takes only a top-up of the SIM's own tariff.
                const int others = m_simCount - m_simsByTariff.value(packet.id);
                if (others > 0)
                    return tr("This top-up belongs to the tariff %1, and %n of the selected "
                              "SIM(s) are on another tariff: choose the first top-up of each "
                              "SIM's tariff, or select only SIMs on %1.",
                              "", others)
                        .arg(packet.name.isEmpty() ? QString::number(packet.id) : packet.name);
                return {};
            }
        }
    }
    return tr("Choose a top-up from the list.");
}

void OperationParamsEditor::retranslateChoices() {
    if (m_service) {
        m_serviceLabel->setText(tr("&Service:"));
        m_service->setPlaceholderText(tr("Choose the service"));
        m_service->setItemText(0, tr("Internet", "service"));
        m_service->setItemText(1, tr("SMS", "service"));
        m_service->setItemText(2, tr("Calls", "service"));
    }
    if (m_packet) {
        m_packetLabel->setText(tr("New &tariff:"));
        m_packet->setPlaceholderText(tr("Choose a tariff"));
        m_tariffDateLabel->setText(tr("&From:", "the first day of the new tariff"));
        // The locale's own order of day, month and year; the operator gets YYYY-MM-DD.
        m_tariffDate->setDisplayFormat(SimText::shortDateFormat());
        m_tariffDate->setToolTip(tr("The first day of the new tariff, in the operator's "
                                    "calendar. Today or a later day."));
        fillPackets();
    }
    if (m_smallPacket) {
        m_smallPacketLabel->setText(tr("&Top-up:"));
        fillSmallPackets();
    }
    if (m_infoSms) {
        m_infoSmsLabel->setText(tr("&About:", "what the informational SMS is about"));
        m_infoSms->setPlaceholderText(tr("Choose what the SMS is about"));
        m_infoSms->setItemText(0, tr("Calls", "informational SMS about"));
        m_infoSms->setItemText(1, tr("Internet packet", "informational SMS about"));
    }
}

} // namespace simfleet
