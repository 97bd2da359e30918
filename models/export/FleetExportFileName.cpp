#include "models/export/FleetExporter.h"

namespace simfleet {

using namespace Qt::StringLiterals;

// The suggested file name of an export: the filter as an ASCII slug, and the date.

namespace {

// Lower-case ASCII letters and digits, other runs as one '-'; "" when nothing is left.
QString slug(const QString& text) {
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(24);
}

QString blockSlug(BlockCode block) {
    switch (block) {
    case BlockCode::None:
        return u"active"_s;
    case BlockCode::User:
        return u"blocked-user"_s;
    case BlockCode::Msu:
        return u"blocked-msu"_s;
    case BlockCode::Package:
        return u"blocked-package"_s;
    case BlockCode::Financial:
        return u"blocked-financial"_s;
    case BlockCode::Operator:
        return u"blocked-operator"_s;
    case BlockCode::Unknown:
        break;
    }
    return u"blocked"_s;
}

QString limitSlug(LimitType type) {
    switch (type) {
    case LimitType::Off:
        return u"no-limit"_s;
    case LimitType::Month:
        return u"limit-month"_s;
    case LimitType::PackageNoRenew:
        return u"package"_s;
    case LimitType::PackageAutoRenew:
        return u"package-auto"_s;
    case LimitType::Unknown:
        break;
    }
    return u"limit"_s;
}

} // namespace

QString FleetExporter::suggestedFileName(const FleetFilter& filter, const QDate& date,
                                         ExportRequest::Format format, const QString& groupName,
                                         bool selection) {
    // File names are not translated: they travel between people and systems.
    QStringList parts{u"sims"_s};
    if (selection || filter.onlyIds)
        parts << u"selected"_s;
    if (filter.profile && *filter.profile != SimProfile::Unknown)
        parts << simProfileCode(*filter.profile).toLower();
    switch (filter.status) {
    case FleetFilter::Status::Any:
        break;
    case FleetFilter::Status::Active:
        parts << u"active"_s;
        break;
    case FleetFilter::Status::BlockedAny:
        parts << u"blocked"_s;
        break;
    case FleetFilter::Status::Code:
        parts << blockSlug(filter.blockCode);
        break;
    case FleetFilter::Status::NotMsu:
        parts << u"not-msu"_s;
        break;
    }
    if (filter.groupId) {
        const QString name = slug(groupName);
        parts << (name.isEmpty() ? u"group-%1"_s.arg(*filter.groupId) : u"group-"_s + name);
    }
    if (filter.limitType)
        parts << limitSlug(*filter.limitType);
    if (const QString tariff = slug(filter.tariffName); !tariff.isEmpty())
        parts << tariff;
    if (const QString text = slug(filter.text); !text.isEmpty())
        parts << text;
    else if (!filter.text.trimmed().isEmpty())
        parts << u"search"_s;
    parts << date.toString(Qt::ISODate);
    return parts.join(u'-') + (format == ExportRequest::Format::Xlsx ? u".xlsx"_s : u".csv"_s);
}

} // namespace simfleet
