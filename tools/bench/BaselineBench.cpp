#include "tools/bench/BaselineBench.h"

#include "models/fleet/FleetModel.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/BenchTableView.h"
#include "tools/bench/MetricSink.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace simfleet {

using namespace BenchSupport;

namespace {

// FleetModel hands out implicitly shared strings; a typical app parses its own,
// so the baseline must own separate copies for the memory figure to be fair.
QString ownCopy(const QString& text) {
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

QVariant ownCopy(const QVariant& value) {
    if (value.typeId() == QMetaType::QString)
        return ownCopy(value.toString());
    return value;
}

} // namespace

BaselineBench::BaselineBench(MetricSink* sink)
    : m_sink(sink) {}

BaselineBench::~BaselineBench() = default;

void BaselineBench::build(const FleetModel& fleet) {
    const qint64 residentBefore = settledResidentBytes();
    const int columns = fleet.columnCount();
    m_model = std::make_unique<QStandardItemModel>(0, columns);
    QStringList headers;
    for (int column = 0; column < columns; ++column)
        headers << fleet.headerData(column, Qt::Horizontal).toString();
    m_model->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < fleet.rowCount(); ++row) {
        QList<QStandardItem*> items;
        items.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = fleet.index(row, column);
            auto* item = new QStandardItem(ownCopy(cell.data(Qt::DisplayRole).toString()));
            item->setData(ownCopy(cell.data(FleetModel::RawValueRole)), Qt::UserRole);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSourceModel(m_model.get());
    m_view = std::make_unique<BenchTableView>();
    m_view->setModel(m_proxy.get());
    m_view->show();
    m_view->settle();
    const qint64 residentAfter = settledResidentBytes();
    m_sink->report(QStringLiteral("baseline_rss_mb"), bytesToMb(residentAfter - residentBefore),
                   QStringLiteral("MB"));
}

void BaselineBench::measureFilter(const QStringList& steps) {
    BenchTableView* view = m_view.get();
    const QVector<double> samples = timeKeystrokes(
        steps, [this](const QString& text) { m_proxy->setFilterFixedString(text); },
        [view] { view->settle(); });
    reportKeystrokes(m_sink, QStringLiteral("baseline_"), samples);
}

void BaselineBench::measureSort() {
    BenchTableView* view = m_view.get();
    measureSorts(m_sink, QStringLiteral("baseline_"), m_proxy.get(), [view] { view->settle(); });
}

} // namespace simfleet
