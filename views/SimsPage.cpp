#include "SimsPage.h"

#include "FleetLoader.h"
#include "FleetModel.h"
#include "InlineBanner.h"
#include "ResourceIcons.h"
#include "SimTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

SimsPage::SimsPage(ApiClient* client, QWidget* parent)
    : WorkspacePage(parent)
    , m_model(new FleetModel(this))
    , m_loader(new FleetLoader(client, m_model, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new InlineBanner(this))
    , m_refresh(new QToolButton(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_states(new QStackedWidget(this))
    , m_table(new SimTableView(m_states))
    , m_empty(new QWidget(m_states))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyRefresh(new QToolButton(m_empty)) {
    setObjectName(QStringLiteral("simsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->applyDefaultColumnWidths();

    m_banner->setClosable(false);
    connect(m_banner, &InlineBanner::actionTriggered, this, &SimsPage::refresh);

    for (QToolButton* button : {m_refresh, m_emptyRefresh}) {
        button->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, &SimsPage::refresh);
    }
    m_refresh->setAutoRaise(true);
    m_progress->setFixedWidth(200);
    m_progress->setTextVisible(false);
    m_progressLabel->hide();
    m_progress->hide();
    m_count->setObjectName(QStringLiteral("simCount"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_refresh);
    toolbar->addStretch(1);
    toolbar->addWidget(m_progressLabel);
    toolbar->addWidget(m_progress);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_count);

    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyRefresh, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_states, 1);

    connect(m_loader, &FleetLoader::started, this, &SimsPage::onLoadStarted);
    connect(m_loader, &FleetLoader::progress, this, &SimsPage::onLoadProgress);
    connect(m_loader, &FleetLoader::finished, this, &SimsPage::onLoadFinished);
    connect(m_model, &FleetModel::rowsInserted, this, &SimsPage::updateCount);
    connect(m_model, &FleetModel::rowsRemoved, this, &SimsPage::updateCount);

    retranslateUi();
}

SimsPage::~SimsPage() = default;

QString SimsPage::navigationTitle() const {
    return tr("SIMs", "navigation");
}

QIcon SimsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("sims"));
}

bool SimsPage::isLoading() const {
    return m_loader->isRunning();
}

void SimsPage::sessionStarted() {
    refresh();
}

void SimsPage::sessionEnded() {
    m_loader->cancel();
    m_model->clear();
    m_lastError = {};
    m_loadedOnce = false;
    m_banner->hide();
    updateState();
}

void SimsPage::refresh() {
    m_loader->start();
}

void SimsPage::cancelBackgroundWork() {
    m_loader->cancel();
}

void SimsPage::onLoadStarted() {
    m_lastError = {};
    m_banner->hide();
    onLoadProgress(0, -1);
}

void SimsPage::onLoadProgress(qint64 received, qint64 total) {
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
    updateState();
    emit backgroundProgress(tr("Loading SIMs"), received, total);
}

void SimsPage::onLoadFinished(const ApiError& error) {
    m_progressLabel->hide();
    m_progress->hide();
    emit backgroundFinished();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
        m_lastError = error;
        showError();
    } else {
        m_loadedOnce = m_loadedOnce || !error.isError();
    }
    updateCount();
    updateState();
}

void SimsPage::showError() {
    m_banner->showMessage(InlineBanner::Kind::Error, m_lastError.title(), m_lastError.userMessage(),
                          tr("Retry"));
}

void SimsPage::updateCount() {
    const int rows = m_model->rowCount();
    if (rows == 0 && isLoading()) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%Ln SIM(s)", "count of SIM cards", rows));
}

void SimsPage::updateState() {
    const bool empty =
        m_model->rowCount() == 0 && m_loadedOnce && !isLoading() && !m_lastError.isError();
    m_states->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_table));
    m_count->setVisible(!empty);
}

void SimsPage::retranslateUi() {
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the SIM list from NovaConnect (F5)"));
    m_emptyRefresh->setText(tr("Refresh"));
    m_emptyTitle->setText(tr("No SIMs in this account yet"));
    m_emptyText->setText(tr("SIM cards appear here as soon as NovaConnect assigns them to your "
                            "company."));
    m_model->retranslate();
    updateCount();
    if (m_lastError.isError())
        showError();
    if (isLoading())
        onLoadProgress(m_loader->received(), m_loader->total());
    emit navigationTitleChanged();
}

void SimsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WorkspacePage::changeEvent(event);
}
