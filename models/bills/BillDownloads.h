#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVector>

namespace simfleet {

class ApiCall;
class ApiClient;

// Downloads of bills' invoices (PDF) and transcripts (XLSX), one file after
// another, through BillService: each file is written through QSaveFile, so a
// cancelled or failed download leaves no file (an existing file of that name
// stays as it was). A file whose name is that of an earlier file of the same
// run, case aside, is not downloaded (a LocalFile error): it would replace
// it. Reports per-file and total progress. Only reads: a read-only session
// downloads too.
class BillDownloads final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillDownloads)

public:
    struct File {
        qint64 billId = 0;
        bool transcript = false;
        QString path; // where it is saved
    };
    struct Outcome {
        File file;
        ApiError error; // none when saved
    };

    explicit BillDownloads(ApiClient* client, QObject* parent = nullptr);
    ~BillDownloads() override;

    // Starts downloading `files`; false (nothing started) while others run or
    // when `files` is empty.
    bool start(const QVector<File>& files);
    // Stops the file in progress (it leaves no file) and skips the rest.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    const QVector<File>& files() const { return m_files; }
    // The index of the file in progress; files() size when done.
    int current() const { return m_index; }
    const QVector<Outcome>& outcomes() const { return m_outcomes; }
    int savedCount() const;
    // The total as a fraction 0..1: finished files and the current one's part.
    double totalFraction() const;

signals:
    void fileStarted(int index);
    // `total` < 0 when the server did not say.
    void fileProgress(int index, qint64 received, qint64 total);
    void fileFinished(int index, const ApiError& error);
    void finished();

private:
    void next();

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QVector<File> m_files;
    QVector<Outcome> m_outcomes;
    QSet<QString> m_taken; // the files of this run so far, by sameFileKey()
    int m_index = 0;
    double m_currentFraction = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace simfleet
