#pragma once

#include "api/ListPage.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/cli/TablePrinter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace simfleet {

// How one kind of record is shown: as a table row (or field list) and as a
// JSON object. The printers below end the command successfully.
template <typename T> struct RecordView {
    QList<TablePrinter::Column> columns;
    std::function<QStringList(const T&)> cells;
    std::function<QJsonObject(const T&)> json;
};

// Every item: a JSON array, or a table followed by `summary`.
template <typename T>
void printList(Invocation& inv, const ListPage<T>& page, const RecordView<T>& view,
               const QString& summary) {
    inv.warnAboutProblems(page.problems);
    if (inv.isJson()) {
        QJsonArray items;
        for (const T& item : page.items)
            items.append(view.json(item));
        inv.out().json(items);
    } else {
        TablePrinter table(view.columns);
        for (const T& item : page.items)
            table.addRow(view.cells(item));
        inv.out().table(table, summary);
    }
    inv.finish(ExitCode::Ok);
}

// One item: a JSON object, or `message` (when given) and one line per field.
template <typename T>
void printRecord(Invocation& inv, const T& item, const RecordView<T>& view,
                 const QString& message = {}) {
    if (inv.isJson()) {
        inv.out().json(view.json(item));
    } else {
        if (!message.isEmpty())
            inv.out().line(message);
        FieldPrinter fields;
        const QStringList cells = view.cells(item);
        for (qsizetype i = 0; i < view.columns.size(); ++i)
            fields.add(view.columns.at(i).title, cells.value(i));
        inv.out().fields(fields);
    }
    inv.finish(ExitCode::Ok);
}

// A result callback that prints the record a call returned, after `message`.
// `view` must outlive the call (the views are function-local statics).
template <typename T>
std::function<void(const Result<T>&)> recordPrinter(Invocation& inv, const RecordView<T>& view,
                                                    const QString& message) {
    Invocation* invocation = &inv;
    return inv.onSuccess<T>([invocation, &view, message](const T& item) {
        printRecord(*invocation, item, view, message);
    });
}

} // namespace simfleet
