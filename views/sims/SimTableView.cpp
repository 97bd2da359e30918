#include "views/sims/SimTableView.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/SimText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

#include <algorithm>

namespace simfleet {

bool MonospaceColumnsDelegate::isMonospaceColumn(int column) {
    return column == FleetModel::Iccid || column == FleetModel::Number ||
           column == FleetModel::ExternalNumber;
}

QFont MonospaceColumnsDelegate::monospaceFont(const QFont& like) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Some platforms (and the offscreen one) answer with a proportional font.
    if (!QFontInfo(font).fixedPitch()) {
        font = like;
        font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                          QStringLiteral("Noto Mono"), QStringLiteral("monospace")});
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    if (like.pointSizeF() > 0)
        font.setPointSizeF(like.pointSizeF());
    else if (like.pixelSize() > 0)
        font.setPixelSize(like.pixelSize());
    return font;
}

MonospaceColumnsDelegate::MonospaceColumnsDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void MonospaceColumnsDelegate::initStyleOption(QStyleOptionViewItem* option,
                                               const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isMonospaceColumn(index.column()))
        return;
    // Resolving a font is costly; the view's font rarely changes.
    if (!m_monoValid || option->font != m_monoFor) {
        m_monoFor = option->font;
        m_mono = monospaceFont(option->font);
        m_monoValid = true;
    }
    option->font = m_mono;
}

SimTableView::SimTableView(QWidget* parent)
    : QTableView(parent)
    , m_copyIccids(new QAction(this)) {
    setItemDelegate(new MonospaceColumnsDelegate(this));
    // Tab moves to the next pane; walking cells also collapsed a selection of many rows.
    setTabKeyNavigation(false);
    m_copyIccids->setObjectName(QStringLiteral("copyIccidsAction"));
    // Shown in the menu; keyPressEvent() does the copying, before QTableView
    // copies the current cell.
    m_copyIccids->setShortcut(QKeySequence::Copy);
    connect(m_copyIccids, &QAction::triggered, this, &SimTableView::copySelectedIccids);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Only cells the model flags editable (the Name column, when renaming is allowed).
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setIconSize(QSize(16, 16));

    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->hide();

    QHeaderView* columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    // No sort indicator until the user asks: rows keep their arrival order.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    applyDefaultColumnWidths();
    retranslateUi();
}

QStringList SimTableView::selectedIccids() const {
    QStringList iccids;
    if (!model() || !selectionModel())
        return iccids;
    QVector<int> rows;
    for (const QItemSelectionRange& range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    iccids.reserve(rows.size());
    for (int row : std::as_const(rows))
        iccids.append(model()->index(row, FleetModel::Iccid).data().toString());
    return iccids;
}

bool SimTableView::copySelectedIccids() {
    const QStringList iccids = selectedIccids();
    if (iccids.isEmpty())
        return false;
    QApplication::clipboard()->setText(iccids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return true;
}

void SimTableView::enterFromSearch() {
    setFocus(Qt::TabFocusReason);
    if (!model() || model()->rowCount() == 0)
        return;
    QItemSelectionModel* selection = selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (selection->hasSelection()) {
        // Only where the keyboard continues from; the selection stays as it is.
        if (!current.isValid() || !selection->isRowSelected(current.row(), QModelIndex())) {
            const QModelIndex first = selection->selectedRows().value(0);
            if (first.isValid())
                selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        }
    } else {
        const QModelIndex row = current.isValid() ? current : model()->index(0, 0);
        selection->setCurrentIndex(row,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    scrollTo(selection->currentIndex());
}

void SimTableView::showContextMenuAtCurrentRow() {
    QModelIndex at = currentIndex();
    if (!at.isValid() && selectionModel())
        at = selectionModel()->selectedRows().value(0);
    QPoint pos(viewport()->width() / 2, 0);
    if (at.isValid()) {
        scrollTo(at);
        const QRect row = visualRect(at);
        pos = QPoint(qBound(0, row.left() + row.width() / 2, viewport()->width()), row.bottom());
    }
    showContextMenu(viewport()->mapToGlobal(pos));
}

void SimTableView::showContextMenu(const QPoint& globalPos) {
    if (contextMenuPolicy() == Qt::PreventContextMenu || contextMenuPolicy() == Qt::NoContextMenu)
        return;
    const bool selected = selectionModel() && selectionModel()->hasSelection();
    m_copyIccids->setEnabled(selected);
    // Disabled, it says why.
    m_copyIccids->setToolTip(selected ? m_copyIccids->statusTip()
                                      : tr("Select one or more SIMs first."));
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("simTableMenu"));
    // Disabled operations say why in their tooltips.
    menu.setToolTipsVisible(true);
    menu.addAction(m_copyIccids);
    if (contextMenuPolicy() == Qt::ActionsContextMenu && !actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(actions());
    }
    menu.exec(globalPos);
}

bool SimTableView::event(QEvent* event) {
    if (event->type() == QEvent::ContextMenu) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        // The platform's own event for the Menu key: keyPressEvent() opens the menu.
        if (menuEvent->reason() == QContextMenuEvent::Keyboard && menuEvent->spontaneous()) {
            event->accept();
            return true;
        }
        if (contextMenuPolicy() != Qt::CustomContextMenu) {
            showContextMenu(menuEvent->globalPos());
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

bool SimTableView::viewportEvent(QEvent* event) {
    // QAbstractScrollArea hands a viewport's context menu to QWidget::event directly.
    if (event->type() == QEvent::ContextMenu && contextMenuPolicy() != Qt::CustomContextMenu)
        return SimTableView::event(event);
    return QTableView::viewportEvent(event);
}

void SimTableView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelectedIccids();
        event->accept();
        return;
    }
    const bool menuKey = event->key() == Qt::Key_Menu && event->modifiers() == Qt::NoModifier;
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (menuKey || shiftF10) {
        event->accept();
        showContextMenuAtCurrentRow();
        return;
    }
    QTableView::keyPressEvent(event);
}

void SimTableView::retranslateUi() {
    m_copyIccids->setText(tr("&Copy ICCIDs"));
    m_copyIccids->setStatusTip(tr("SIM table: copy the ICCIDs of the selected SIMs, one per line"));
    m_copyIccids->setToolTip(m_copyIccids->statusTip());
}

void SimTableView::applyDefaultColumnWidths() {
    const QFontMetrics metrics(font());
    const QFontMetrics mono(MonospaceColumnsDelegate::monospaceFont(font()));
    verticalHeader()->setDefaultSectionSize(qMax(metrics.height(), mono.height()) + 8);

    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    auto headerWidth = [this, &metrics](int column) {
        const QString text =
            model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
        // Margins and room for the sort arrow.
        return metrics.horizontalAdvance(text) + 28;
    };
    int statusWidth = 0;
    for (BlockCode block : {BlockCode::None, BlockCode::User, BlockCode::Msu, BlockCode::Package,
                            BlockCode::Financial, BlockCode::Operator})
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(SimText::status(block)));
    statusWidth += iconSize().width() + padding;
    const int x = metrics.horizontalAdvance(QLatin1Char('x'));
    SimLimit sampleLimit;
    sampleLimit.type = LimitType::PackageAutoRenew;
    sampleLimit.valueMb = 1000;
    sampleLimit.usedMb = 999.9;

    const struct {
        FleetModel::Column column;
        int width;
    } widths[] = {
        {FleetModel::Iccid,
         mono.horizontalAdvance(QStringLiteral("89700000000000000000")) + padding},
        {FleetModel::Number, mono.horizontalAdvance(QStringLiteral("77010000000")) + padding},
        {FleetModel::ExternalNumber,
         mono.horizontalAdvance(QStringLiteral("7701000000000")) + padding},
        {FleetModel::Name, x * 22},
        {FleetModel::Profile, 0},
        {FleetModel::Status, statusWidth},
        {FleetModel::Balance,
         metrics.horizontalAdvance(SimText::money(999.99, QStringLiteral("EUR"))) + padding},
        {FleetModel::Msu, metrics.horizontalAdvance(QStringLiteral("000000")) + padding},
        {FleetModel::Limit,
         metrics.horizontalAdvance(SimText::limitSummary(sampleLimit)) + padding + 44},
        {FleetModel::Tariff, x * 15},
        {FleetModel::PackageAutoRenew, qMax(metrics.horizontalAdvance(SimText::yesNo(true)),
                                            metrics.horizontalAdvance(SimText::yesNo(false))) +
                                           padding},
        {FleetModel::TariffChangeLock,
         metrics.horizontalAdvance(SimText::shortDate(QDateTime(QDate(2026, 12, 31), QTime()))) +
             padding},
        {FleetModel::Groups, x * 22},
    };
    for (const auto& entry : widths)
        setColumnWidth(entry.column, qMax(entry.width, headerWidth(entry.column)));
}

void SimTableView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        applyDefaultColumnWidths();
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableView::changeEvent(event);
}

void SimTableView::commitData(QWidget* editor) {
    // Not QTableView::commitData: the model must keep the old name until
    // NovaConnect accepts the new one.
    const auto* line = qobject_cast<QLineEdit*>(editor);
    const QModelIndex index = currentIndex();
    if (!line || !index.isValid() || index.column() != FleetModel::Name)
        return;
    const QString oldName = index.data(Qt::EditRole).toString();
    const QString newName = line->text().trimmed();
    if (newName == oldName.trimmed())
        return;
    emit nameEdited(index.data(FleetModel::SimIdRole).toLongLong(), newName);
}

} // namespace simfleet
