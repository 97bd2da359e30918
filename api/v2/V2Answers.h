#pragma once

#include "api/ApiCall.h"
#include "api/ParseReport.h"
#include "api/Sim.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace simfleet {

struct V2SmallPacket {
    qint64 id = 0;
    QString name;
    std::optional<qint64> internetMb;
    std::optional<double> price;
};

// A tariff ("packet") of the second operator.
struct V2Packet {
    qint64 id = 0;
    QString name;
    std::optional<double> price;
    std::optional<qint64> internetMb, minutes, sms;
    QVector<V2SmallPacket> smallPackets;
};

// One page of `sim/list`, Laravel style: `data` with `meta` (current_page,
// last_page, per_page, total) or `links` (next), or a bare list (then a short
// page ends it).
struct V2SimPage {
    QVector<Sim> sims;
    qint64 entries = 0; // entries in the page before any was dropped
    std::optional<int> lastPage;
    std::optional<qint64> total;
    std::optional<bool> hasNext; // from links.next, when sent
    ParseProblems problems;
};

// One row of the internet usage records (`cdr/internet`).
struct V2CdrRow {
    QString number;
    QDate date;
    qint64 bytes = 0;
    std::optional<qint64> sessions;
};

// Reading the second operator's answers: every guess of docs/api-v2-notes.md
// ("Answers") is made here and nowhere else.
namespace V2Answers {

// The answer's payload: the value under `data` when the body is an object
// with one, else the body itself. Not JSON: nullopt and *problem.
std::optional<QJsonValue> payload(const QByteArray& body, QString* problem);
// A SIM: the number (`number`, `msisdn` or `phone`) is required and becomes
// the row id; `status`, `finance_blocked` and `services` give the block state;
// `packet` / `packet_id` / `tariff` the tariff (named from `packetNames`);
// fields no column holds are kept in Sim::extras for the details pane.
std::optional<Sim> simFromJson(const QJsonObject& o, QString* problem,
                               const QHash<qint64, QString>& packetNames = {});
Result<V2SimPage> simPage(const QByteArray& body, const QHash<qint64, QString>& packetNames = {});
Result<Sim> sim(const QByteArray& body, const QHash<qint64, QString>& packetNames = {});
Result<QVector<V2Packet>> packets(const QByteArray& body);
// `token`, `access_token` or `data.token`.
Result<QString> token(const QByteArray& body);
Result<QVector<V2CdrRow>> cdr(const QByteArray& body, ParseProblems* problems = nullptr);

} // namespace V2Answers

} // namespace simfleet
