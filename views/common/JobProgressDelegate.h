#pragma once

#include <QStyledItemDelegate>

namespace simfleet {

// The jobs table's Progress column as a progress bar with the percentage on it
// (JobListModel::ProgressRole; the display text on the bar).
class JobProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace simfleet
