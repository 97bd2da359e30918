#pragma once

#include <QString>

namespace simfleet {

// One cell of an exported table, as both the CSV and the XLSX writers take it.
struct ExportCell {
    enum class Kind : quint8 { Empty, Text, Number };
    enum class Style : quint8 {
        Normal,
        Header, // bold
        Text,   // digits a spreadsheet must keep as text: ICCIDs, IMSIs, phone numbers
    };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    Style style = Style::Normal;

    static ExportCell empty() { return {}; }
    static ExportCell fromText(QString text, Style style = Style::Normal) {
        return {Kind::Text, std::move(text), 0, style};
    }
    static ExportCell fromNumber(double number) {
        return {Kind::Number, {}, number, Style::Normal};
    }
};

} // namespace simfleet
