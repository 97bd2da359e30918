#include "views/sims/LimitBarDelegate.h"

#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetModel.h"
#include "views/common/Theme.h"

#include <QApplication>
#include <QPainter>

namespace simfleet {

LimitBarDelegate::LimitBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

double LimitBarDelegate::usage(const QModelIndex& index) {
    const QVariant value = index.data(FleetModel::LimitValueRole);
    if (value.isNull() || value.toDouble() <= 0 ||
        LimitType(index.data(FleetModel::LimitTypeRole).toInt()) == LimitType::Off)
        return -1.0;
    return index.data(FleetModel::LimitUsedRole).toDouble() / value.toDouble();
}

QColor LimitBarDelegate::barColor(double usage, const QPalette& palette) {
    if (usage >= 1.0)
        return Theme::swatch(Theme::Swatch::Red, palette); // used up
    if (usage >= kLimitNearShare)
        return Theme::swatch(Theme::Swatch::Amber, palette); // limit near
    return Theme::swatch(Theme::Swatch::Green, palette);
}

void LimitBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const double used = usage(index);
    if (used < 0) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The panel (selection) across the whole cell, then the bar, then the text beside it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const int margin = 4;
    const QRect bar(opt.rect.left() + margin, opt.rect.center().y() - 3, kBarWidth, 7);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Theme::lineColor(opt.palette));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    const int filled = qRound(qBound(0.0, used, 1.0) * (bar.width() - 2));
    if (filled > 0)
        painter->fillRect(QRect(bar.left() + 1, bar.top() + 1, filled, bar.height() - 2),
                          barColor(used, opt.palette));
    painter->restore();
    opt.rect.setLeft(bar.right() + margin);
    // The text reads with its bar, so it starts right after it.
    opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    opt.backgroundBrush = Qt::NoBrush;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize LimitBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kBarWidth + 8;
    return size;
}

} // namespace simfleet
