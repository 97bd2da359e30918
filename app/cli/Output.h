#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace simfleet {

class FieldPrinter;
class TablePrinter;

// Where simfleet-cli writes: results on stdout (JSON or tables), errors,
// warnings and progress on stderr so pipes carry only data. Text goes out
// without control characters (Format::terminalText); JSON escapes its own.
class Output final {
    Q_DISABLE_COPY_MOVE(Output)

public:
    explicit Output(bool json);
    ~Output();

    bool isJson() const { return m_json; }

    void json(const QJsonValue& value);
    void table(const TablePrinter& table, const QString& summary);
    void fields(const FieldPrinter& fields);
    void line(const QString& text);

    // `kind` is a stable English code ("usage", "unauthorized", ...) that
    // --json mode prints next to the translated message.
    void error(const QString& kind, const QString& message);
    // --json mode: `fields` (an input field → its problems) goes with the message.
    void error(const QString& kind, const QString& message, const QJsonObject& fields);
    void warning(const QString& message);
    // A progress line that rewrites itself; shown only when stderr is a terminal.
    void progress(const QString& text);
    void endProgress();
    // A step of a longer task ("Downloading 3/12: ..."): rewritten in place
    // like progress() on a terminal, one line per step elsewhere (a log).
    void step(const QString& text);
    static bool stderrIsTerminal();
    static bool stdinIsTerminal();

private:
    bool m_json;
    bool m_progressShown = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace simfleet
