#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace simfleet {

// The filter field of a list page (Users, Groups, Bills, Reports): a search
// icon and a clear button; Esc in it clears it; Ctrl+F (QKeySequence::Find)
// anywhere in the page's window, while the page is shown, puts the cursor in
// it with its text selected.
namespace FilterField {

void setUp(QLineEdit* field, QWidget* page, const QString& objectName);
// The hint shown in the empty field, and its name for screen readers.
void setPlaceholder(QLineEdit* field, const QString& text);
// Wide enough for its placeholder text (call after setting it), at least 260 px.
void fitToPlaceholder(QLineEdit* field);

} // namespace FilterField

} // namespace simfleet
