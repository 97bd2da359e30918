#include "views/common/ColumnChooser.h"

#include "views/sims/SimTableView.h"

#include <QHeaderView>
#include <QMenu>

namespace simfleet {

ColumnChooser::ColumnChooser(SimTableView* table)
    : QObject(table)
    , m_table(table) {
    QHeaderView* header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QMenu* ColumnChooser::createMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnChooser"));
    const QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemModel* model = m_table->model();
    if (!model)
        return menu;
    const int visible = header->count() - header->hiddenSectionCount();
    // In the order the user sees the columns.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (m_withheld.contains(column))
            continue;
        QAction* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setToolTip(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this,
            &ColumnChooser::resetColumns);
    return menu;
}

void ColumnChooser::setColumnVisible(int column, bool visible) {
    QHeaderView* header = m_table->horizontalHeader();
    if (visible && m_withheld.contains(column))
        return;
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(column, !visible);
    if (visible && header->sectionSize(column) < 20)
        m_table->applyDefaultColumnWidths();
    emit columnsChanged();
}

void ColumnChooser::resetColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionHidden(column, m_withheld.contains(column));
        const int visual = header->visualIndex(column);
        if (visual != column)
            header->moveSection(visual, column);
    }
    m_table->applyDefaultColumnWidths();
    emit columnsChanged();
}

void ColumnChooser::setWithheldColumns(const QList<int>& columns) {
    m_withheld = columns;
    applyWithheld();
}

void ColumnChooser::applyWithheld() {
    QHeaderView* header = m_table->horizontalHeader();
    for (int column : std::as_const(m_withheld)) {
        if (column >= 0 && column < header->count())
            header->setSectionHidden(column, true);
    }
}

void ColumnChooser::showMenu(const QPoint& pos) {
    QMenu* menu = createMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}

} // namespace simfleet
