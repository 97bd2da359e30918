#pragma once

#include <QHash>

class QLabel;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace simfleet {

// The details pane's rows: a quiet caption above each value, one after the
// other (QFormLayout clips wrapped values whose height changes with the SIM
// shown). Widgets are created in `container`; layout() goes into its layout.
class DetailsRows final {
    Q_DISABLE_COPY_MOVE(DetailsRows)

public:
    explicit DetailsRows(QWidget* container);

    QVBoxLayout* layout() const { return m_layout; }
    QLabel* makeCaption() const;
    // A selectable, wrapping value with its caption; with `button`, a tool
    // button beside the value (copy, rename).
    QLabel* addField(const char* objectName, QLabel** caption, QToolButton** button = nullptr);
    // `caption` may be nullptr (a row that continues the one above).
    void addRow(QWidget* caption, QWidget* value);
    // Shows or hides a value with its caption.
    void setRowVisible(QWidget* value, bool visible);

private:
    QWidget* m_container;
    QVBoxLayout* m_layout;
    QHash<QWidget*, QWidget*> m_captionOf; // value → its caption
};

} // namespace simfleet
