#pragma once

#include <QString>
#include <QTextDocument>

namespace simfleet {

// Qt shows a tooltip that looks like HTML as HTML. Tooltips that carry text
// from the server (names, tariffs, codes, messages) go through this, so that
// such text shows exactly as it was written and cannot style or load anything.
inline QString plainToolTip(const QString& text) {
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace simfleet
