#include "views/sims/FilterBar.h"

#include "models/fleet/FleetCounts.h"
#include "models/fleet/SimText.h"
#include "models/groups/GroupsModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/FlowLayout.h"
#include "views/common/PlainLabels.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

#include <algorithm>

namespace simfleet {

namespace {

// Combo data for the status box: "any", "active", "blocked", or "code:<c>".
QString statusKey(const FleetFilter& filter) {
    switch (filter.status) {
    case FleetFilter::Status::Any:
        break;
    case FleetFilter::Status::Active:
        return QStringLiteral("active");
    case FleetFilter::Status::BlockedAny:
        return QStringLiteral("blocked");
    case FleetFilter::Status::Code:
        return QStringLiteral("code:") + QString::number(int(filter.blockCode));
    case FleetFilter::Status::NotMsu:
        return QStringLiteral("notMsu");
    }
    return QStringLiteral("any");
}

void selectData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

// A combo box that elides its current text ("Blocked: MSU limit (irrevers…")
// instead of cutting it off; the list and the tooltip show it whole.
class ElidingComboBox final : public QComboBox {
public:
    explicit ElidingComboBox(QWidget* parent)
        : QComboBox(parent) {}
    Q_DISABLE_COPY_MOVE(ElidingComboBox)

protected:
    void paintEvent(QPaintEvent*) override {
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                    QStyle::SC_ComboBoxEditField, this);
        const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
        option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight,
                                                      qMax(0, field.width() - icon - 4));
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

// The closed box shows about `chars` characters (long names elide), so the
// bar fits beside the navigation in Russian too; the list shows them whole.
QComboBox* makeCombo(QWidget* parent, const char* name, int chars) {
    auto* box = new ElidingComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(chars);
    return box;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_profile(makeCombo(this, "profileFilter", 9))
    , m_status(makeCombo(this, "statusFilter", 21))
    , m_group(makeCombo(this, "groupFilter", 12))
    , m_limit(makeCombo(this, "limitFilter", 13))
    , m_tariff(makeCombo(this, "tariffFilter", 10))
    , m_onlySelected(new QToolButton(this))
    , m_summary(new QWidget(this))
    , m_clear(new QToolButton(m_summary))
    , m_count(new QLabel(m_summary)) {
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(ResourceIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_text->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    m_text->installEventFilter(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setIcon(ResourceIcons::icon(QStringLiteral("close")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    // The name tests and the main window tests look the count up by.
    m_count->setObjectName(QStringLiteral("simCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // The search field and the choices wrap onto further rows when the
    // window is narrow: every control stays in reach, none sets its width.
    auto* layout = new FlowLayout(this, 6, 4);
    layout->addWidget(m_text);
    for (QComboBox* box : {m_profile, m_status, m_group, m_limit, m_tariff}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::applyAvailability);
    }
    m_onlySelected->setObjectName(QStringLiteral("onlySelected"));
    m_onlySelected->setCheckable(true);
    m_onlySelected->setEnabled(false);
    layout->addWidget(m_onlySelected);
    connect(m_onlySelected, &QToolButton::clicked, this, &FilterBar::onlySelectedToggled);
    auto* summaryLayout = new QHBoxLayout(m_summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->setSpacing(8);
    summaryLayout->addWidget(m_clear);
    summaryLayout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::readControls);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    retranslateUi();
    PlainLabels::apply(this);
}

void FilterBar::focusSearch() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::readControls() {
    if (m_updating)
        return;
    FleetFilter filter;
    filter.text = m_text->text();
    const QString profile = m_profile->currentData().toString();
    if (!profile.isEmpty())
        filter.profile = simProfileFromCode(profile);
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("active")) {
        filter.status = FleetFilter::Status::Active;
    } else if (status == QLatin1String("blocked")) {
        filter.status = FleetFilter::Status::BlockedAny;
    } else if (status == QLatin1String("notMsu")) {
        filter.status = FleetFilter::Status::NotMsu;
    } else if (status.startsWith(QLatin1String("code:"))) {
        filter.status = FleetFilter::Status::Code;
        filter.blockCode = BlockCode(status.mid(5).toInt());
    }
    const QVariant group = m_group->currentData();
    if (group.isValid())
        filter.groupId = group.toLongLong();
    const QString limit = m_limit->currentData().toString();
    if (limit == QLatin1String("near"))
        filter.nearLimit = true;
    else if (!limit.isEmpty())
        filter.limitType = limitTypeFromString(limit);
    filter.tariffName = m_tariff->currentData().toString();
    filter.onlyIds = m_filter.onlyIds; // set by the page, see onlySelectedToggled

    const bool changed = filter != m_filter || filter.text != m_filter.text;
    m_filter = filter;
    updateClearButton();
    if (changed)
        emit filterChanged(m_filter);
}

void FilterBar::showFilter() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (m_text->text() != m_filter.text)
        m_text->setText(m_filter.text);
    selectData(m_profile, m_filter.profile ? simProfileCode(*m_filter.profile) : QString());
    selectData(m_status, statusKey(m_filter));
    if (m_filter.groupId && m_group->findData(*m_filter.groupId) < 0)
        fillGroups();
    selectData(m_group, m_filter.groupId ? QVariant(*m_filter.groupId) : QVariant());
    selectData(m_limit, m_filter.nearLimit   ? QStringLiteral("near")
                        : m_filter.limitType ? limitTypeCode(*m_filter.limitType)
                                             : QString());
    if (!m_filter.tariffName.isEmpty() && m_tariff->findData(m_filter.tariffName) < 0)
        fillTariffs();
    selectData(m_tariff, m_filter.tariffName);
    m_onlySelected->setChecked(m_filter.onlyIds.has_value());
    m_onlySelected->setEnabled(!m_unavailable.testFlag(Criterion::OnlySelected) &&
                               (m_selectionAvailable || m_filter.onlyIds));
    m_updating = wasUpdating;
    updateClearButton();
    fitPopups();
}

void FilterBar::setFilter(const FleetFilter& filter) {
    FleetFilter wanted = filter;
    const QList<BlockCode> codes = m_unavailableCodes + m_hiddenCodes;
    if (wanted.status == FleetFilter::Status::Code && codes.contains(wanted.blockCode))
        wanted.status = FleetFilter::Status::Any;
    if (wanted.status == FleetFilter::Status::NotMsu && m_hiddenCodes.contains(BlockCode::Msu))
        wanted.status = FleetFilter::Status::Any;
    if (const Criteria off = m_unavailable | m_hidden) {
        // Keep only what the data source can apply.
        if (off & Criterion::Profile)
            wanted.profile.reset();
        if (off & Criterion::Status)
            wanted.status = FleetFilter::Status::Any;
        if (off & Criterion::OnlySelected)
            wanted.onlyIds.reset();
        if (off & Criterion::Group)
            wanted.groupId.reset();
        if (off & Criterion::LimitType) {
            wanted.limitType.reset();
            wanted.nearLimit = false;
        }
        if (off & Criterion::Tariff)
            wanted.tariffName.clear();
    }
    const bool changed = wanted != m_filter || wanted.text != m_filter.text;
    m_filter = wanted;
    showFilter();
    if (changed)
        emit filterChanged(m_filter);
}

void FilterBar::setSelectionAvailable(bool available) {
    m_selectionAvailable = available;
    m_onlySelected->setEnabled(!m_unavailable.testFlag(Criterion::OnlySelected) &&
                               (available || m_filter.onlyIds));
}

void FilterBar::clear() {
    setFilter(FleetFilter{});
}

void FilterBar::updateClearButton() {
    m_clear->setEnabled(!m_filter.isEmpty());
}

void FilterBar::setCounts(int shown, int total) {
    m_shown = shown;
    m_total = total;
    m_count->setText(countText());
}

QString FilterBar::countText() const {
    const QLocale locale;
    if (m_shown == m_total)
        return tr("%Ln SIM(s)", "count of SIM cards", m_total);
    // %Ln is the total so the plural form agrees with it: "12 of 100 SIMs".
    return tr("%1 of %Ln SIM(s)", "shown of total SIM cards", m_total)
        .arg(locale.toString(m_shown));
}

void FilterBar::setUnavailable(Criteria criteria, const QString& reason,
                               const QList<BlockCode>& codes) {
    m_unavailable = criteria;
    m_unavailableCodes = codes;
    m_unavailableReason = reason;
    applyAvailability();
    setFilter(m_filter);
}

void FilterBar::setHidden(Criteria criteria, const QList<BlockCode>& codes) {
    if (criteria == m_hidden && codes == m_hiddenCodes)
        return;
    const std::pair<Criterion, QWidget*> controls[] = {
        {Criterion::Text, m_text},     {Criterion::Profile, m_profile},
        {Criterion::Status, m_status}, {Criterion::OnlySelected, m_onlySelected},
        {Criterion::Group, m_group},   {Criterion::LimitType, m_limit},
        {Criterion::Tariff, m_tariff}};
    for (const auto& [criterion, widget] : controls) {
        if (criteria.testFlag(criterion))
            widget->hide();
        else if (m_hidden.testFlag(criterion))
            widget->show();
    }
    m_hidden = criteria;
    m_hiddenCodes = codes;
    showSearchHint();
    fillFixedChoices();
    setFilter(m_filter);
    showFilter();
    applyAvailability();
}

void FilterBar::applyAvailability() {
    const struct {
        Criterion criterion;
        QWidget* widget;
        QString tip;
    } controls[] = {
        {Criterion::Text, m_text,
         tr("Finds SIMs by ICCID, number, external number, name or group")},
        {Criterion::Profile, m_profile, tr("Show SIMs of one profile")},
        {Criterion::Status, m_status, tr("Show SIMs with one status")},
        {Criterion::OnlySelected, m_onlySelected,
         tr("Show only the selected SIMs; turn off to show every SIM again, the selection "
            "kept")},
        {Criterion::Group, m_group, tr("Show SIMs of one group")},
        {Criterion::LimitType, m_limit,
         tr("Show SIMs with one data limit type, or those near their data limit")},
        {Criterion::Tariff, m_tariff, tr("Show SIMs on one tariff plan")},
    };
    for (const auto& control : controls) {
        const bool off = m_unavailable.testFlag(control.criterion);
        control.widget->setEnabled(
            !off && (control.widget != m_onlySelected || m_selectionAvailable || m_filter.onlyIds));
        QString tip = off ? m_unavailableReason : control.tip;
        // The closed box elides long choices: the tooltip says them whole.
        if (auto* box = qobject_cast<QComboBox*>(control.widget);
            !off && box && box->currentText().size() > box->minimumContentsLength())
            tip = box->currentText() + QLatin1Char('\n') + tip;
        control.widget->setToolTip(tip);
    }
    auto* statusItems = qobject_cast<QStandardItemModel*>(m_status->model());
    for (int row = 0; statusItems && row < m_status->count(); ++row) {
        const QString key = m_status->itemData(row).toString();
        if (!key.startsWith(QLatin1String("code:")))
            continue;
        const bool off = m_unavailableCodes.contains(BlockCode(key.mid(5).toInt()));
        QStandardItem* item = statusItems->item(row);
        item->setEnabled(!off);
        item->setToolTip(off ? m_unavailableReason : QString());
    }
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        return true;
    }
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                emit resultsRequested();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::showSearchHint() {
    // Groups are searched only where the provider has them.
    m_text->setPlaceholderText(m_hidden.testFlag(Criterion::Group)
                                   ? tr("ICCID, number, name…")
                                   : tr("ICCID, number, name, group…"));
    // The whole hint fits (the search icon and the clear button beside it).
    m_text->setMinimumWidth(qMax(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28,
                                 fontMetrics().horizontalAdvance(m_text->placeholderText()) + 64));
}

void FilterBar::retranslateUi() {
    showSearchHint();
    m_text->setAccessibleName(tr("Search SIMs"));
    m_onlySelected->setText(tr("Only selected", "show only the selected SIMs"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every SIM again"));
    fillFixedChoices();
    fillGroups();
    fillTariffs();
    showFilter();
    applyAvailability();
    m_count->setText(countText());
}

void FilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
