#include "api/GroupService.h"

#include "api/ServiceSupport.h"

namespace simfleet {

using namespace ServiceSupport;

QJsonObject GroupService::filterBody(const QString& nameFilter) {
    QJsonObject body;
    if (!nameFilter.trimmed().isEmpty())
        body.insert(QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("name"), nameFilter.trimmed()}});
    return body;
}

ApiCall* GroupService::list(int page, int size, const QString& nameFilter, QObject* context,
                            std::function<void(const Result<ListPage<Group>>&)> done) {
    QJsonObject body = filterBody(nameFilter);
    body.insert(QStringLiteral("page"), page);
    body.insert(QStringLiteral("size"), size);
    return postForPage<Group>(m_client, QStringLiteral("group/list"), body, context,
                              &parseGroupPage, std::move(done));
}

PagedFetch* GroupService::fetchAll(const QString& nameFilter, QObject* context,
                                   std::function<void(const Result<ListPage<Group>>&)> done) {
    return ServiceSupport::fetchAll<Group>(m_client, QStringLiteral("group/list"),
                                           filterBody(nameFilter), 500, PagedFetch::Mode::AllCount,
                                           context, &parseGroups, std::move(done));
}

ApiCall* GroupService::create(const QString& name, QObject* context,
                              std::function<void(const Result<Group>&)> done) {
    return postForItem<Group>(m_client, QStringLiteral("group/create"),
                              QJsonObject{{QStringLiteral("name"), name.trimmed()}}, context,
                              std::move(done));
}

ApiCall* GroupService::edit(qint64 id, const QString& name, QObject* context,
                            std::function<void(const Result<Group>&)> done) {
    return postForItem<Group>(
        m_client, QStringLiteral("group/edit"),
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name.trimmed()}}, context,
        std::move(done));
}

ApiCall* GroupService::remove(qint64 id, QObject* context,
                              std::function<void(const Result<Group>&)> done) {
    return postForItem<Group>(m_client, QStringLiteral("group/remove"),
                              QJsonObject{{QStringLiteral("id"), id}}, context, std::move(done));
}

} // namespace simfleet
