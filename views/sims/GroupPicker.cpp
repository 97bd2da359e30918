#include "views/sims/GroupPicker.h"

#include "models/groups/GroupsModel.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace simfleet {

namespace {

constexpr int kIdRole = Qt::UserRole + 1; // qint64 group id, 0 for a new group
constexpr int kNewRole = Qt::UserRole + 2;
constexpr int kInitialRole = Qt::UserRole + 3; // Qt::CheckState the item started in

} // namespace

GroupPicker::GroupPicker(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_error(new InlineBanner(this))
    , m_newGroupsLabel(new QLabel(this))
    , m_newGroups(new QLineEdit(this))
    , m_addNew(new QPushButton(this)) {
    setObjectName(QStringLiteral("groupPicker"));
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(140);
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_error->setObjectName(QStringLiteral("groupError"));
    m_error->setClosable(false);
    m_error->hide();
    m_newGroups->setObjectName(QStringLiteral("newGroups"));
    m_newGroups->setClearButtonEnabled(true);
    m_addNew->setObjectName(QStringLiteral("addNewGroups"));
    m_newGroupsLabel->setBuddy(m_newGroups);

    connect(m_search, &QLineEdit::textChanged, this, &GroupPicker::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, &GroupPicker::changed);
    connect(m_error, &InlineBanner::actionTriggered, this, &GroupPicker::reload);
    const auto addTyped = [this] {
        addNewGroups(m_newGroups->text());
        m_newGroups->clear();
    };
    connect(m_addNew, &QPushButton::clicked, this, addTyped);
    connect(m_newGroups, &QLineEdit::returnPressed, this, addTyped);
    connect(m_newGroups, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_addNew->setEnabled(!text.trimmed().isEmpty()); });
    m_addNew->setEnabled(false);

    auto* newRow = new QHBoxLayout;
    newRow->setContentsMargins(0, 0, 0, 0);
    newRow->addWidget(m_newGroups, 1);
    newRow->addWidget(m_addNew);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_newGroupsLabel);
    layout->addLayout(newRow);
    retranslateUi();
    PlainLabels::apply(this);
}

GroupPicker::~GroupPicker() = default;

void GroupPicker::setSelectionGroups(const QVector<QVector<GroupRef>>& groupsPerSim) {
    const QSignalBlocker blocker(m_list);
    QHash<qint64, int> members;
    QVector<GroupRef> order;
    for (const QVector<GroupRef>& groups : groupsPerSim) {
        QSet<qint64> seen; // a group listed twice for one SIM counts once
        for (const GroupRef& group : groups) {
            if (seen.contains(group.id))
                continue;
            seen.insert(group.id);
            if (members[group.id]++ == 0)
                order.append(group);
        }
    }
    const int sims = int(groupsPerSim.size());
    for (const GroupRef& group : std::as_const(order)) {
        const int count = members.value(group.id);
        const Qt::CheckState state = count >= sims ? Qt::Checked : Qt::PartiallyChecked;
        QListWidgetItem* item = itemForId(group.id);
        if (!item)
            item = addItem(group.id, group.name, state);
        item->setData(kInitialRole, int(state));
        item->setCheckState(state);
        if (state == Qt::PartiallyChecked) {
            item->setFlags(item->flags() | Qt::ItemIsUserTristate);
            item->setToolTip(tr("%1 of the %Ln selected SIM(s) are in this group. Partly checked, "
                                "each SIM stays as it is; click to put all of them in it, click "
                                "again to take all of them out.",
                                "", sims)
                                 .arg(count));
        }
    }
    m_list->sortItems();
    applySearch();
    emit changed();
}

void GroupPicker::setGroups(GroupsModel* groups) {
    if (m_groups)
        disconnect(m_groups, nullptr, this, nullptr);
    m_groups = groups;
    if (!groups)
        return;
    connect(groups, &GroupsModel::loadFinished, this, &GroupPicker::onGroupsLoaded);
    if (groups->isLoaded())
        showListed();
    reload();
}

void GroupPicker::reload() {
    if (!m_groups)
        return;
    m_error->hide();
    m_groups->reload(); // joins a read under way
    if (m_groups->isLoading()) {
        m_status->setText(tr("Loading groups…"));
        m_status->show();
    }
    emit changed();
}

void GroupPicker::onGroupsLoaded(const ApiError& error) {
    m_status->hide();
    if (error.isError()) {
        m_error->showMessage(InlineBanner::Kind::Error, tr("The groups could not be loaded"),
                             error.userMessage(), tr("Retry"));
        emit changed();
        return;
    }
    showListed();
    emit changed();
}

void GroupPicker::showListed() {
    const QSignalBlocker blocker(m_list);
    for (const Group& group : m_groups->groups()) {
        if (QListWidgetItem* item = itemForId(group.id))
            item->setText(group.name);
        else
            addItem(group.id, group.name, Qt::Unchecked);
    }
    m_list->sortItems();
    applySearch();
}

bool GroupPicker::isLoading() const {
    return m_groups && m_groups->isLoading();
}

bool GroupPicker::hasLoadError() const {
    return !m_error->isHidden();
}

void GroupPicker::addNewGroups(const QString& names) {
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    const QSignalBlocker blocker(m_list);
    for (const QString& raw : names.split(separators, Qt::SkipEmptyParts)) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        if (QListWidgetItem* item = itemForName(name))
            item->setCheckState(Qt::Checked);
        else
            addItem(0, name, Qt::Checked);
    }
    m_list->sortItems();
    applySearch();
    emit changed();
}

QVector<qint64> GroupPicker::checkedGroupIds() const {
    QVector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked && !item->data(kNewRole).toBool())
            ids.append(item->data(kIdRole).toLongLong());
    }
    return ids;
}

QStringList GroupPicker::checkedNewGroupNames() const {
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked && item->data(kNewRole).toBool())
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

QStringList GroupPicker::listedNames() const {
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names.append(m_list->item(row)->data(Qt::UserRole).toString());
    return names;
}

void GroupPicker::setSearchText(const QString& text) {
    m_search->setText(text);
}

QListWidgetItem* GroupPicker::itemForId(qint64 id) const {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (!item->data(kNewRole).toBool() && item->data(kIdRole).toLongLong() == id)
            return item;
    }
    return nullptr;
}

QListWidgetItem* GroupPicker::itemForName(const QString& name) const {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
}

QListWidgetItem* GroupPicker::addItem(qint64 id, const QString& name, Qt::CheckState state) {
    auto* item = new QListWidgetItem(m_list);
    const bool isNew = id == 0;
    item->setData(Qt::UserRole, name);
    item->setData(kIdRole, id);
    item->setData(kNewRole, isNew);
    // A new group starts "not there": adding it is the change.
    item->setData(kInitialRole, int(isNew ? Qt::Unchecked : state));
    item->setText(isNew ? tr("%1 (new)", "a group created by this operation").arg(name) : name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(state);
    return item;
}

QVector<qint64> GroupPicker::joinedGroupIds() const {
    QVector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (!item->data(kNewRole).toBool() && item->checkState() == Qt::Checked &&
            item->data(kInitialRole).toInt() != Qt::Checked)
            ids.append(item->data(kIdRole).toLongLong());
    }
    return ids;
}

QVector<qint64> GroupPicker::leftGroupIds() const {
    QVector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (!item->data(kNewRole).toBool() && item->checkState() == Qt::Unchecked &&
            item->data(kInitialRole).toInt() != Qt::Unchecked)
            ids.append(item->data(kIdRole).toLongLong());
    }
    return ids;
}

bool GroupPicker::hasChanges() const {
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (int(item->checkState()) != item->data(kInitialRole).toInt())
            return true;
    }
    return false;
}

QString GroupPicker::groupName(qint64 id) const {
    const QListWidgetItem* item = itemForId(id);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Qt::CheckState GroupPicker::checkState(const QString& name) const {
    const QListWidgetItem* item = itemForName(name);
    return item ? item->checkState() : Qt::Unchecked;
}

void GroupPicker::applySearch() {
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!needle.isEmpty() &&
                        !item->data(Qt::UserRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

void GroupPicker::retranslateUi() {
    m_search->setPlaceholderText(tr("Search groups"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_list->setAccessibleName(tr("Groups"));
    m_newGroupsLabel->setText(tr("New groups (separate names with commas):"));
    m_newGroups->setPlaceholderText(tr("e.g. Trucks north, Spare"));
    m_addNew->setText(tr("Add", "add new group names to the list"));
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kNewRole).toBool())
            item->setText(tr("%1 (new)", "a group created by this operation")
                              .arg(item->data(Qt::UserRole).toString()));
    }
    if (isLoading())
        m_status->setText(tr("Loading groups…"));
}

void GroupPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QStringList GroupPicker::checkedNames() const {
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

int GroupPicker::visibleCount() const {
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row)
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace simfleet
