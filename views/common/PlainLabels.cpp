#include "views/common/PlainLabels.h"

#include <QLabel>

namespace simfleet {

namespace PlainLabels {

void apply(QWidget* root) {
    if (auto* self = qobject_cast<QLabel*>(root); self && self->textFormat() == Qt::AutoText)
        self->setTextFormat(Qt::PlainText);
    const auto labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

} // namespace PlainLabels

} // namespace simfleet
