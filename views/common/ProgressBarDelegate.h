#pragma once

#include <QStyledItemDelegate>

namespace simfleet {

// A column's cells as progress bars: the progress (0..100) from a role of the
// model, the cell's display text ("42%") on the bar.
class ProgressBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    explicit ProgressBarDelegate(int progressRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_progressRole;
};

} // namespace simfleet
