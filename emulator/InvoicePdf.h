#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/Records.h"

#include <QByteArray>

namespace novaemu {

// The invoice of one bill as an A4 PDF. Uses QPdfWriter when a QGuiApplication exists (fonts
// need one); otherwise falls back to a small hand-written PDF with the same facts in ASCII.
namespace InvoicePdf {

QByteArray render(const BillRecord& bill, const CompanyRecord& company, Lang lang);

} // namespace InvoicePdf

} // namespace novaemu
