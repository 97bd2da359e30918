#include "views/operations/BulkOperationDialog.h"

#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/operations/OperationParamsEditor.h"
#include "views/sims/GroupPicker.h"
#include "views/sims/SimTableView.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace simfleet {

BulkOperationDialog::BulkOperationDialog(BulkPreview preview, SimLookup lookup, GroupsModel* groups,
                                         TariffCatalog* tariffs, QWidget* parent)
    : QDialog(parent)
    , m_basePreview(std::move(preview))
    , m_preview(m_basePreview)
    , m_lookup(std::move(lookup))
    , m_title(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_applies(new QLabel(this))
    , m_skippedSummary(new QLabel(this))
    , m_groupChanges(new QLabel(this))
    , m_showSkipped(new QToolButton(this))
    , m_copySkipped(new QPushButton(this))
    , m_skippedList(new QListView(this))
    , m_skippedModel(new QStringListModel(this))
    , m_params(new OperationParamsEditor(m_preview.op, groups, tariffs, this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_primary(new QPushButton(this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("bulkOperationDialog"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("operationTitle"));
    m_title->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("operationError"));
    m_banner->hide();

    QFont bold = m_applies->font();
    bold.setBold(true);
    m_applies->setFont(bold);
    m_applies->setObjectName(QStringLiteral("appliesTo"));
    m_applies->setWordWrap(true);
    m_skippedSummary->setObjectName(QStringLiteral("skippedSummary"));
    m_skippedSummary->setWordWrap(true);
    m_skippedSummary->setTextFormat(Qt::PlainText);

    m_groupChanges->setObjectName(QStringLiteral("groupChanges"));
    m_groupChanges->setWordWrap(true);
    m_groupChanges->setTextFormat(Qt::PlainText);
    m_groupChanges->hide();
    m_skippedList->setObjectName(QStringLiteral("skippedList"));
    m_skippedList->setModel(m_skippedModel);
    m_skippedList->setUniformItemSizes(true);
    m_skippedList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skippedList->setFont(MonospaceColumnsDelegate::monospaceFont(m_skippedList->font()));
    m_skippedList->hide();
    m_showSkipped->setObjectName(QStringLiteral("showSkipped"));
    m_showSkipped->setCheckable(true);
    m_showSkipped->setAutoRaise(true);
    m_showSkipped->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showSkipped->setArrowType(Qt::RightArrow);
    connect(m_showSkipped, &QToolButton::toggled, this, [this](bool shown) {
        m_skippedList->setVisible(shown && !m_preview.skipped.isEmpty());
        m_showSkipped->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    m_copySkipped->setObjectName(QStringLiteral("copySkipped"));
    connect(m_copySkipped, &QPushButton::clicked, this, &BulkOperationDialog::copySkipped);

    auto* previewBox = new QFrame(this);
    previewBox->setObjectName(QStringLiteral("previewBox"));
    previewBox->setFrameShape(QFrame::StyledPanel);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_applies);
    previewLayout->addWidget(m_groupChanges);
    previewLayout->addWidget(m_skippedSummary);
    auto* skippedRow = new QHBoxLayout;
    skippedRow->setContentsMargins(0, 0, 0, 0);
    skippedRow->addWidget(m_showSkipped);
    skippedRow->addStretch(1);
    skippedRow->addWidget(m_copySkipped);
    previewLayout->addLayout(skippedRow);
    previewLayout->addWidget(m_skippedList);

    m_confirm->setObjectName(QStringLiteral("typedConfirmation"));
    m_confirmLabel->setObjectName(QStringLiteral("typedConfirmationLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirm->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    const bool typed = needsTypedConfirmation();
    m_confirmLabel->setVisible(typed);
    m_confirm->setVisible(typed);
    connect(m_confirm, &QLineEdit::textChanged, this, &BulkOperationDialog::updateState);
    connect(m_params, &OperationParamsEditor::changed, this, [this] {
        refreshPreview();
        updateState();
    });

    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setDefault(!typed);
    m_primary->setAutoDefault(false);
    if (isDestructive(m_preview.op))
        m_primary->setIcon(ResourceIcons::icon(QStringLiteral("status-blocked")));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_primary, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkOperationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkOperationDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(previewBox);
    layout->addWidget(m_params, 1);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirm);
    layout->addLayout(confirmRow);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    // The values the SIMs have now are filled in: accepting unchanged changes nothing.
    QVector<const Sim*> sims;
    if (m_lookup) {
        sims.reserve(m_basePreview.applicable.size());
        for (qint64 id : std::as_const(m_basePreview.applicable)) {
            if (const Sim* sim = m_lookup(id))
                sims.append(sim);
        }
    }
    m_params->setSelection(sims);
    retranslateUi();
    PlainLabels::apply(this);
}

bool BulkOperationDialog::isDestructive(SimOperation op) {
    return op == SimOperation::Block || op == SimOperation::Disconnect ||
           op == SimOperation::ServiceBlock || op == SimOperation::FinanceBlock;
}

bool BulkOperationDialog::needsTypedConfirmation() const {
    return isDestructive(m_preview.op) && m_preview.applicable.size() >= kTypedConfirmationFrom;
}

void BulkOperationDialog::setStarter(Starter starter) {
    m_starter = std::move(starter);
    updateState();
}

QString BulkOperationDialog::actionText(SimOperation op, int n) {
    switch (op) {
    case SimOperation::Block:
        return tr("Block %n SIM(s)", "", n);
    case SimOperation::Unblock:
        return tr("Unblock %n SIM(s)", "", n);
    case SimOperation::Reconnect:
        return tr("Reconnect %n SIM(s)", "", n);
    case SimOperation::Disconnect:
        return tr("Disconnect %n SIM(s)", "", n);
    case SimOperation::Ping:
        return tr("Ping %n SIM(s)", "", n);
    case SimOperation::Sms:
        return tr("Send SMS to %n SIM(s)", "", n);
    case SimOperation::Limit:
        return tr("Set data limit on %n SIM(s)", "", n);
    case SimOperation::Tariff:
        return tr("Change tariff of %n SIM(s)", "", n);
    case SimOperation::Repackage:
        return tr("Re-add package on %n SIM(s)", "", n);
    case SimOperation::Group:
        return tr("Set groups of %n SIM(s)", "", n);
    case SimOperation::ServiceBlock:
        return tr("Block the service on %n SIM(s)", "", n);
    case SimOperation::ServiceUnblock:
        return tr("Unblock the service on %n SIM(s)", "", n);
    case SimOperation::FinanceBlock:
        return tr("Financially block %n SIM(s)", "", n);
    case SimOperation::FinanceUnblock:
        return tr("Lift the financial block of %n SIM(s)", "", n);
    case SimOperation::TariffFromDate:
        return tr("Change tariff of %n SIM(s) from the date", "", n);
    case SimOperation::TopUp:
        return tr("Add a top-up packet to %n SIM(s)", "", n);
    case SimOperation::InfoSms:
        return tr("Send an informational SMS to %n SIM(s)", "", n);
    }
    return {};
}

QStringList BulkOperationDialog::skippedSummary() const {
    QHash<QString, int> counts;
    QStringList order;
    for (const BulkPreview::Skip& skip : m_preview.skipped) {
        int& count = counts[skip.reason];
        if (count++ == 0)
            order.append(skip.reason);
    }
    std::stable_sort(order.begin(), order.end(), [&counts](const QString& a, const QString& b) {
        return counts.value(a) > counts.value(b);
    });
    const QLocale locale;
    QStringList lines;
    for (const QString& reason : order)
        lines.append(tr("%1 — %2", "number of skipped SIMs — why")
                         .arg(locale.toString(counts.value(reason)), reason));
    return lines;
}

QString BulkOperationDialog::skippedListText() const {
    QString text;
    for (const BulkPreview::Skip& skip : m_preview.skipped) {
        const Sim* sim = m_lookup ? m_lookup(skip.simId) : nullptr;
        text += (sim ? sim->iccid : QString::number(skip.simId)) + QLatin1Char('\t') + skip.reason +
                QLatin1Char('\n');
    }
    return text;
}

void BulkOperationDialog::copySkipped() {
    QGuiApplication::clipboard()->setText(skippedListText());
}

void BulkOperationDialog::updateState() {
    const int applicable = int(m_preview.applicable.size());
    const QString problem = m_params->problem();
    bool ready = applicable > 0 && problem.isEmpty() && m_starter;
    if (needsTypedConfirmation()) {
        // "1 500", "1,500" and "1500" all confirm 1500 SIMs.
        QString typed = m_confirm->text();
        typed.remove(QRegularExpression(QStringLiteral("[\\s\u00a0\u202f,.'\u2019]")));
        ready = ready && typed == QString::number(applicable);
    }
    m_primary->setEnabled(ready);
    QString why = problem;
    if (m_basePreview.applicable.isEmpty())
        why = tr("None of the selected SIMs can take this operation.");
    else if (applicable == 0 && problem.isEmpty())
        why = tr("The selected SIMs already are as chosen: choose a different value.");
    m_primary->setToolTip(why);
}

void BulkOperationDialog::refreshPreview() {
    m_sendParams = m_params->params();
    // Until a group changes, every SIM would be "already so": show the plain preview.
    const GroupPicker* groups = m_params->groupPicker();
    if (groups && !groups->hasChanges())
        m_preview = m_basePreview;
    else
        m_preview = BulkPreview::forParams(m_basePreview, &m_sendParams, m_lookup);

    QStringList rows;
    rows.reserve(m_preview.skipped.size());
    for (const BulkPreview::Skip& skip : std::as_const(m_preview.skipped)) {
        const Sim* sim = m_lookup ? m_lookup(skip.simId) : nullptr;
        const QString who = sim && !sim->iccid.isEmpty()
                                ? sim->iccid
                                : tr("SIM %1", "a SIM known only by its id").arg(skip.simId);
        rows.append(who + QStringLiteral(" — ") + skip.reason);
    }
    if (rows != m_skippedModel->stringList()) {
        m_skippedModel->setStringList(rows);
        // Up to eight rows tall; a short list takes only the room it needs.
        const int rowHeight = rows.isEmpty() ? m_skippedList->fontMetrics().height()
                                             : m_skippedList->sizeHintForRow(0);
        // Room for a horizontal scroll bar: long reasons may need one.
        m_skippedList->setFixedHeight(rowHeight *
                                          int(qBound(qsizetype(1), rows.size(), qsizetype(8))) +
                                      2 * m_skippedList->frameWidth() +
                                      m_skippedList->horizontalScrollBar()->sizeHint().height());
    }
    const bool anySkipped = !m_preview.skipped.isEmpty();
    m_skippedSummary->setVisible(anySkipped);
    m_showSkipped->setVisible(anySkipped);
    m_copySkipped->setVisible(anySkipped);
    m_skippedList->setVisible(anySkipped && m_showSkipped->isChecked());

    const int selected = int(m_preview.selectedCount());
    const int applicable = int(m_preview.applicable.size());
    if (m_basePreview.applicable.isEmpty())
        m_applies->setText(
            tr("None of the %Ln selected SIM(s) can take this operation.", "", selected));
    else if (applicable == 0)
        m_applies->setText(tr("Nothing to change: the selected SIMs already are as chosen."));
    else
        m_applies->setText(tr("Applies to %Ln SIM(s)", "", applicable));
    const int skipped = int(m_preview.skipped.size());
    m_skippedSummary->setText(tr("Skipped:", "SIMs left out of an operation") + QLatin1Char('\n') +
                              skippedSummary().join(QLatin1Char('\n')));
    m_showSkipped->setText(tr("Show the %Ln skipped SIM(s)", "", skipped));
    m_confirmLabel->setText(
        tr("This changes many SIMs at once. Type %1 to confirm:", "the number of SIMs")
            .arg(applicable));
    m_confirm->setPlaceholderText(QString::number(applicable));
    m_primary->setText(applicable > 0 ? actionText(m_preview.op, applicable)
                                      : SimOperations::displayName(m_preview.op));

    QStringList changes;
    if (GroupPicker* picker = m_params->groupPicker()) {
        for (auto it = m_preview.joining.cbegin(); it != m_preview.joining.cend(); ++it)
            changes.append(tr("%Ln SIM(s) join %1", "Set groups preview", it.value())
                               .arg(picker->groupName(it.key())));
        for (const QString& name : std::as_const(m_sendParams.newGroupNames))
            changes.append(
                tr("%Ln SIM(s) join %1 (new)", "Set groups preview", applicable).arg(name));
        for (auto it = m_preview.leaving.cbegin(); it != m_preview.leaving.cend(); ++it)
            changes.append(tr("%Ln SIM(s) leave %1", "Set groups preview", it.value())
                               .arg(picker->groupName(it.key())));
    }
    m_groupChanges->setText(changes.join(QLatin1Char('\n')));
    m_groupChanges->setVisible(!changes.isEmpty());
}

void BulkOperationDialog::accept() {
    if (!m_primary->isEnabled() || !m_starter)
        return;
    QString error;
    const std::optional<qint64> job = m_starter(m_preview, m_sendParams, &error);
    if (!job) {
        m_banner->showMessage(InlineBanner::Kind::Error, tr("The operation did not start"),
                              error.isEmpty() ? tr("SimFleet could not start the operation.")
                                              : error);
        return;
    }
    m_startedJob = job;
    QDialog::accept();
}

void BulkOperationDialog::retranslateUi() {
    const QString title = actionText(m_preview.op, int(m_basePreview.selectedCount()));
    setWindowTitle(title);
    m_title->setText(title);
    m_copySkipped->setText(tr("Copy skipped list"));
    m_copySkipped->setToolTip(tr("Copy the skipped SIMs' ICCIDs and reasons to the clipboard"));
    m_cancel->setText(tr("Cancel"));
    refreshPreview();
    updateState();
}

void BulkOperationDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
