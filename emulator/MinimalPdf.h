#pragma once

#include <QByteArray>
#include <QStringList>

namespace novaemu {

// A one-page A4 PDF with lines of text in Helvetica, written by hand. Used when no
// QGuiApplication exists (QPdfWriter needs one for fonts). Characters outside Latin-1
// become '?'.
namespace MinimalPdf {
QByteArray render(const QStringList& lines);
}

} // namespace novaemu
