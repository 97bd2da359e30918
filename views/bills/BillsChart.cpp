#include "views/bills/BillsChart.h"

#include "models/bills/BillsModel.h"
#include "models/home/MoneyText.h"
#include "views/common/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace simfleet {

BillsChart::BillsChart(BillsModel* model, QWidget* parent)
    // QChartView(parent) would make a chart that setChart() orphans.
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_series(new QStackedBarSeries)
    , m_set(new QBarSet(QString()))
    , m_unpaid(new QBarSet(QString()))
    , m_periods(new QBarCategoryAxis)
    , m_amounts(new QValueAxis) {
    setObjectName(QStringLiteral("billsChart"));
    QChart* chart = this->chart();
    // The legend names the hatched bars.
    chart->legend()->setAlignment(Qt::AlignRight); // beside: the period labels need the height
    chart->legend()->setFont(font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    Theme::keepOwnColour(m_set); // blue, unpaid red
    Theme::keepOwnColour(m_unpaid);
    m_series->append(m_set);
    m_series->append(m_unpaid);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_periods->setLabelsFont(small);
    m_periods->setLabelsAngle(-90);
    m_amounts->setLabelsFont(small);
    m_amounts->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_periods, Qt::AlignBottom);
    chart->addAxis(m_amounts, Qt::AlignLeft);
    m_series->attachAxis(m_periods);
    m_series->attachAxis(m_amounts);
    applyColours();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setMaximumHeight(210);

    auto tip = [this](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QVector<BillsModel::PeriodAmount> amounts = m_model->amountsByPeriod(kBills);
        if (index < 0 || index >= amounts.size())
            return;
        const BillsModel::PeriodAmount& a = amounts.at(index);
        QString text = tr("%1: %2", "period: amount")
                           .arg(a.period, MoneyText::format(a.amountEur, QStringLiteral("€")));
        if (a.unpaid)
            text += u'\n' + tr("Unpaid");
        QToolTip::showText(QCursor::pos(), text, this);
    };
    connect(m_set, &QBarSet::hovered, this, tip);
    connect(m_unpaid, &QBarSet::hovered, this, tip);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BillsChart::refill);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BillsChart::refill);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BillsChart::refill);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BillsChart::refill);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BillsChart::refill);
    refill();
}

void BillsChart::refill() {
    const QVector<BillsModel::PeriodAmount> amounts = m_model->amountsByPeriod(kBills);
    m_set->remove(0, m_set->count());
    m_unpaid->remove(0, m_unpaid->count());
    QStringList periods;
    QList<qreal> paid;
    QList<qreal> unpaid;
    double top = 0;
    for (const BillsModel::PeriodAmount& amount : amounts) {
        periods << amount.period;
        paid << (amount.unpaid ? 0.0 : amount.amountEur);
        unpaid << (amount.unpaid ? amount.amountEur : 0.0);
        top = qMax(top, amount.amountEur);
    }
    m_set->append(paid);
    m_unpaid->append(unpaid);
    m_set->setLabel(tr("Paid"));
    m_unpaid->setLabel(tr("Unpaid"));
    m_periods->clear();
    m_periods->append(periods);
    m_amounts->setRange(0, top > 0 ? top * 1.1 : 1);
    m_amounts->applyNiceNumbers();
    m_amounts->setTitleText(tr("EUR"));
    chart()->setToolTip(tr("Amount per period of the last %n bill(s); unpaid hatched", "", kBills));
}

int BillsChart::barCount() const {
    return m_set->count();
}

QStringList BillsChart::periods() const {
    return m_periods->categories();
}

void BillsChart::applyColours() {
    const QPalette palette = Theme::current();
    m_set->setColor(Theme::swatch(Theme::Swatch::Sky, palette));
    Theme::styleChart(chart(), palette);
    // Hatched as well as red: unpaid is not told by colour alone.
    const QColor red = Theme::swatch(Theme::Swatch::Red, palette);
    m_unpaid->setBrush(QBrush(red, Qt::BDiagPattern));
    m_unpaid->setBorderColor(red);
}

void BillsChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refill();
    else if (event->type() == QEvent::PaletteChange)
        applyColours();
    QChartView::changeEvent(event);
}

} // namespace simfleet
