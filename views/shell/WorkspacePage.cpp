#include "views/shell/WorkspacePage.h"

#include <QEvent>

namespace simfleet {

void WorkspacePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
