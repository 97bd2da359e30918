#include "emulator/InvoicePdf.h"

#include "emulator/MinimalPdf.h"
#include "emulator/ProviderCalendar.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace novaemu {

namespace {

struct Line {
    QString label;
    QString value;
};

// The provider prints its own calendar dates.
QString date(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, ProviderCalendar::zone())
        .toString(QStringLiteral("dd.MM.yyyy"));
}

QString money(double amount, const QString& currency, Lang lang) {
    const QLocale locale = lang == Lang::En ? QLocale(QLocale::English) : QLocale(QLocale::Russian);
    return locale.toString(amount, 'f', 2) + u' ' + currency;
}

QString title(const BillRecord& bill, Lang lang) {
    return lang == Lang::En ? QStringLiteral("Invoice No. %1").arg(bill.bid)
                            : QStringLiteral("Счёт на оплату № %1").arg(bill.bid);
}

QList<Line> facts(const BillRecord& bill, const CompanyRecord& company, Lang lang) {
    const bool en = lang == Lang::En;
    const QString paid = bill.paided > 0
                             ? (en ? QStringLiteral("Paid on %1") : QStringLiteral("Оплачен %1"))
                                   .arg(date(bill.paided))
                             : (en ? QStringLiteral("Not paid") : QStringLiteral("Не оплачен"));
    return {
        {en ? QStringLiteral("Supplier") : QStringLiteral("Поставщик"),
         QStringLiteral("NovaConnect LLP, Almaty")},
        {en ? QStringLiteral("Customer") : QStringLiteral("Покупатель"), company.name},
        {en ? QStringLiteral("Tax ID") : QStringLiteral("БИН"), company.uniqueId},
        {en ? QStringLiteral("Contract") : QStringLiteral("Договор"), company.contract},
        {en ? QStringLiteral("Bill number") : QStringLiteral("Номер счёта"), bill.bid},
        {en ? QStringLiteral("Period") : QStringLiteral("Период"), bill.period},
        {en ? QStringLiteral("Issue date") : QStringLiteral("Дата выставления"), date(bill.added)},
        {en ? QStringLiteral("Amount, EUR") : QStringLiteral("Сумма, EUR"),
         money(bill.cost, QStringLiteral("EUR"), lang)},
        {en ? QStringLiteral("Exchange rate") : QStringLiteral("Курс"),
         QStringLiteral("1 EUR = %1 %2")
             .arg(QString::number(bill.valuteCourse, 'f', 2), bill.currency)},
        {en ? QStringLiteral("Amount due") : QStringLiteral("К оплате"),
         money(bill.valuteCost, bill.currency, lang)},
        {en ? QStringLiteral("Status") : QStringLiteral("Статус"), paid},
    };
}

QByteArray renderWithQt(const BillRecord& bill, const CompanyRecord& company, Lang lang) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(title(bill, lang));
        writer.setCreator(QStringLiteral("SimFleet NovaConnect emulator"));
        QPainter painter(&writer);
        const int width = writer.width();
        QFont heading(QStringLiteral("DejaVu Sans"), 18, QFont::Bold);
        QFont body(QStringLiteral("DejaVu Sans"), 11);
        painter.setFont(heading);
        int y = 120;
        painter.drawText(QRect(0, y, width, 120), Qt::AlignLeft | Qt::AlignVCenter,
                         title(bill, lang));
        y += 200;
        painter.setFont(body);
        const int rowHeight = 70;
        for (const Line& line : facts(bill, company, lang)) {
            painter.drawText(QRect(0, y, width / 3, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             line.label);
            painter.drawText(QRect(width / 3, y, width * 2 / 3, rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, line.value);
            y += rowHeight;
            painter.drawLine(0, y, width, y);
            y += 10;
        }
        painter.end();
    }
    return bytes;
}

} // namespace

QByteArray InvoicePdf::render(const BillRecord& bill, const CompanyRecord& company, Lang lang) {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return renderWithQt(bill, company, lang);
    QStringList lines{title(bill, Lang::En), QString()};
    for (const Line& line : facts(bill, company, Lang::En))
        lines.append(line.label + QStringLiteral(": ") + line.value);
    return MinimalPdf::render(lines);
}

} // namespace novaemu
