#include "views/sims/DetailsSplitter.h"

namespace simfleet {

namespace {
const QList<int> kDefaultSizes{1000, 340};
} // namespace

DetailsSplitter::DetailsSplitter(QWidget* main, QWidget* details, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_details(details) {
    setObjectName(QStringLiteral("detailsSplitter"));
    addWidget(main);
    addWidget(details);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setCollapsible(0, false);
    // The details pane folds away on a narrow screen (the toggle brings it back).
    setCollapsible(1, true);
    setSizes(kDefaultSizes);
    connect(this, &QSplitter::splitterMoved, this, &DetailsSplitter::sizesChangedByUser);
    connect(this, &QSplitter::splitterMoved, this, &DetailsSplitter::syncShown);
}

void DetailsSplitter::setDetailsShown(bool shown) {
    const QList<int> current = sizes();
    const int total = qMax(1, current.value(0) + current.value(1));
    if (shown == isDetailsShown()) {
        syncShown();
        return;
    }
    if (shown) {
        const int width = qBound(m_details->minimumWidth(), m_detailsWidth, qMax(1, total / 2));
        setSizes({total - width, width});
    } else {
        m_detailsWidth = current.value(1);
        setSizes({total, 0});
    }
    syncShown();
    emit sizesChangedByUser();
}

bool DetailsSplitter::isDetailsShown() const {
    return sizes().value(1) > 0;
}

void DetailsSplitter::restoreSizes(const QByteArray& state) {
    if (state.isEmpty() || !restoreState(state))
        setSizes(kDefaultSizes);
    syncShown();
}

void DetailsSplitter::syncShown() {
    const int width = sizes().value(1);
    if (width > 0)
        m_detailsWidth = width;
    emit detailsShownChanged(width > 0);
}

} // namespace simfleet
