#include "views/sims/ProviderDetailsSection.h"

#include "models/fleet/ProviderExtras.h"
#include "models/fleet/TariffCatalog.h"
#include "views/sims/SimTableView.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace simfleet {

ProviderDetailsSection::ProviderDetailsSection(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_rowsLayout(new QVBoxLayout) {
    setObjectName(QStringLiteral("providerDetails"));
    m_title->setObjectName(QStringLiteral("providerDetailsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(0, 10, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addLayout(m_rowsLayout);
    m_title->setText(tr("Provider details"));
    hide();
}

void ProviderDetailsSection::setTariffCatalog(TariffCatalog* tariffs) {
    if (m_tariffs)
        disconnect(m_tariffs, nullptr, this, nullptr);
    m_tariffs = tariffs;
    if (m_tariffs)
        connect(m_tariffs, &TariffCatalog::changed, this, &ProviderDetailsSection::showExtras);
    showExtras();
}

void ProviderDetailsSection::setExtras(const QJsonObject& extras) {
    m_extras = extras;
    showExtras();
}

QString ProviderDetailsSection::valueText(const QString& key) const {
    for (const Row& row : m_rows) {
        if (row.key == key && !row.value->isHidden())
            return row.value->text();
    }
    return {};
}

QString ProviderDetailsSection::captionText(const QString& key) const {
    for (const Row& row : m_rows) {
        if (row.key == key && !row.caption->isHidden())
            return row.caption->text();
    }
    return {};
}

void ProviderDetailsSection::showExtras() {
    const QVector<ProviderExtras::Line> lines = ProviderExtras::lines(m_extras, m_tariffs);
    while (m_rows.size() < lines.size()) {
        // As the pane's own rows (DetailsRows): a quiet caption above a selectable value.
        auto* caption = new QLabel(this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setContentsMargins(0, 6, 0, 0);
        caption->setTextFormat(Qt::PlainText);
        auto* value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        m_rowsLayout->addWidget(caption);
        m_rowsLayout->addWidget(value);
        m_rows.append({caption, value, QString()});
    }
    const QFont mono = MonospaceColumnsDelegate::monospaceFont(font());
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const bool used = i < lines.size();
        row.caption->setVisible(used);
        row.value->setVisible(used);
        if (!used) {
            row.key.clear();
            continue;
        }
        const ProviderExtras::Line& line = lines.at(i);
        row.key = line.key;
        row.caption->setText(line.caption + QLatin1Char(':'));
        row.value->setText(line.value);
        row.value->setFont(line.identifier ? mono : font());
        row.value->setObjectName(QStringLiteral("providerDetail_") + line.key);
        row.value->setAccessibleName(line.caption);
    }
    setVisible(!lines.isEmpty());
}

void ProviderDetailsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Provider details"));
        showExtras();
    }
    QWidget::changeEvent(event);
}

} // namespace simfleet
