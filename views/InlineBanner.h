#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A message strip at the top of a page or window: an icon, a bold title, the
// text, an optional action button ("Retry") and a close button. Used for
// errors and notices instead of modal boxes.
class InlineBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineBanner)

public:
    enum class Kind { Error, Warning, Info };

    explicit InlineBanner(QWidget* parent = nullptr);

    // Shows the banner. An empty `actionText` hides the action button.
    void showMessage(Kind kind, const QString& title, const QString& text,
                     const QString& actionText = {});
    void setActionText(const QString& text);
    void setClosable(bool closable);
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

signals:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyKind();
    void retranslateUi();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
};
