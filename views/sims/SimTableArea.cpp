#include "views/sims/SimTableArea.h"

#include "models/fleet/FleetModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/ColumnChooser.h"
#include "views/common/EmptyState.h"
#include "views/sims/LimitBarDelegate.h"
#include "views/sims/SimTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace simfleet {

SimTableArea::SimTableArea(QAbstractItemModel* model, QWidget* parent)
    : QStackedWidget(parent)
    , m_table(new SimTableView(this))
    , m_columnChooser(new ColumnChooser(m_table))
    , m_empty(new EmptyState(this))
    , m_noMatch(new EmptyState(this)) {
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(FleetModel::Limit, new LimitBarDelegate(m_table));
    m_table->applyDefaultColumnWidths();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SimTableArea::columnsChanged);
    connect(header, &QHeaderView::sectionMoved, this, &SimTableArea::columnsChanged);
    connect(header, &QHeaderView::sectionResized, this, &SimTableArea::columnsChanged);
    connect(m_columnChooser, &ColumnChooser::columnsChanged, this, &SimTableArea::columnsChanged);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->titleLabel()->setObjectName(QStringLiteral("emptyTitle"));
    m_empty->setActionIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    connect(m_empty, &EmptyState::actionTriggered, this, &SimTableArea::refreshRequested);
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->titleLabel()->setObjectName(QStringLiteral("noMatchTitle"));
    m_noMatch->actionButton()->setObjectName(QStringLiteral("noMatchClear"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, &SimTableArea::clearFilterRequested);
    addWidget(m_table);
    addWidget(m_empty);
    addWidget(m_noMatch);
    retranslateUi();
}

void SimTableArea::setModel(QAbstractItemModel* model) {
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray columns = header->saveState();
    QItemSelectionModel* oldSelection = m_table->selectionModel();
    m_table->setModel(model);
    delete oldSelection;
    header->restoreState(columns);
}

void SimTableArea::showState(State state) {
    QWidget* widget = m_table;
    if (state == State::Empty)
        widget = m_empty;
    else if (state == State::NoMatch)
        widget = m_noMatch;
    if (currentWidget() != widget)
        setCurrentWidget(widget);
}

void SimTableArea::setProvider(ProviderKind provider) {
    m_provider = provider;
    retranslateUi();
}

void SimTableArea::retranslateUi() {
    m_noMatch->setTitle(tr("No SIMs match this filter"));
    m_noMatch->setActionText(tr("Clear filter"));
    m_empty->setActionText(tr("Refresh"));
    m_empty->setTitle(tr("No SIMs in this account yet"));
    m_empty->setText(m_provider == ProviderKind::NovaConnect
                         ? tr("SIM cards appear here as soon as NovaConnect assigns them to your "
                              "company.")
                         : tr("SIM cards appear here as soon as the operator assigns them to your "
                              "company."));
}

void SimTableArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}

} // namespace simfleet
