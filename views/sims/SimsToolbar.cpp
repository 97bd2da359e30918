#include "views/sims/SimsToolbar.h"

#include "resources/ResourceIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace simfleet {

SimsToolbar::SimsToolbar(QWidget* parent)
    : QWidget(parent)
    , m_refresh(new QToolButton(this))
    , m_selectAll(new QToolButton(this))
    , m_selectFromList(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_dataState(new QLabel(this))
    , m_exportLabel(new QLabel(this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportCancel(new QPushButton(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_detailsToggle(new QToolButton(this)) {
    m_refresh->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    m_selectAll->setObjectName(QStringLiteral("selectAllFiltered"));
    m_selectFromList->setObjectName(QStringLiteral("selectFromList"));
    for (QToolButton* button : {m_refresh, m_selectAll, m_selectFromList, m_export}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    connect(m_refresh, &QToolButton::clicked, this, &SimsToolbar::refreshRequested);
    connect(m_selectAll, &QToolButton::clicked, this, &SimsToolbar::selectAllRequested);
    connect(m_selectFromList, &QToolButton::clicked, this, &SimsToolbar::selectFromListRequested);
    m_dataState->hide();
    m_progress->setFixedWidth(200);
    m_progress->setTextVisible(false);
    hideLoadProgress();

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setIcon(ResourceIcons::icon(QStringLiteral("info")));
    connect(m_detailsToggle, &QToolButton::clicked, this, &SimsToolbar::detailsToggled);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QWidget* widget : {m_refresh, m_selectAll, m_selectFromList, m_export})
        layout->addWidget(widget);
    layout->addStretch(1);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_dataState, m_exportLabel, m_exportProgress, m_exportCancel, m_progressLabel,
             m_progress, m_detailsToggle})
        layout->addWidget(widget);
    retranslateUi();
}

SimsExportController::Controls SimsToolbar::exportControls() const {
    return {m_export, m_exportLabel, m_exportProgress, m_exportCancel, nullptr};
}

void SimsToolbar::setDataState(const QString& text) {
    m_dataState->setText(text);
    m_dataState->setVisible(!text.isEmpty());
}

void SimsToolbar::showLoadProgress(qint64 received, qint64 total) {
    m_received = received;
    m_total = total;
    const QLocale locale;
    if (total >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? int(qBound(qint64(0), received * 100 / total, qint64(100)))
                                       : 0);
        m_progressLabel->setText(
            tr("Loading SIMs… %1 of %2").arg(locale.toString(received), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Loading SIMs…"));
    }
    m_progressLabel->show();
    m_progress->show();
}

void SimsToolbar::hideLoadProgress() {
    m_progressLabel->hide();
    m_progress->hide();
}

void SimsToolbar::setSelectFromListAvailable(bool available) {
    m_selectFromListAvailable = available;
    m_selectFromList->setEnabled(available);
    retranslateUi();
}

void SimsToolbar::setProvider(ProviderKind provider) {
    m_provider = provider;
    retranslateUi();
}

void SimsToolbar::retranslateUi() {
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(m_provider == ProviderKind::NovaConnect
                              ? tr("Reload the SIM list from NovaConnect (F5)")
                              : tr("Reload the SIM list from the operator (F5)"));
    m_selectAll->setText(tr("Select all shown"));
    m_selectAll->setToolTip(tr("Select every SIM the filter shows (Ctrl+Shift+A)"));
    m_selectFromList->setText(tr("Select from list…"));
    m_selectFromList->setToolTip(
        m_selectFromListAvailable
            ? tr("Select SIMs by a pasted or imported list of ICCIDs, numbers or ids")
            : tr("Not available while NovaConnect filters this very large fleet."));
    m_detailsToggle->setText(tr("Details", "show or hide the details pane"));
    m_detailsToggle->setToolTip(tr("Show or hide the details of the current SIM beside the "
                                   "table"));
    if (!m_progress->isHidden())
        showLoadProgress(m_received, m_total);
}

void SimsToolbar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
