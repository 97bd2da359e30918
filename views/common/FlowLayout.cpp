#include "views/common/FlowLayout.h"

#include <QWidget>

namespace simfleet {

FlowLayout::FlowLayout(QWidget* parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item; // QLayout owns its items (not their widgets)
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
}

int FlowLayout::count() const {
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    const int height = doLayout(rect, false);
    // The rows this width makes need their height: a short window must not
    // squeeze the last row away (the window's minimum height follows).
    if (QWidget* parent = parentWidget(); parent && parent->minimumHeight() != height)
        parent->setMinimumHeight(height);
}

QSize FlowLayout::sizeHint() const {
    // All on one row when there is room.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (visible++ > 0 ? m_hSpacing : 0);
        height = qMax(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

int FlowLayout::doLayout(const QRect& rect, bool testOnly) const {
    const QMargins margins = contentsMargins();
    const QRect area =
        rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<QPair<QLayoutItem*, QRect>> line;
    auto placeLine = [&] {
        // Items of a row share its height, centred vertically.
        for (const auto& [item, geometry] : std::as_const(line)) {
            QRect centred = geometry;
            centred.moveTop(geometry.top() + (lineHeight - geometry.height()) / 2);
            item->setGeometry(centred);
        }
        line.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        QSize hint = item->sizeHint().expandedTo(item->minimumSize());
        hint.setWidth(qMin(hint.width(), qMax(item->minimumSize().width(), area.width())));
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            if (!testOnly)
                placeLine();
            x = area.x();
            y += lineHeight + m_vSpacing;
            lineHeight = 0;
        }
        if (!testOnly)
            line.append({item, QRect(QPoint(x, y), hint)});
        x += hint.width() + m_hSpacing;
        lineHeight = qMax(lineHeight, hint.height());
    }
    if (!testOnly)
        placeLine();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace simfleet
