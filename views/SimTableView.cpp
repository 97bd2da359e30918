#include "SimTableView.h"

#include "FleetModel.h"
#include "SimText.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHeaderView>
#include <QLineEdit>

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
    : QTableView(parent) {
    setItemDelegate(new MonospaceColumnsDelegate(this));
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
