#include "app/cli/Output.h"

#include "app/cli/Format.h"
#include "app/cli/TablePrinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace simfleet {

namespace {

bool isTerminal(FILE* stream) {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr) {}

Output::~Output() {
    endProgress();
    m_out.flush();
    m_err.flush();
}

bool Output::stderrIsTerminal() {
    return isTerminal(stderr);
}

bool Output::stdinIsTerminal() {
    return isTerminal(stdin);
}

void Output::json(const QJsonValue& value) {
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Output::table(const TablePrinter& table, const QString& summary) {
    table.print(m_out);
    if (!summary.isEmpty())
        m_out << Format::terminalText(summary) << '\n';
    m_out.flush();
}

void Output::fields(const FieldPrinter& fields) {
    fields.print(m_out);
    m_out.flush();
}

void Output::line(const QString& text) {
    m_out << Format::terminalText(text) << '\n';
    m_out.flush();
}

void Output::error(const QString& kind, const QString& message) {
    error(kind, message, QJsonObject());
}

void Output::error(const QString& kind, const QString& message, const QJsonObject& fields) {
    endProgress();
    if (m_json) {
        QJsonObject error{{QStringLiteral("error"), kind}, {QStringLiteral("message"), message}};
        if (!fields.isEmpty())
            error.insert(QStringLiteral("fields"), fields);
        m_err << QJsonDocument(error).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << Format::terminalText(message) << '\n';
    }
    m_err.flush();
}

void Output::warning(const QString& message) {
    endProgress();
    m_err << Format::terminalText(message) << '\n';
    m_err.flush();
}

void Output::progress(const QString& text) {
    if (!stderrIsTerminal())
        return;
    m_err << '\r' << Format::terminalText(text) << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void Output::step(const QString& text) {
    if (stderrIsTerminal()) {
        progress(text);
        return;
    }
    m_err << Format::terminalText(text) << '\n';
    m_err.flush();
}

void Output::endProgress() {
    if (!m_progressShown)
        return;
    m_err << '\n';
    m_err.flush();
    m_progressShown = false;
}

} // namespace simfleet
