#pragma once

#include "views/sims/SimTableView.h"

namespace simfleet {

// The Limit column: a small usage bar (green, amber from 80 %, red when used
// up) before the "Month · 34.5 MB / 80 MB" text. Reads FleetModel's limit roles.
class LimitBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitBarDelegate)

public:
    explicit LimitBarDelegate(QObject* parent = nullptr);

    static constexpr int kBarWidth = 36;
    // 0..1+ of the limit used, or -1 when the index has no limit to draw.
    static double usage(const QModelIndex& index);
    static QColor barColor(double usage, const QPalette& palette);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace simfleet
