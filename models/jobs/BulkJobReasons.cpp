#include "models/jobs/BulkJob.h"

#include "api/ApiError.h"

#include <QLocale>

namespace simfleet {

// The texts of jobs shown to people: counts, durations, queue statuses, and
// the reasons kept as codes (JobReason), translated when shown.

namespace {

// The skip reasons of a preview: the same context and source text as where
// they are made, so their translations are shared.
struct SkipText {
    const char* code;
    const char* context;
    const char* source;
};
constexpr SkipText kSkipTexts[] = {
    {"skip_td_only", "SimOperations",
     QT_TRANSLATE_NOOP("SimOperations", "only for TD-profile SIMs")},
    {"skip_tc_only", "SimOperations",
     QT_TRANSLATE_NOOP("SimOperations", "only for TC-profile SIMs")},
    {"skip_msu_block", "SimOperations",
     QT_TRANSLATE_NOOP("SimOperations", "blocked by MSU limit, which cannot be undone")},
    {"skip_already_active", "SimOperations", QT_TRANSLATE_NOOP("SimOperations", "already active")},
    {"skip_already_blocked", "SimOperations",
     QT_TRANSLATE_NOOP("SimOperations", "already blocked")},
    {"skip_not_found", "BulkPreview", QT_TRANSLATE_NOOP("BulkPreview", "not found in the fleet")},
    {"skip_already_in_group", "GroupMembership",
     QT_TRANSLATE_NOOP("GroupMembership", "already in this group")},
    {"skip_not_in_group", "GroupMembership",
     QT_TRANSLATE_NOOP("GroupMembership", "not in this group")},
};

constexpr ApiError::Kind kErrorKinds[] = {
    ApiError::Kind::None,         ApiError::Kind::Network,         ApiError::Kind::Timeout,
    ApiError::Kind::Unauthorized, ApiError::Kind::Forbidden,       ApiError::Kind::Validation,
    ApiError::Kind::Server,       ApiError::Kind::Malformed,       ApiError::Kind::Cancelled,
    ApiError::Kind::LocalFile,    ApiError::Kind::TooLarge,        ApiError::Kind::TooSlow,
    ApiError::Kind::ListTooLong,  ApiError::Kind::RedirectRefused, ApiError::Kind::TlsFailed,
};

constexpr int kErrorArgs = 7;

QStringList errorArgs(const ApiError& e) {
    return {ApiError::kindName(e.kind), QString::number(e.httpStatus), QString::number(e.apiCode),
            e.serverMessage, e.refusedLocally ? QStringLiteral("1") : QStringLiteral("0"),
            QString::number(e.limit),
            // Only a file error shows its detail (the file's problem); others keep it for logs.
            e.kind == ApiError::Kind::LocalFile ? e.detail : QString()};
}

// The error written by errorArgs() from args[first]; nullopt when they are unusable.
std::optional<ApiError> errorFrom(const QStringList& args, int first) {
    if (args.size() < first + kErrorArgs)
        return std::nullopt;
    ApiError e;
    bool known = false;
    for (ApiError::Kind kind : kErrorKinds) {
        if (ApiError::kindName(kind) == args.at(first)) {
            e.kind = kind;
            known = true;
        }
    }
    if (!known || e.kind == ApiError::Kind::None)
        return std::nullopt;
    e.httpStatus = args.at(first + 1).toInt();
    e.apiCode = args.at(first + 2).toInt();
    e.serverMessage = args.at(first + 3);
    e.refusedLocally = args.at(first + 4) == QLatin1String("1");
    e.limit = args.at(first + 5).toLongLong();
    e.detail = args.at(first + 6);
    return e;
}

// A part whose outcome is unknown: what happened, and what SimFleet does about it.
QString maybeQueuedText(bool checked, const QString& what) {
    if (checked)
        return QCoreApplication::translate(
                   "BulkJobRunner",
                   "%1 NovaConnect may have queued this part. SimFleet checks the SIMs: those not "
                   "seen in the requested state in time are marked unconfirmed and can then be "
                   "sent again.")
            .arg(what);
    return QCoreApplication::translate(
               "BulkJobRunner",
               "%1 NovaConnect may have queued this part, and SimFleet cannot check this "
               "operation. It is not sent again with the failed SIMs: sending it again anyway may "
               "do it twice.")
        .arg(what);
}

// The same for a per-SIM provider's change, which has no queue.
QString maybeAppliedText(bool checked, const QString& what) {
    if (checked)
        return QCoreApplication::translate(
                   "BulkJobRunner",
                   "%1 The operator may have made this change. SimFleet reads the SIM to see "
                   "whether it did.")
            .arg(what);
    return QCoreApplication::translate(
               "BulkJobRunner",
               "%1 The operator may have made this change, and SimFleet cannot check this "
               "operation. It is not sent again with the failed SIMs: sending it again anyway may "
               "do it twice.")
        .arg(what);
}

// The per-SIM reasons (codes "persim_..."); empty for an unknown one.
QString perSimReasonText(const QString& code, const QStringList& args) {
    const bool checked = !args.isEmpty() && args.at(0) == QLatin1String("checked");
    if (code == QLatin1String("persim_maybe_stopped"))
        return maybeAppliedText(
            checked, QCoreApplication::translate(
                         "BulkJobRunner", "SimFleet stopped while this change was being sent."));
    if (code == QLatin1String("persim_maybe_no_answer")) {
        const std::optional<ApiError> error = errorFrom(args, 1);
        if (!error)
            return {};
        return maybeAppliedText(
            checked,
            QCoreApplication::translate("BulkJobRunner", "No clear answer from the operator (%1).")
                .arg(error->title()));
    }
    if (code == QLatin1String("persim_not_applied"))
        return QCoreApplication::translate(
            "BulkJobRunner", "No clear answer came, and the SIM read afterwards is not in the "
                             "requested state: the change was not made. \"Retry failed\" sends "
                             "it again.");
    if (code == QLatin1String("persim_unread")) {
        const std::optional<ApiError> error = errorFrom(args, 0);
        return QCoreApplication::translate(
                   "BulkJobRunner",
                   "No clear answer came, and the SIM could not be read to check it (%1). Look "
                   "at the SIM before \"Retry failed\" sends it again.")
            .arg(error ? error->title() : QString());
    }
    return {};
}

} // namespace

QString SimResult::reasonText() const {
    const QString text = BulkJobText::reasonText(reasonCode);
    return text.isEmpty() ? reason : text;
}

void SimResult::setReason(const JobReason& why) {
    reasonCode = why;
    reason = BulkJobText::reasonText(why);
}

void SimResult::clearReason() {
    reasonCode = {};
    reason.clear();
}

QString BulkChunk::errorText() const {
    const QString text = BulkJobText::reasonText(errorCode);
    return text.isEmpty() ? error : text;
}

void BulkChunk::setError(const JobReason& why) {
    errorCode = why;
    error = BulkJobText::reasonText(why);
}

void BulkChunk::clearError() {
    errorCode = {};
    error.clear();
}

QString BulkJobText::countsText(const QMap<SimOutcome, int>& counts) {
    QStringList parts;
    for (SimOutcome outcome :
         {SimOutcome::Done, SimOutcome::Sent, SimOutcome::Unconfirmed, SimOutcome::Queued,
          SimOutcome::Pending, SimOutcome::Skipped, SimOutcome::Failed, SimOutcome::Unknown}) {
        const int n = counts.value(outcome);
        if (n <= 0)
            continue;
        switch (outcome) {
        case SimOutcome::Done:
            parts << tr("%Ln done", "count of SIMs in a job", n);
            break;
        case SimOutcome::Sent:
            parts << tr("%Ln sent", "count of SIMs in a job", n);
            break;
        case SimOutcome::Unconfirmed:
            parts << tr("%Ln unconfirmed", "count of SIMs in a job", n);
            break;
        case SimOutcome::Queued:
            parts << tr("%Ln queued", "count of SIMs in a job", n);
            break;
        case SimOutcome::Pending:
            parts << tr("%Ln waiting to be sent", "count of SIMs in a job", n);
            break;
        case SimOutcome::Skipped:
            parts << tr("%Ln skipped", "count of SIMs in a job", n);
            break;
        case SimOutcome::Failed:
            parts << tr("%Ln failed", "count of SIMs in a job", n);
            break;
        case SimOutcome::Unknown:
            parts << tr("%Ln unknown", "count of SIMs in a job whose outcome is unknown", n);
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QString BulkJobText::durationText(qint64 seconds) {
    if (seconds < 0)
        return {};
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 n) {
        return n < 10 ? locale.toString(0) + locale.toString(n) : locale.toString(n);
    };
    if (seconds < 60)
        return tr("%1 s", "duration in seconds").arg(locale.toString(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s", "duration: minutes and seconds")
            .arg(locale.toString(seconds / 60), twoDigits(seconds % 60));
    return tr("%1 h %2 min", "duration: hours and minutes")
        .arg(locale.toString(seconds / 3600), twoDigits(seconds % 3600 / 60));
}

QString BulkJobText::queueStatusText(const QString& code) {
    if (code.compare(QLatin1String("done"), Qt::CaseInsensitive) == 0)
        return tr("Done", "the provider's queue status of a SIM");
    if (code.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0)
        return tr("Error", "the provider's queue status of a SIM");
    return code;
}

JobReason BulkJobText::reason(const char* code, const QStringList& args) {
    return JobReason{QString::fromLatin1(code), args};
}

JobReason BulkJobText::apiErrorReason(const char* code, const ApiError& error,
                                      const QStringList& before) {
    return JobReason{QString::fromLatin1(code), before + errorArgs(error)};
}

JobReason BulkJobText::skipReason(const QString& translatedText) {
    for (const SkipText& entry : kSkipTexts) {
        if (QCoreApplication::translate(entry.context, entry.source) == translatedText)
            return reason(entry.code);
    }
    return {};
}

QString BulkJobText::reasonText(const JobReason& why) {
    const QString& code = why.code;
    if (code.isEmpty())
        return {};
    for (const SkipText& entry : kSkipTexts) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate(entry.context, entry.source);
    }
    const QStringList& args = why.args;
    if (code == QLatin1String("refused")) {
        const std::optional<ApiError> error = errorFrom(args, 0);
        return error ? error->userMessage() : QString();
    }
    if (code.startsWith(QLatin1String("persim_")))
        return perSimReasonText(code, args);
    if (code == QLatin1String("stopped_before_sending"))
        return QCoreApplication::translate("BulkJobRunner",
                                           "Not sent: SimFleet stopped before this part was sent.");
    const bool checked = !args.isEmpty() && args.at(0) == QLatin1String("checked");
    if (code == QLatin1String("maybe_queued_stopped"))
        return maybeQueuedText(
            checked, QCoreApplication::translate(
                         "BulkJobRunner", "SimFleet stopped while this part was being sent."));
    if (code == QLatin1String("maybe_queued_no_answer")) {
        const std::optional<ApiError> error = errorFrom(args, 1);
        if (!error)
            return {};
        return maybeQueuedText(checked,
                               QCoreApplication::translate("BulkJobRunner", "No clear answer from "
                                                                            "NovaConnect (%1).")
                                   .arg(error->title()));
    }
    if (code == QLatin1String("provider_error"))
        return QCoreApplication::translate("JobTracker",
                                           "NovaConnect reported an error for this SIM.");
    if (code == QLatin1String("unconfirmed_no_answer"))
        return QCoreApplication::translate(
            "JobTracker", "NovaConnect gave no clear answer and the requested state was "
                          "not seen before the waiting time ran out. \"Retry failed\" "
                          "sends these SIMs again.");
    if (code == QLatin1String("unconfirmed_timeout"))
        return QCoreApplication::translate("JobTracker",
                                           "The requested state was not seen before the waiting "
                                           "time ran out; check the SIM later.");
    return {};
}

} // namespace simfleet
