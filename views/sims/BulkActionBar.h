#pragma once

#include <QHash>
#include <QWidget>

#include "api/SimOperation.h"

class QAction;
class QLabel;
class QPushButton;
class QMenu;
class QToolButton;

namespace simfleet {

// The strip under the SIM table while SIMs are selected: "312 selected" and
// the operations (Block apart from the rest, the less common ones under
// More), or the reason operations are unavailable instead of the buttons.
// When a filter or a refresh hid selected SIMs, a note says how many left the
// selection, with "Bring them back".
class BulkActionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionBar)

public:
    // `actions` holds one action per operation the provider offers; `rename`
    // (may be null: the provider keeps no names) is shown under More.
    BulkActionBar(const QHash<SimOperation, QAction*>& actions, QAction* rename,
                  QWidget* parent = nullptr);

    void setSelectedCount(int count);
    int selectedCount() const { return m_count; }
    // Selected SIMs that the filter now hides and that are no longer selected;
    // 0 hides the note. `canBringBack` shows "Bring them back".
    void setHiddenCount(int count, bool canBringBack = true);
    int hiddenCount() const { return m_hiddenCount; }
    QLabel* hiddenNote() const { return m_hiddenNote; }
    QPushButton* bringBackButton() const { return m_bringBack; }
    // Empty: the buttons; otherwise the reason replaces them.
    void setUnavailableReason(const QString& reason);
    QString unavailableReason() const;
    bool buttonsShown() const;
    QToolButton* moreButton() const { return m_more; }

signals:
    void bringBackRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_count = 0;
    int m_hiddenCount = 0;
    bool m_canBringBack = true;
    QLabel* m_selected;
    QLabel* m_hiddenNote;
    QPushButton* m_bringBack;
    QLabel* m_reason;
    QWidget* m_buttons;
    QToolButton* m_more;
    QMenu* m_moreMenu;
};

} // namespace simfleet
