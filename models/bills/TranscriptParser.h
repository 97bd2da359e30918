#pragma once

// The workings of TranscriptReader shared by its two files
// (TranscriptReader.cpp: the package, workbook, shared strings and styles;
// TranscriptSheetReader.cpp: the sheets' cells). Not for other callers.

#include "models/bills/TranscriptCells.h"
#include "models/bills/TranscriptReader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

namespace simfleet::transcript {

// A size and a count in the locale's words, for messages.
QString bytes(qint64 count);
QString count(qint64 n);

struct Relationship {
    QString type;
    QString target; // a part name in the package
};

// The text of a <si> or <is>: its <t>, or the <t> of its runs, without the
// phonetic hints (<rPh>). Leaves the reader on the closing tag.
QString richText(QXmlStreamReader& xml);

// One reading of one file.
class Parser final {
public:
    using Error = TranscriptReader::Error;

    Parser(const TranscriptLimits& limits, const std::atomic_bool* cancel)
        : m_limits(limits)
        , m_cancel(cancel) {}

    TranscriptReader::Result run(const QByteArray& data);

private:
    bool fail(Error error, const QString& message) {
        m_result.error = error;
        m_result.message = message;
        return false;
    }
    bool cancelled() {
        return m_cancel && m_cancel->load() &&
               fail(Error::Cancelled,
                    TranscriptReader::tr("Reading the transcript was cancelled."));
    }
    bool zipFailed(ZipPackage::Status status, const QString& part);
    bool readPart(const QString& name, QByteArray* out);
    bool xmlFailed(const QXmlStreamReader& xml, const QString& part);
    bool readRelationships(const QString& part, QHash<QString, Relationship>* out);
    bool readWorkbook(const QString& part);
    bool readSharedStrings(const QString& part);
    bool readStyles(const QString& part);
    bool readSheet(const QString& part, TranscriptSheet* sheet);
    bool readCell(QXmlStreamReader& xml, const TranscriptSheet& sheet, int row, int* column,
                  TranscriptCell* cell);
    bool place(TranscriptSheet* sheet, int row, int column, TranscriptCell cell);

    const TranscriptLimits& m_limits;
    const std::atomic_bool* m_cancel;
    TranscriptReader::Result m_result;
    ZipPackage m_zip;
    QStringList m_sharedStrings;
    QVector<TranscriptCells::Format> m_styles; // by cellXfs index
    struct SheetRef {
        QString name;
        QString part;
    };
    QVector<SheetRef> m_sheetRefs;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    qint64 m_cells = 0; // the cells the sheets' rows hold, empty ones included
};

} // namespace simfleet::transcript
