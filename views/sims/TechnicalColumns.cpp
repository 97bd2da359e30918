#include "views/sims/TechnicalColumns.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace simfleet {

TechnicalColumns::TechnicalColumns(QTableView* view, QVector<std::pair<int, QString>> columns)
    : QObject(view)
    , m_view(view)
    , m_columns(std::move(columns)) {
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TechnicalColumns::showMenu);
    setShownKeys({});
}

QStringList TechnicalColumns::shownKeys() const {
    QStringList keys;
    for (const auto& [column, key] : m_columns) {
        if (!m_view->horizontalHeader()->isSectionHidden(column))
            keys << key;
    }
    return keys;
}

void TechnicalColumns::setShownKeys(const QStringList& keys) {
    for (const auto& [column, key] : m_columns)
        setShown(column, keys.contains(key));
}

void TechnicalColumns::setShown(int column, bool shown) {
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) < 40)
        header->resizeSection(column, qMax(header->sectionSizeHint(column), 90));
}

QMenu* TechnicalColumns::createMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("technicalColumnsMenu"));
    menu->setToolTipsVisible(true);
    const QAbstractItemModel* model = m_view->model();
    for (const auto& [column, key] : m_columns) {
        QAction* action =
            menu->addAction(model ? model->headerData(column, Qt::Horizontal).toString() : key);
        action->setObjectName(key);
        action->setCheckable(true);
        action->setChecked(!m_view->horizontalHeader()->isSectionHidden(column));
        action->setToolTip(tr("A technical column, for questions to NovaConnect's support"));
        const int logical = column;
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            setShown(logical, on);
            emit changed();
        });
    }
    return menu;
}

void TechnicalColumns::showMenu(const QPoint& pos) {
    QMenu* menu = createMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

} // namespace simfleet
