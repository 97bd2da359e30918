#include "emulator/RequestJournal.h"

#include "emulator/Logging.h"

#include <QDateTime>
#include <QJsonDocument>

namespace novaemu {

namespace {

QJsonObject masked(QJsonObject body) {
    for (const char* key : {"password", "old_password"}) {
        if (body.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), QStringLiteral("***"));
    }
    return body;
}

} // namespace

RequestJournal::RequestJournal(const QString& filePath) {
    if (filePath.isEmpty())
        return;
    m_file = std::make_unique<QFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qCWarning(lcEmulator).noquote()
            << "cannot open journal file" << filePath << ":" << m_file->errorString();
        m_file.reset();
    }
}

RequestJournal::~RequestJournal() = default;

void RequestJournal::append(const Emulator::JournalEntry& entry) {
    if (m_entries.size() >= kMaxEntries)
        m_entries.remove(0, kMaxEntries / 10); // drop in batches to keep appends cheap
    m_entries.append(entry);
    if (!m_file)
        return;
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch, Qt::UTC)
                                     .toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), entry.method},
        {QStringLiteral("http"), entry.httpMethod},
        {QStringLiteral("role"), entry.role},
        {QStringLiteral("lang"), entry.lang},
        {QStringLiteral("httpStatus"), entry.httpStatus},
        {QStringLiteral("apiCode"), entry.apiCode},
        {QStringLiteral("body"), masked(entry.body)}};
    if (entry.dropped)
        line.insert(QStringLiteral("dropped"), true);
    m_file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file->flush();
}

} // namespace novaemu
