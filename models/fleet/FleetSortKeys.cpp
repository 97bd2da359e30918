#include "models/fleet/FleetSortKeys.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/SimText.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <type_traits>

namespace simfleet {

namespace {

// A text column's value as RawValueRole gives it (`storage` holds it when it
// is made, not a field), and whether RawValueRole has lower-cased it already
// (the sort lower-cases it once more).
QStringView rawTextOf(const SimStore& sims, qsizetype row, int column, QString* storage,
                      bool* lowered) {
    *lowered = false;
    switch (FleetModel::Column(column)) {
    case FleetModel::Iccid:
        *storage = sims.text(row, SimStore::Text::Iccid);
        return *storage;
    case FleetModel::Number:
        *storage = sims.text(row, SimStore::Text::Number);
        return *storage;
    case FleetModel::ExternalNumber:
        *storage = sims.text(row, SimStore::Text::ExternalNumber);
        return *storage;
    case FleetModel::Name:
        *lowered = true;
        *storage = sims.text(row, SimStore::Text::Name);
        return *storage;
    case FleetModel::Profile:
        *storage = SimText::profile(sims.profile(row), sims.profileRaw(row));
        return *storage;
    case FleetModel::Tariff:
        *lowered = true;
        return sims.tariffName(row);
    case FleetModel::Groups:
        *lowered = true;
        *storage = SimText::groups(sims.groups(row));
        return *storage;
    case FleetModel::Comment:
        *lowered = true;
        *storage = sims.text(row, SimStore::Text::Comment);
        return *storage;
    default:
        return {};
    }
}

// The column's text when the store keeps it as UTF-8.
std::optional<SimStore::Text> storedTextOf(int column) {
    switch (FleetModel::Column(column)) {
    case FleetModel::Iccid:
        return SimStore::Text::Iccid;
    case FleetModel::Number:
        return SimStore::Text::Number;
    case FleetModel::ExternalNumber:
        return SimStore::Text::ExternalNumber;
    case FleetModel::Name:
        return SimStore::Text::Name;
    case FleetModel::Comment:
        return SimStore::Text::Comment;
    default:
        return std::nullopt;
    }
}

// QChar::isSpace for ASCII.
bool isAsciiSpace(char16_t unit) {
    return unit == u' ' || (unit >= u'\t' && unit <= u'\r');
}

// Appends an ASCII text lower-cased (QString::toLower changes only A-Z there,
// once or twice alike) and says whether it is blank; returns false, leaving
// `units` as it was, when the text is not ASCII. `Unit`: UTF-8 or UTF-16.
template <typename Unit>
bool appendAsciiLowered(std::vector<char16_t>& units, const Unit* text, qsizetype length,
                        bool* blank) {
    const std::size_t begin = units.size();
    units.resize(begin + std::size_t(length));
    char16_t* out = units.data() + begin;
    bool isBlank = true;
    for (qsizetype i = 0; i < length; ++i) {
        const auto unit = char16_t(std::make_unsigned_t<Unit>(text[i]));
        if (unit >= 0x80) {
            units.resize(begin);
            return false;
        }
        isBlank = isBlank && isAsciiSpace(unit);
        *out++ = unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    }
    *blank = isBlank;
    return true;
}

} // namespace

bool FleetSortKeys::isTextColumn(int column) {
    switch (FleetModel::Column(column)) {
    case FleetModel::Iccid:
    case FleetModel::Number:
    case FleetModel::ExternalNumber:
    case FleetModel::Name:
    case FleetModel::Profile:
    case FleetModel::Tariff:
    case FleetModel::Groups:
    case FleetModel::Comment:
        return true;
    default:
        return false;
    }
}

bool FleetSortKeys::numberOf(const SimStore& sims, qsizetype row, int column, double* number) {
    const bool td = sims.profile(row) == SimProfile::TD;
    switch (FleetModel::Column(column)) {
    case FleetModel::Status:
        *number = SimText::statusRank(sims.block(row));
        return true;
    case FleetModel::Balance:
        *number = sims.balance(row);
        return !td;
    case FleetModel::Msu: {
        const std::optional<qint64> msu = sims.msuValue(row);
        *number = msu ? double(*msu) : 0.0;
        return msu && !td;
    }
    case FleetModel::Limit:
        *number = SimText::limitUsage(sims.limit(row));
        return !(*number < 0);
    case FleetModel::PackageAutoRenew:
        *number = sims.packageAuto(row) ? 1 : 0;
        return true;
    case FleetModel::TariffChangeLock: {
        const std::optional<QDateTime> lock = sims.tariffChangeLock(row);
        *number = lock ? double(lock->toMSecsSinceEpoch()) : 0.0;
        return lock.has_value();
    }
    default:
        return false;
    }
}

quint64 FleetSortKeys::orderedBits(double number) {
    constexpr quint64 kSign = quint64(1) << 63;
    if (number == 0)
        number = 0.0;
    if (std::isnan(number))
        number = std::numeric_limits<double>::quiet_NaN();
    quint64 bits = 0;
    std::memcpy(&bits, &number, sizeof bits);
    // Negative numbers: flipped, so a bigger magnitude sorts first; positive
    // numbers: above every negative one.
    return (bits & kSign) != 0 ? ~bits : bits | kSign;
}

void FleetSortKeys::clear() {
    m_column = -1;
    m_isText = false;
    m_keysValid = false;
    m_presentRows = 0;
    m_distinctTexts = 0;
    m_empty.clear();
    m_keys.clear();
    m_texts.clear();
}

void FleetSortKeys::read(const SimStore& sims, int column) {
    clear();
    m_column = column;
    m_isText = isTextColumn(column);
    readRows(sims, 0);
    if (m_isText)
        rank();
    else
        m_keysValid = true;
}

void FleetSortKeys::append(const SimStore& sims) {
    const int from = size();
    if (sims.size() <= from)
        return;
    readRows(sims, from);
    if (m_isText)
        m_keysValid = false;
}

void FleetSortKeys::readRows(const SimStore& sims, int from) {
    const std::size_t n = std::size_t(sims.size());
    m_empty.reserve(n);
    m_keys.reserve(n);
    if (m_isText) {
        m_texts.offsets.reserve(n + 1);
        if (from == 0)
            reserveTextUnits(sims);
    }
    for (qsizetype row = from; row < sims.size(); ++row) {
        if (m_isText)
            appendText(sims, row);
        else
            appendNumber(sims, row);
    }
}

void FleetSortKeys::reserveTextUnits(const SimStore& sims) {
    // Room for every text at once, estimated from the first rows: growing by
    // doubling would copy the buffer and fault in fresh pages several times.
    const qsizetype probe = std::min<qsizetype>(sims.size(), 256);
    qsizetype probed = 0;
    for (qsizetype row = 0; row < probe; ++row) {
        QString storage;
        bool lowered = false;
        probed += rawTextOf(sims, row, m_column, &storage, &lowered).size();
    }
    if (probe > 0)
        m_texts.units.reserve(std::size_t(probed * sims.size() / probe * 5 / 4 + 64));
}

void FleetSortKeys::appendText(const SimStore& sims, qsizetype row) {
    std::vector<char16_t>& units = m_texts.units;
    bool blank = true;
    // ASCII, the usual case, goes straight from the store's UTF-8 (or the
    // column's text) to the keys in one pass, without a QString per row.
    bool done = false;
    if (const std::optional<SimStore::Text> field = storedTextOf(m_column)) {
        const QByteArrayView bytes = sims.utf8(row, *field);
        done = appendAsciiLowered(units, bytes.data(), bytes.size(), &blank);
    }
    if (!done) {
        QString storage;
        bool lowered = false;
        const QStringView raw = rawTextOf(sims, row, m_column, &storage, &lowered);
        done = appendAsciiLowered(units, raw.utf16(), raw.size(), &blank);
        if (!done) {
            const QString text = raw.toString();
            const QString key = lowered ? text.toLower().toLower() : text.toLower();
            units.insert(units.end(), key.utf16(), key.utf16() + key.size());
            blank = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSpace(); });
        }
    }
    m_texts.offsets.push_back(qsizetype(units.size()));
    m_presentRows += blank ? 0 : 1;
    m_empty.push_back(blank ? 1 : 0);
    m_keys.push_back(0);
}

void FleetSortKeys::appendNumber(const SimStore& sims, qsizetype row) {
    double number = 0;
    const bool present = numberOf(sims, row, m_column, &number);
    m_presentRows += present ? 1 : 0;
    m_empty.push_back(present ? 0 : 1);
    m_keys.push_back(present ? orderedBits(number) : 0);
}

int FleetSortKeys::compare(int a, int b) const {
    if (m_isText) {
        const int c = m_texts.text(a).compare(m_texts.text(b));
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    const quint64 x = key(a);
    const quint64 y = key(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

void FleetSortKeys::rank() {
    std::vector<int> rows;
    rows.reserve(m_empty.size());
    for (int row = 0; row < size(); ++row) {
        if (!isEmpty(row))
            rows.push_back(row);
    }
    m_distinctTexts = rankTexts(m_texts, rows, m_keys);
    m_keysValid = true;
}

void FleetSortKeys::rankFromOrder(const QVector<int>& sorted, bool descending) {
    quint64 texts = 0;
    int previous = -1;
    for (int row : sorted) {
        if (isEmpty(row))
            continue;
        if (previous < 0 || m_texts.text(row) != m_texts.text(previous))
            ++texts;
        m_keys[std::size_t(row)] = texts - 1;
        previous = row;
    }
    m_distinctTexts = int(texts);
    if (descending) {
        for (int row : sorted) {
            if (!isEmpty(row))
                m_keys[std::size_t(row)] = texts - 1 - m_keys[std::size_t(row)];
        }
    }
    m_keysValid = true;
}

} // namespace simfleet
