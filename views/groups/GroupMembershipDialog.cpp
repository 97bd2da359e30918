#include "views/groups/GroupMembershipDialog.h"

#include "models/groups/GroupsModel.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace simfleet {

namespace {

constexpr int kListedNotFound = 10;

} // namespace

GroupMembershipDialog::GroupMembershipDialog(Change change, const QVector<Sim>& sims,
                                             GroupsModel* groups, qint64 groupId, int chunkSize,
                                             const QStringList& notFound, QWidget* parent)
    : QDialog(parent)
    , m_change(change)
    , m_groups(groups)
    , m_groupId(groupId)
    , m_fixedGroup(groupId != 0)
    , m_chunkSize(chunkSize)
    , m_notFound(notFound)
    , m_title(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_groupLabel(new QLabel(this))
    , m_groupBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_requests(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_notFoundLabel(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("groupMembershipDialog"));
    m_selection.reserve(sims.size());
    for (const Sim& sim : sims) {
        m_selection.append(sim.id);
        m_sims.insert(sim.id, sim);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("membershipTitle"));
    m_title->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("membershipError"));
    m_banner->hide();
    m_groupBox->setObjectName(QStringLiteral("membershipGroup"));
    m_groupBox->setEnabled(!m_fixedGroup);
    m_groupLabel->setBuddy(m_groupBox);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setObjectName(QStringLiteral("membershipSummary"));
    m_summary->setWordWrap(true);
    for (QLabel* label : {m_requests, m_skipped, m_notFoundLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_requests->setObjectName(QStringLiteral("membershipRequests"));
    m_skipped->setObjectName(QStringLiteral("membershipSkipped"));
    m_notFoundLabel->setObjectName(QStringLiteral("membershipNotFound"));
    m_notFoundLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* previewBox = new QFrame(this);
    previewBox->setObjectName(QStringLiteral("previewBox"));
    previewBox->setFrameShape(QFrame::StyledPanel);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_requests);
    previewLayout->addWidget(m_skipped);
    previewLayout->addWidget(m_notFoundLabel);

    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_primary, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupMembershipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupMembershipDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_groupLabel, m_groupBox);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(previewBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    fillGroups();
    connect(m_groupBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_groupId = m_groupBox->currentData().toLongLong();
        m_banner->hide();
        refresh();
    });
    retranslateUi();
    PlainLabels::apply(this);
}

void GroupMembershipDialog::fillGroups() {
    const QSignalBlocker blocker(m_groupBox);
    m_groupBox->clear();
    if (!m_groups)
        return;
    QVector<Group> groups = m_groups->groups();
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const Group& group : std::as_const(groups))
        m_groupBox->addItem(group.name, group.id);
    const int index = m_groupBox->findData(m_groupId);
    m_groupBox->setCurrentIndex(index);
    if (index < 0 && !m_fixedGroup && m_groupBox->count() > 0) {
        m_groupBox->setCurrentIndex(0);
        m_groupId = m_groupBox->currentData().toLongLong();
    }
}

void GroupMembershipDialog::setStarter(BulkOperationDialog::Starter starter) {
    m_starter = std::move(starter);
    refresh();
}

void GroupMembershipDialog::setGroup(qint64 groupId) {
    const int index = m_groupBox->findData(groupId);
    if (index >= 0)
        m_groupBox->setCurrentIndex(index);
}

QString GroupMembershipDialog::groupName() const {
    const int row = m_groups ? m_groups->rowOfId(m_groupId) : -1;
    return row >= 0 ? m_groups->groupAt(row).name : QString();
}

QString GroupMembershipDialog::actionText(Change change, int count, const QString& groupName) {
    return change == Change::Add ? tr("Add %n SIM(s) to %1", "", count).arg(groupName)
                                 : tr("Remove %n SIM(s) from %1", "", count).arg(groupName);
}

void GroupMembershipDialog::refresh() {
    const QLocale locale;
    const QString name = groupName();
    const int selected = int(m_selection.size());
    if (m_groupId == 0 || name.isEmpty()) {
        m_plan = {};
        m_summary->setText(m_groupBox->count() == 0
                               ? tr("There are no groups yet: create one on the Groups page.")
                               : tr("Choose a group."));
        m_requests->hide();
        m_skipped->hide();
    } else {
        m_plan = GroupMembership::plan(m_change, m_groupId, m_selection, m_sims, m_chunkSize);
        const int applicable = int(m_plan.preview.applicable.size());
        if (selected == 0)
            m_summary->setText(tr("No SIMs chosen."));
        else if (applicable == 0)
            m_summary->setText(
                m_change == Change::Add
                    ? tr("Nothing to change: the %Ln SIM(s) are already in %1.", "", selected)
                          .arg(name)
                    : tr("Nothing to change: none of the %Ln SIM(s) is in %1.", "", selected)
                          .arg(name));
        else
            m_summary->setText(
                m_change == Change::Add
                    ? tr("%Ln SIM(s) join %1; their other groups stay.", "", applicable).arg(name)
                    : tr("%Ln SIM(s) leave %1; their other groups stay.", "", applicable)
                          .arg(name));
        const int requests = m_plan.requestCount();
        m_requests->setText(
            tr("This takes %Ln request(s) to NovaConnect: one for each different set of groups "
               "the SIMs are in now, since a request gives all its SIMs the same groups.",
               "", requests));
        m_requests->setVisible(requests > 0);
        // Skipped, one line per reason, most frequent first.
        QHash<QString, int> counts;
        QStringList reasons;
        for (const BulkPreview::Skip& skip : std::as_const(m_plan.preview.skipped)) {
            if (counts[skip.reason]++ == 0)
                reasons.append(skip.reason);
        }
        std::stable_sort(reasons.begin(), reasons.end(),
                         [&counts](const QString& a, const QString& b) {
                             return counts.value(a) > counts.value(b);
                         });
        QStringList lines;
        for (const QString& reason : std::as_const(reasons))
            lines.append(tr("%1 — %2", "number of skipped SIMs — why")
                             .arg(locale.toString(counts.value(reason)), reason));
        m_skipped->setText(tr("Skipped:", "SIMs left out of an operation") + QLatin1Char('\n') +
                           lines.join(QLatin1Char('\n')));
        m_skipped->setVisible(!lines.isEmpty());
    }
    if (!m_notFound.isEmpty()) {
        QStringList listed = m_notFound.mid(0, kListedNotFound);
        if (m_notFound.size() > kListedNotFound)
            listed.append(tr("and %Ln more", "", int(m_notFound.size() - kListedNotFound)));
        m_notFoundLabel->setText(tr("%Ln entry(s) of the list match no SIM of the loaded fleet "
                                    "and are left out: %1",
                                    "", int(m_notFound.size()))
                                     .arg(listed.join(QStringLiteral(", "))));
    }
    m_notFoundLabel->setVisible(!m_notFound.isEmpty());

    const int applicable = int(m_plan.preview.applicable.size());
    m_primary->setText(applicable > 0            ? actionText(m_change, applicable, name)
                       : m_change == Change::Add ? tr("Add to group")
                                                 : tr("Remove from group"));
    m_primary->setEnabled(applicable > 0 && bool(m_starter));
    m_primary->setToolTip(m_starter ? QString()
                                    : tr("Operations are not available in this window."));
}

void GroupMembershipDialog::accept() {
    if (!m_primary->isEnabled() || !m_starter)
        return;
    QString error;
    const std::optional<qint64> job = m_starter(m_plan.preview, m_plan.params, &error);
    if (!job) {
        m_banner->showMessage(InlineBanner::Kind::Error, tr("The operation did not start"),
                              error.isEmpty() ? tr("SimFleet could not start the operation.")
                                              : error);
        m_banner->show();
        return;
    }
    m_startedJob = job;
    QDialog::accept();
}

void GroupMembershipDialog::retranslateUi() {
    const int count = int(m_selection.size());
    const QString title = m_change == Change::Add ? tr("Add %n SIM(s) to a group", "", count)
                                                  : tr("Remove %n SIM(s) from a group", "", count);
    setWindowTitle(title);
    m_title->setText(title);
    m_groupLabel->setText(tr("&Group:"));
    m_cancel->setText(tr("Cancel"));
    refresh();
}

void GroupMembershipDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
