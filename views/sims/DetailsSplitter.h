#pragma once

#include <QSplitter>

namespace simfleet {

// The SIMs page's table area beside the details pane. The pane can be folded
// away (by dragging on a narrow screen, or by the toggle) and comes back at
// the width it had.
class DetailsSplitter final : public QSplitter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsSplitter)

public:
    DetailsSplitter(QWidget* main, QWidget* details, QWidget* parent = nullptr);

    void setDetailsShown(bool shown);
    bool isDetailsShown() const;
    // Restores saveState(); an empty or unreadable state gives the default sizes.
    void restoreSizes(const QByteArray& state);

signals:
    void detailsShownChanged(bool shown);
    // The user changed the sizes (dragging or the toggle): worth saving.
    void sizesChangedByUser();

private:
    void syncShown();

    QWidget* m_details;
    int m_detailsWidth = 340;
};

} // namespace simfleet
