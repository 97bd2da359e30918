#include "views/sims/DashboardCounts.h"

#include "models/fleet/SimText.h"
#include "views/common/FlowLayout.h"

#include <QEvent>
#include <QFrame>
#include <QLocale>
#include <QToolButton>

namespace simfleet {

namespace {

QFrame* separator(QWidget* parent) {
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

DashboardCounts::DashboardCounts(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("dashboardCounts"));
    // The chips wrap onto a second row rather than widen the window.
    auto* layout = new FlowLayout(this, 2, 0);

    m_total = addChip(QStringLiteral("countTotal"), FleetFilter{});
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
    layout->addWidget(separator(this));
    FleetFilter td;
    td.profile = SimProfile::TD;
    m_td = addChip(QStringLiteral("countTd"), td);
    FleetFilter tc;
    tc.profile = SimProfile::TC;
    m_tc = addChip(QStringLiteral("countTc"), tc);
    layout->addWidget(m_td);
    layout->addWidget(m_tc);
    m_profileSeparator = separator(this);
    layout->addWidget(m_profileSeparator);
    FleetFilter active;
    active.status = FleetFilter::Status::Active;
    m_active = addChip(QStringLiteral("countActive"), active);
    m_active->setIcon(QIcon(SimText::statusIconPath(BlockCode::None)));
    FleetFilter blocked;
    blocked.status = FleetFilter::Status::BlockedAny;
    m_blocked = addChip(QStringLiteral("countBlocked"), blocked);
    m_blocked->setIcon(QIcon(SimText::statusIconPath(BlockCode::User)));
    layout->addWidget(m_active);
    layout->addWidget(m_blocked);
    for (BlockCode block : SimText::knownBlockCodes()) {
        FleetFilter byCode;
        if (block == BlockCode::Unknown) {
            // Unknown codes have no filter of their own; the chip filters "blocked (any)".
            byCode.status = FleetFilter::Status::BlockedAny;
        } else {
            byCode.status = FleetFilter::Status::Code;
            byCode.blockCode = block;
        }
        QToolButton* chip = addChip(QStringLiteral("countBlock_%1").arg(int(block)), byCode);
        chip->setIcon(QIcon(SimText::statusIconPath(block)));
        layout->addWidget(chip);
        m_byBlock.append({block, chip});
    }
    updateTexts();
    updateChecked();
}

QToolButton* DashboardCounts::addChip(const QString& objectName, const FleetFilter& filter) {
    auto* chip = new QToolButton(this);
    chip->setObjectName(objectName);
    chip->setAutoRaise(true);
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setIconSize(QSize(14, 14));
    chip->setCheckable(true);
    m_chipFilters.insert(chip, filter);
    connect(chip, &QToolButton::clicked, this, [this, chip] { onChipClicked(chip); });
    return chip;
}

bool DashboardCounts::isOn(QToolButton* chip) const {
    const FleetFilter chipFilter = m_chipFilters.value(chip);
    if (chip == m_total)
        return m_current.isEmpty();
    if (chipFilter.profile)
        return m_current.profile == chipFilter.profile;
    return m_current.status == chipFilter.status &&
           (chipFilter.status != FleetFilter::Status::Code ||
            m_current.blockCode == chipFilter.blockCode);
}

void DashboardCounts::onChipClicked(QToolButton* chip) {
    FleetFilter wanted = m_chipFilters.value(chip);
    if (chip != m_total && isOn(chip)) {
        // A second click turns the chip's filter off and keeps the rest.
        wanted = m_current;
        if (m_chipFilters.value(chip).profile)
            wanted.profile.reset();
        else
            wanted.status = FleetFilter::Status::Any;
    }
    // The check mark follows the filter, not the click.
    updateChecked();
    emit filterRequested(wanted);
}

void DashboardCounts::setProfilesShown(bool shown) {
    for (QWidget* widget :
         {static_cast<QWidget*>(m_td), static_cast<QWidget*>(m_tc), m_profileSeparator})
        widget->setVisible(shown);
}

void DashboardCounts::setCurrentFilter(const FleetFilter& filter) {
    m_current = filter;
    updateChecked();
}

void DashboardCounts::updateChecked() {
    for (auto it = m_chipFilters.cbegin(); it != m_chipFilters.cend(); ++it)
        it.key()->setChecked(it.key() != m_total && isOn(it.key()));
}

void DashboardCounts::setCounts(const FleetCounts& counts) {
    m_counts = counts;
    updateTexts();
}

QStringList DashboardCounts::texts() const {
    QStringList result;
    for (const QToolButton* chip : findChildren<QToolButton*>()) {
        if (chip->isVisibleTo(this))
            result.append(chip->text());
    }
    return result;
}

void DashboardCounts::updateTexts() {
    const QLocale locale;
    m_total->setText(tr("%Ln SIM(s)", "count of SIM cards", m_counts.total));
    m_total->setToolTip(tr("Every SIM of the account (click to clear the filter)"));
    m_td->setText(tr("TD: %1").arg(locale.toString(m_counts.td)));
    m_td->setToolTip(tr("SIMs with the TD profile"));
    m_tc->setText(tr("TC: %1").arg(locale.toString(m_counts.tc)));
    m_tc->setToolTip(tr("SIMs with the TC profile"));
    // The status texts of the table and the status filter (one source: SimText).
    m_active->setText(tr("%1: %2", "status: SIM count")
                          .arg(SimText::status(BlockCode::None), locale.toString(m_counts.active)));
    m_active->setToolTip(SimText::statusMeaning(BlockCode::None));
    m_blocked->setText(tr("%1: %2", "status: SIM count")
                           .arg(SimText::statusBlockedAny(), locale.toString(m_counts.blocked)));
    m_blocked->setToolTip(tr("SIMs blocked for any reason"));
    for (const auto& [block, chip] : std::as_const(m_byBlock)) {
        const int count = m_counts.blockedBy(block);
        // A chip per code that occurs: the row stays short for typical fleets.
        chip->setVisible(count > 0);
        chip->setText(
            tr("%1: %2", "status: SIM count").arg(SimText::status(block), locale.toString(count)));
        chip->setToolTip(block == BlockCode::Unknown
                             ? tr("SIMs with a status code SimFleet does not know")
                             : SimText::status(block) + QLatin1Char('\n') +
                                   SimText::statusMeaning(block));
    }
}

void DashboardCounts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

} // namespace simfleet
