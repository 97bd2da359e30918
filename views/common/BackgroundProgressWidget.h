#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace simfleet {

// Background work in the status bar: "Loading SIMs", a small progress bar and
// a Cancel button. Hidden while nothing runs.
class BackgroundProgressWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundProgressWidget)

public:
    explicit BackgroundProgressWidget(QWidget* parent = nullptr);

    // `total` < 0 shows a busy bar.
    void setProgress(const QString& what, qint64 done, qint64 total);
    void finish();

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace simfleet
