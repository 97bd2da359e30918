#pragma once

#include "models/fleet/FleetFilter.h"

#include <QFlags>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace simfleet {

class GroupsModel;

struct FleetCounts;

// The fleet table's filter bar: free text (every keystroke applies at once),
// profile, status (with the MSU choices), group, limit type and tariff, the
// "Only selected" toggle, a Clear button and the live "N of M SIMs" count. It only edits a
// FleetFilter; the page applies it to whichever model shows the fleet.
class FilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    enum class Criterion {
        Text = 0x1,
        Profile = 0x2,
        Status = 0x4,
        OnlySelected = 0x8,
        Group = 0x10,
        LimitType = 0x20,
        Tariff = 0x40,
    };
    Q_DECLARE_FLAGS(Criteria, Criterion)

    explicit FilterBar(QWidget* parent = nullptr);

    FleetFilter filter() const { return m_filter; }
    // Shows `filter` in the controls and emits filterChanged when it differs.
    void setFilter(const FleetFilter& filter);
    void clear();
    // Puts the cursor in the search field, its text selected (Ctrl+F).
    void focusSearch();

    // The groups and tariffs offered, from the loaded fleet.
    void setChoices(const FleetCounts& counts);
    // The account's groups, offered besides those found in the fleet (the
    // model's names win); may be null.
    void setGroupsModel(GroupsModel* groups);
    void setCounts(int shown, int total);
    QString countText() const;

    // Criteria the current data source cannot apply (server-side mode):
    // disabled, reset to "any", with `reason` as their tooltip.
    // `codes`: status choices ("blocked by <code>") unavailable the same way.
    void setUnavailable(Criteria criteria, const QString& reason,
                        const QList<BlockCode>& codes = {});
    Criteria unavailable() const { return m_unavailable; }
    // Criteria the account's provider has no data for (profile, group, limit
    // type for the second operator) and status codes it never gives: hidden,
    // not offered, and never part of the filter.
    void setHidden(Criteria criteria, const QList<BlockCode>& codes = {});
    Criteria hiddenCriteria() const { return m_hidden; }

    QLineEdit* textEdit() const { return m_text; }
    QComboBox* profileBox() const { return m_profile; }
    QComboBox* statusBox() const { return m_status; }
    // Checkable: "Show only selected". The page answers onlySelectedToggled
    // with a filter whose onlyIds are the selected SIMs (or none).
    QToolButton* onlySelectedButton() const { return m_onlySelected; }
    void setSelectionAvailable(bool available);
    QComboBox* groupBox() const { return m_group; }
    QComboBox* limitBox() const { return m_limit; }
    QComboBox* tariffBox() const { return m_tariff; }
    QToolButton* clearButton() const { return m_clear; }
    // "Clear filters" and the count, for the page to place (beside the saved
    // filters); the bar itself holds the search field and the choices.
    QWidget* summary() const { return m_summary; }

signals:
    void filterChanged(const FleetFilter& filter);
    void onlySelectedToggled(bool on);
    // Down or Enter in the search field: the user wants to go to the results.
    void resultsRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitPopups();
    void fillFixedChoices();
    void fillGroups();
    void fillTariffs();
    void readControls();
    void showFilter();
    void updateClearButton();
    void applyAvailability();
    void retranslateUi();
    void showSearchHint();

    QLineEdit* m_text;
    QComboBox* m_profile;
    QComboBox* m_status;
    QComboBox* m_group;
    QComboBox* m_limit;
    QComboBox* m_tariff;
    QToolButton* m_onlySelected;
    QWidget* m_summary;
    QToolButton* m_clear;
    QLabel* m_count;
    FleetFilter m_filter;
    QHash<qint64, QString> m_groupNames; // found in the fleet
    QPointer<GroupsModel> m_accountGroups;
    QStringList m_tariffNames;
    Criteria m_unavailable;
    Criteria m_hidden;
    QList<BlockCode> m_hiddenCodes;
    QList<BlockCode> m_unavailableCodes;
    QString m_unavailableReason;
    int m_shown = 0;
    int m_total = 0;
    bool m_selectionAvailable = false;
    bool m_updating = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FilterBar::Criteria)

} // namespace simfleet
