#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

class QMenu;
class QPoint;
class QTableView;
class QWidget;

namespace simfleet {

// A table's technical columns (request numbers, queue ids, raw codes: what
// NovaConnect's support asks for): hidden until the user shows them from the
// header's context menu, one checkable entry per column. Each column has a
// stable key, so the owner can remember which ones are shown.
class TechnicalColumns final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TechnicalColumns)

public:
    // `columns`: (logical column, key). The view must have its model.
    TechnicalColumns(QTableView* view, QVector<std::pair<int, QString>> columns);

    QStringList shownKeys() const;
    // Shows the columns whose keys are listed and hides the other technical ones.
    void setShownKeys(const QStringList& keys);
    void setShown(int column, bool shown);

    // The header's menu; the caller owns it.
    QMenu* createMenu(QWidget* parent);

signals:
    // The user showed or hid a column from the menu.
    void changed();

private:
    void showMenu(const QPoint& pos);

    QTableView* m_view;
    QVector<std::pair<int, QString>> m_columns;
};

} // namespace simfleet
