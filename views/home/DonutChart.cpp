#include "views/home/DonutChart.h"

#include "views/common/Theme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPixmap>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace simfleet {

namespace {

QIcon swatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

DonutChart::DonutChart(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_chart(new QChart)
    , m_series(new QPieSeries) {
    setObjectName(objectName);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Screenshots and tests see the final picture at once.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    // The legend is ours, beside the chart: full texts, and buttons.
    m_chart->legend()->hide();
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.95);
    m_chart->addSeries(m_series);           // takes the series
    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(180, 180);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));

    auto* legendBox = new QWidget(this);
    legendBox->setObjectName(objectName + QStringLiteral("Legend"));
    m_legend = new QVBoxLayout(legendBox);
    m_legend->setContentsMargins(0, 0, 0, 0);
    m_legend->setSpacing(0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addWidget(legendBox, 0, Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row, 1);
}

void DonutChart::setTitle(const QString& title) {
    m_title->setText(title);
}

QString DonutChart::title() const {
    return m_title->text();
}

QString DonutChart::legendText(const Part& part) {
    return tr("%1: %2", "chart legend: part of the fleet: SIM count")
        .arg(part.label, QLocale().toString(part.count));
}

QString DonutChart::toolTip(const Part& part, int total) {
    const double share = total > 0 ? 100.0 * part.count / total : 0.0;
    const QString text = tr("%1\n%Ln SIM(s), %2 % of the fleet", "chart tooltip", part.count)
                             .arg(part.label, QLocale().toString(share, 'f', share < 10 ? 1 : 0));
    return part.filter ? text + QLatin1Char('\n') + tr("Click to show them in the SIM table")
                       : text;
}

QPieSlice* DonutChart::slice(const QString& label) const {
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).label == label)
            return m_series->slices().value(i);
    }
    return nullptr;
}

void DonutChart::setParts(const QVector<Part>& parts) {
    QToolTip::hideText();
    m_series->clear();
    m_parts.clear();
    for (QPushButton* entry : std::as_const(m_entries)) {
        // Not deleted at once: this may run inside one of its signals.
        entry->hide();
        entry->deleteLater();
    }
    m_entries.clear();
    int total = 0;
    for (const Part& part : parts)
        total += part.count;
    // The gap between slices in the card's colour (the application palette:
    // this may run while a theme change reaches the widgets one by one).
    const QColor border = Theme::current().color(QPalette::Base);
    for (const Part& part : parts) {
        if (part.count <= 0)
            continue;
        m_parts.append(part);
        auto* slice = new QPieSlice(legendText(part), part.count);
        slice->setColor(part.color);
        slice->setBorderColor(border);
        slice->setExplodeDistanceFactor(0.04);
        const QString tip = toolTip(part, total);
        auto* entry = new QPushButton(swatch(part.color), legendText(part));
        entry->setObjectName(QStringLiteral("legendEntry"));
        entry->setFlat(true);
        entry->setToolTip(tip);
        entry->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
        if (part.filter) {
            const FleetFilter filter = *part.filter;
            connect(slice, &QPieSlice::clicked, this,
                    [this, filter] { emit filterRequested(filter); });
            connect(entry, &QPushButton::clicked, slice, &QPieSlice::clicked);
        } else {
            entry->setFocusPolicy(Qt::NoFocus);
        }
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip, m_view);
            else
                QToolTip::hideText();
        });
        m_series->append(slice);
        m_legend->addWidget(entry);
        m_entries.append(entry);
    }
}

} // namespace simfleet
