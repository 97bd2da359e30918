#pragma once

#include <QHash>
#include <QWidget>

#include "SimOperation.h"

class QAction;
class QLabel;
class QMenu;
class QToolButton;

// The strip under the SIM table while SIMs are selected: "312 selected" and
// the operations (Block apart from the rest, the less common ones under
// More), or the reason operations are unavailable instead of the buttons.
class BulkActionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionBar)

public:
    // `actions` holds one action per operation; `rename` is shown under More.
    BulkActionBar(const QHash<SimOperation, QAction*>& actions, QAction* rename,
                  QWidget* parent = nullptr);

    void setSelectedCount(int count);
    // Empty: the buttons; otherwise the reason replaces them.
    void setUnavailableReason(const QString& reason);
    QString unavailableReason() const;
    bool buttonsShown() const;
    QToolButton* moreButton() const { return m_more; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_count = 0;
    QLabel* m_selected;
    QLabel* m_reason;
    QWidget* m_buttons;
    QToolButton* m_more;
    QMenu* m_moreMenu;
};
