#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace simfleet {

class HomeCard;
class LatestBill;

// The Home page's latest bill: number, period, paid or unpaid (an icon and a
// word, not a colour alone), issue date and amount. (Downloads come with the
// Bills page: Invoice and Transcript open it for this bill.)
class BillCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillCard)

public:
    explicit BillCard(LatestBill* bill, QWidget* parent = nullptr);

    HomeCard* card() const { return m_card; }
    QLabel* value(const QString& objectName) const;

    void retranslateUi();
    QPushButton* invoiceButton() const { return m_invoiceButton; }
    QPushButton* transcriptButton() const { return m_transcriptButton; }

signals:
    // Download this bill's invoice or transcript (on the Bills page).
    void downloadRequested(qint64 billId, bool transcript);

private:
    void showBill();
    QLabel* addRow(QLabel** caption, const QString& objectName);

    LatestBill* m_bill;
    HomeCard* m_card;
    QWidget* m_content;
    QFormLayout* m_form;
    QLabel* m_none;
    QLabel *m_numberCaption, *m_periodCaption, *m_statusCaption, *m_issuedCaption, *m_amountCaption;
    QLabel *m_number, *m_period, *m_status, *m_statusIcon, *m_issued, *m_amount;
    QWidget* m_statusBox;
    QWidget* m_buttons;
    QPushButton* m_invoiceButton;
    QPushButton* m_transcriptButton;
};

} // namespace simfleet
