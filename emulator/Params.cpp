#include "emulator/Params.h"

#include "emulator/Reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace novaemu {

bool Params::toInt(const QJsonValue& value, int* out) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max())
        return false;
    *out = int(d);
    return true;
}

Params::Error Params::paging(const ApiContext& ctx, bool required, int defaultSize, int maxSize,
                             Paging* out) {
    const QJsonValue page = ctx.body.value(QStringLiteral("page"));
    const QJsonValue size = ctx.body.value(QStringLiteral("size"));
    if (required && (page.isUndefined() || page.isNull() || size.isUndefined() || size.isNull()))
        return Reply::invalid(ctx, Msg::PagingRequired);
    out->page = 0;
    out->size = defaultSize;
    if (!page.isUndefined() && !page.isNull() && (!toInt(page, &out->page) || out->page < 0))
        return Reply::invalid(ctx, Msg::PagingInvalid);
    if (!size.isUndefined() && !size.isNull() && (!toInt(size, &out->size) || out->size < 1))
        return Reply::invalid(ctx, Msg::PagingInvalid);
    out->size = qMin(out->size, maxSize);
    return std::nullopt;
}

Params::Error Params::requiredInt(const ApiContext& ctx, const QJsonObject& object,
                                  const QString& key, const QString& display, int* out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return Reply::invalid(ctx, Msg::FieldRequired, display);
    if (!toInt(value, out))
        return Reply::invalid(ctx, Msg::FieldInvalid, display);
    return std::nullopt;
}

Params::Error Params::optionalString(const ApiContext& ctx, const QJsonObject& object,
                                     const QString& key, std::optional<QString>* out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return Reply::invalid(ctx, Msg::FieldInvalid, key);
    *out = value.toString();
    return std::nullopt;
}

Params::Error Params::optionalBool(const ApiContext& ctx, const QJsonObject& object,
                                   const QString& key, std::optional<bool>* out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        return Reply::invalid(ctx, Msg::FieldInvalid, key);
    *out = value.toBool();
    return std::nullopt;
}

Params::Error Params::items(const ApiContext& ctx, QList<int>* out) {
    const QJsonValue value = ctx.body.value(QStringLiteral("items"));
    if (value.isUndefined() || value.isNull())
        return Reply::invalid(ctx, Msg::FieldRequired, QStringLiteral("items"));
    if (!value.isArray())
        return Reply::invalid(ctx, Msg::ItemsNotInts);
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return Reply::invalid(ctx, Msg::ItemsEmpty);
    QSet<int> seen;
    out->clear();
    out->reserve(array.size());
    for (const auto& v : array) {
        int id = 0;
        if (!toInt(v, &id))
            return Reply::invalid(ctx, Msg::ItemsNotInts);
        if (!seen.contains(id)) {
            seen.insert(id);
            out->append(id);
        }
    }
    return std::nullopt;
}

} // namespace novaemu
