#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace simfleet {

struct CardLoad;

// One card of the Home page: a title and its content; in place of the
// content while there is nothing to show, a sentence (loading, why there is
// nothing) or an error with Retry; above the content a notice with Retry
// (offline, a refresh that failed) while the content stays. Texts are set by
// the owner (and again on a language change).
class HomeCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeCard)

public:
    explicit HomeCard(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setContent(QWidget* content);

    void showContent();
    // A sentence instead of the content, no button (loading, nothing to show).
    void showMessage(const QString& text);
    // A failure instead of the content, with Retry.
    void showError(const QString& text);
    // A sentence above the content with Retry; empty hides it.
    void setNotice(const QString& text);
    // The content, loading, error or offline state of one read.
    void showLoad(const CardLoad& load);

    bool isShowingContent() const;
    QLabel* titleLabel() const { return m_title; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* noticeLabel() const { return m_notice; }
    QPushButton* noticeRetryButton() const { return m_noticeRetry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QWidget* m_noticeRow;
    QLabel* m_notice;
    QPushButton* m_noticeRetry;
    QStackedWidget* m_stack;
    QWidget* m_messagePage;
    QLabel* m_message;
    QPushButton* m_retry;
    QWidget* m_content = nullptr;
};

} // namespace simfleet
