#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace simfleet {

class AuditTrailModel;

// The Operations page's Audit trail tab: what was done from this computer,
// filtered by text, action and dates, and exported as shown.
class AuditPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    explicit AuditPanel(AuditTrailModel* audit, QWidget* parent = nullptr);
    ~AuditPanel() override;

    // What the Export button writes after asking for a file name.
    bool exportAuditCsv(const QString& path, QString* error = nullptr);

signals:
    // An export failed (shown in the page's banner).
    void problemOccurred(const QString& title, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sizeColumns();
    void fillActionFilter();
    void applyDates();
    void askExport();

    AuditTrailModel* m_audit;
    QLineEdit* m_text;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QCheckBox* m_dates;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QPushButton* m_export;
    QTableView* m_view;
};

} // namespace simfleet
