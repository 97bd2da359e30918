#include "views/home/BillCard.h"

#include "models/fleet/SimText.h"
#include "models/home/LatestBill.h"
#include "models/home/MoneyText.h"
#include "resources/ResourceIcons.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"
#include "views/home/HomeCard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

BillCard::BillCard(LatestBill* bill, QWidget* parent)
    : QWidget(parent)
    , m_bill(bill)
    , m_card(new HomeCard(QStringLiteral("billCard"), this)) {
    m_content = new QWidget(m_card);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(m_content);
    m_none->setObjectName(QStringLiteral("billNone"));
    m_none->setWordWrap(true);
    contentLayout->addWidget(m_none);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1);
    m_number = addRow(&m_numberCaption, QStringLiteral("billNumber"));
    m_period = addRow(&m_periodCaption, QStringLiteral("billPeriod"));
    // Unpaid is marked with the warning icon beside the word.
    m_statusBox = new QWidget(m_content);
    auto* statusLayout = new QHBoxLayout(m_statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusIcon = new QLabel(m_statusBox);
    m_statusIcon->setObjectName(QStringLiteral("billStatusIcon"));
    m_statusIcon->setPixmap(ResourceIcons::icon(QStringLiteral("warning")).pixmap(16, 16));
    m_status = new QLabel(m_statusBox);
    m_status->setObjectName(QStringLiteral("billStatus"));
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    m_statusCaption = new QLabel(m_content);
    m_statusCaption->setBuddy(m_status);
    m_form->addRow(m_statusCaption, m_statusBox);
    m_issued = addRow(&m_issuedCaption, QStringLiteral("billIssued"));
    m_amount = addRow(&m_amountCaption, QStringLiteral("billAmount"));
    m_status->setTextFormat(Qt::PlainText);
    m_buttons = new QWidget(m_content);
    auto* buttonsLayout = new QHBoxLayout(m_buttons);
    buttonsLayout->setContentsMargins(0, 4, 0, 0);
    m_invoiceButton = new QPushButton(m_buttons);
    m_invoiceButton->setObjectName(QStringLiteral("billInvoiceButton"));
    m_transcriptButton = new QPushButton(m_buttons);
    m_transcriptButton->setObjectName(QStringLiteral("billTranscriptButton"));
    buttonsLayout->addWidget(m_invoiceButton);
    buttonsLayout->addWidget(m_transcriptButton);
    buttonsLayout->addStretch(1);
    contentLayout->insertWidget(2, m_buttons);
    connect(m_invoiceButton, &QPushButton::clicked, this, [this] {
        if (m_bill->bill())
            emit downloadRequested(m_bill->bill()->id, false);
    });
    connect(m_transcriptButton, &QPushButton::clicked, this, [this] {
        if (m_bill->bill())
            emit downloadRequested(m_bill->bill()->id, true);
    });
    m_card->setContent(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    PlainLabels::apply(this);

    connect(m_bill, &LatestBill::changed, this, &BillCard::showBill);
    connect(m_card, &HomeCard::retryRequested, m_bill, &LatestBill::reload);
    retranslateUi();
}

QLabel* BillCard::addRow(QLabel** caption, const QString& objectName) {
    *caption = new QLabel(m_content);
    auto* value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (*caption)->setBuddy(value);
    m_form->addRow(*caption, value);
    return value;
}

QLabel* BillCard::value(const QString& objectName) const {
    return findChild<QLabel*>(objectName);
}

void BillCard::showBill() {
    m_card->showLoad(m_bill->load());
    const std::optional<Bill>& bill = m_bill->bill();
    m_none->setVisible(!bill);
    for (QWidget* row :
         {static_cast<QWidget*>(m_number), static_cast<QWidget*>(m_period), m_statusBox,
          static_cast<QWidget*>(m_issued), static_cast<QWidget*>(m_amount)})
        m_form->setRowVisible(row, bill.has_value());
    m_buttons->setVisible(bill.has_value());
    if (!bill)
        return;
    const QTimeZone& zone = m_bill->providerZone();
    m_number->setText(bill->billNumber.isEmpty() ? QString::number(bill->id) : bill->billNumber);
    m_period->setText(m_bill->periodText());
    // Unpaid stands out by its word, a mark and weight, not by colour alone.
    QFont font = m_status->font();
    font.setBold(!bill->isPaid());
    m_status->setFont(font);
    if (bill->isPaid()) {
        const QDate paidOn = bill->paidOn(zone);
        m_status->setText(
            paidOn.isValid()
                ? tr("Paid on %1").arg(QLocale().toString(paidOn, QLocale::ShortFormat))
                : tr("Paid"));
        Theme::clearTextTone(m_status);
    } else {
        m_status->setText(tr("Unpaid"));
        Theme::setTextTone(m_status, Theme::Tone::Bad);
    }
    m_statusIcon->setVisible(!bill->isPaid());
    const QDate issued = bill->issuedOn(zone);
    m_issued->setText(issued.isValid() ? QLocale().toString(issued, QLocale::ShortFormat)
                                       : QStringLiteral("—"));
    m_amount->setText(m_bill->amountText());
    m_amount->setToolTip(bill->currency.trimmed().isEmpty()
                             ? QString()
                             : tr("%1 at %2 %3 per euro", "bill amount in euros, exchange rate")
                                   .arg(MoneyText::format(bill->costEur, QStringLiteral("€")),
                                        QLocale().toString(bill->exchangeRate, 'f', 2),
                                        bill->currency.trimmed()));
}

void BillCard::retranslateUi() {
    m_card->setTitle(tr("Latest bill"));
    m_none->setText(tr("No bills yet."));
    m_numberCaption->setText(tr("Number:"));
    m_periodCaption->setText(tr("Period:"));
    m_statusCaption->setText(tr("Payment:"));
    m_issuedCaption->setText(tr("Issued:"));
    m_amountCaption->setText(tr("Amount:"));
    m_invoiceButton->setText(tr("Invoice"));
    m_invoiceButton->setToolTip(tr("Download this bill's invoice (PDF) on the Bills page"));
    m_transcriptButton->setText(tr("Transcript"));
    m_transcriptButton->setToolTip(tr("Download this bill's transcript (XLSX) on the Bills page"));
    showBill();
}

} // namespace simfleet
