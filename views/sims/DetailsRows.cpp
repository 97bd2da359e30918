#include "views/sims/DetailsRows.h"

#include "resources/ResourceIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

DetailsRows::DetailsRows(QWidget* container)
    : m_container(container)
    , m_layout(new QVBoxLayout) {
    m_layout->setSpacing(2);
}

QLabel* DetailsRows::makeCaption() const {
    // Captions sit above their values, quieter than them.
    auto* caption = new QLabel(m_container);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setContentsMargins(0, 6, 0, 0);
    return caption;
}

QLabel* DetailsRows::addField(const char* objectName, QLabel** caption, QToolButton** button) {
    auto* value = new QLabel(m_container);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *caption = makeCaption();
    if (!button) {
        addRow(*caption, value);
        return value;
    }
    auto* tool = new QToolButton(m_container);
    tool->setIcon(ResourceIcons::icon(QStringLiteral("copy")));
    tool->setAutoRaise(true);
    *button = tool;
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(value, 1);
    row->addWidget(tool, 0, Qt::AlignTop);
    auto* box = new QWidget(m_container);
    box->setLayout(row);
    addRow(*caption, box);
    return value;
}

void DetailsRows::addRow(QWidget* caption, QWidget* value) {
    if (caption) {
        m_layout->addWidget(caption);
        // Keyed by the value: the caption shown above it.
        m_captionOf.insert(value, caption); // NOLINT(readability-suspicious-call-argument)
    }
    m_layout->addWidget(value);
}

void DetailsRows::setRowVisible(QWidget* value, bool visible) {
    value->setVisible(visible);
    if (QWidget* caption = m_captionOf.value(value))
        caption->setVisible(visible);
}

} // namespace simfleet
