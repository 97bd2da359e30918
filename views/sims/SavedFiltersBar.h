#pragma once

#include "models/fleet/SavedFilters.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace simfleet {

// "Saved:" and one chip per saved filter: a click (or Space, Enter) applies
// it, right-click renames or deletes it, "+" saves the current filter under a
// name. The chip of the filter in use is shown pressed. Tab reaches the chips
// in their order, before "+".
class SavedFiltersBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFiltersBar)

public:
    explicit SavedFiltersBar(QWidget* parent = nullptr);

    const SavedFilters& filters() const { return m_filters; }
    // Shows `filters` (the signed-in user's); emits nothing.
    void setFilters(const SavedFilters& filters);
    // The filter in use: "+" saves it, and its chip is shown pressed.
    void setCurrentFilter(const FleetFilter& filter);

    // What the chips and the menu do, also callable directly.
    void saveCurrent(const QString& name);
    bool apply(const QString& name);
    bool rename(const QString& from, const QString& to);
    void remove(const QString& name);

    QToolButton* chip(const QString& name) const;
    QToolButton* addButton() const { return m_add; }

signals:
    void applyRequested(const FleetFilter& filter);
    // The list changed (saved, renamed, deleted): persist it.
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;
    // Enter on a chip applies it, as Space does.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildChips();
    void updateChecked();
    void askName();
    void askRename(const QString& name);
    void showChipMenu(const QString& name, const QPoint& globalPos);
    void retranslateUi();

    SavedFilters m_filters;
    FleetFilter m_current;
    QHBoxLayout* m_chips;
    QLabel* m_label;
    QToolButton* m_add;
    QList<QToolButton*> m_chipButtons;
};

} // namespace simfleet
