// FilterBar's choices: the fixed lists, the groups (from the account's
// GroupsModel and the fleet) and tariffs, and how wide their lists open.
#include "views/sims/FilterBar.h"

#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/SimText.h"
#include "models/groups/GroupsModel.h"
#include "resources/ResourceIcons.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLocale>

#include <algorithm>

namespace simfleet {

void FilterBar::fitPopups() {
    for (QComboBox* box : {m_profile, m_status, m_group, m_limit, m_tariff}) {
        // Wide enough for the longest choice, its icon and a scroll bar (the
        // closed box elides it; its tooltip says it whole).
        QAbstractItemView* view = box->view();
        int widest = view->sizeHintForColumn(0);
        for (int i = 0; i < box->count(); ++i) {
            const int icon = box->itemIcon(i).isNull() ? 0 : box->iconSize().width() + 8;
            widest = qMax(widest, view->fontMetrics().horizontalAdvance(box->itemText(i)) + icon);
        }
        view->setMinimumWidth(widest + 2 * view->frameWidth() + 32);
    }
}

void FilterBar::fillFixedChoices() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_profile->clear();
    m_profile->addItem(tr("All profiles"), QString());
    m_profile->addItem(QStringLiteral("TD"), QStringLiteral("TD"));
    m_profile->addItem(QStringLiteral("TC"), QStringLiteral("TC"));

    m_status->clear();
    m_status->addItem(tr("All statuses"), QStringLiteral("any"));
    m_status->addItem(ResourceIcons::icon(QStringLiteral("status-active")),
                      SimText::status(BlockCode::None), QStringLiteral("active"));
    m_status->addItem(ResourceIcons::icon(QStringLiteral("status-blocked")),
                      SimText::statusBlockedAny(), QStringLiteral("blocked"));
    // The one MSU filter: "Blocked: MSU limit" below, or every SIM but those.
    if (!m_hiddenCodes.contains(BlockCode::Msu))
        m_status->addItem(SimText::statusNotMsu(), QStringLiteral("notMsu"));
    m_status->insertSeparator(m_status->count());
    for (BlockCode block : SimText::knownBlockCodes()) {
        if (block == BlockCode::Unknown || m_hiddenCodes.contains(block))
            continue;
        m_status->addItem(QIcon(SimText::statusIconPath(block)), SimText::status(block),
                          QStringLiteral("code:") + QString::number(int(block)));
    }

    m_limit->clear();
    m_limit->addItem(tr("All limit types"), QString());
    for (LimitType type :
         {LimitType::Off, LimitType::Month, LimitType::PackageNoRenew, LimitType::PackageAutoRenew})
        m_limit->addItem(SimText::limitTypeName(type), limitTypeCode(type));
    // Not a type: SIMs of any limit type that used most of their limit.
    m_limit->insertSeparator(m_limit->count());
    m_limit->addItem(tr("Limit near or reached (%1% or more used)")
                         .arg(QLocale().toString(qRound(kLimitNearShare * 100))),
                     QStringLiteral("near"));
    m_updating = wasUpdating;
}

void FilterBar::fillGroups() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_group->clear();
    m_group->addItem(tr("All groups"), QVariant());
    QHash<qint64, QString> names = m_groupNames;
    if (m_accountGroups) {
        for (const Group& group : m_accountGroups->groups())
            names.insert(group.id, group.name);
    }
    QVector<QPair<QString, qint64>> groups;
    groups.reserve(names.size());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        groups.append({it.value(), it.key()});
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        const int c = QString::localeAwareCompare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    for (const auto& group : groups)
        m_group->addItem(group.first, group.second);
    // A group chosen in a saved filter stays selectable until the fleet shows it.
    if (m_filter.groupId && m_group->findData(*m_filter.groupId) < 0)
        m_group->addItem(tr("Group %1").arg(*m_filter.groupId), *m_filter.groupId);
    m_updating = wasUpdating;
}

void FilterBar::fillTariffs() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_tariff->clear();
    m_tariff->addItem(tr("All tariffs"), QString());
    for (const QString& name : m_tariffNames)
        m_tariff->addItem(name, name);
    if (!m_filter.tariffName.isEmpty() && m_tariff->findData(m_filter.tariffName) < 0)
        m_tariff->addItem(m_filter.tariffName, m_filter.tariffName);
    m_updating = wasUpdating;
}

void FilterBar::setChoices(const FleetCounts& counts) {
    QStringList tariffs(counts.tariffNames.cbegin(), counts.tariffNames.cend());
    std::sort(tariffs.begin(), tariffs.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    const bool groupsChanged = counts.groupNames != m_groupNames;
    const bool tariffsChanged = tariffs != m_tariffNames;
    if (!groupsChanged && !tariffsChanged)
        return;
    m_groupNames = counts.groupNames;
    m_tariffNames = tariffs;
    if (groupsChanged)
        fillGroups();
    if (tariffsChanged)
        fillTariffs();
    showFilter();
}

void FilterBar::setGroupsModel(GroupsModel* groups) {
    if (m_accountGroups)
        disconnect(m_accountGroups, nullptr, this, nullptr);
    m_accountGroups = groups;
    if (groups) {
        const auto refill = [this] {
            fillGroups();
            showFilter();
        };
        connect(groups, &QAbstractItemModel::rowsInserted, this, refill);
        connect(groups, &QAbstractItemModel::rowsRemoved, this, refill);
        connect(groups, &QAbstractItemModel::dataChanged, this, refill);
        connect(groups, &QAbstractItemModel::modelReset, this, refill);
    }
    fillGroups();
    showFilter();
}

} // namespace simfleet
