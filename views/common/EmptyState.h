#pragma once

#include <QWidget>

class QIcon;
class QLabel;
class QPushButton;

namespace simfleet {

// What a list shows instead of an empty table: a title, a sentence saying
// why, and one button that does something about it ("Refresh", "Clear
// filter"). Texts are set by the owner (and again on a language change).
class EmptyState final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Empty: no sentence.
    void setText(const QString& text);
    void setActionText(const QString& text);
    void setActionIcon(const QIcon& icon);

    QLabel* titleLabel() const { return m_title; }
    QLabel* textLabel() const { return m_text; }
    QPushButton* actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace simfleet
