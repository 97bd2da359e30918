#include "models/common/ColumnTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace simfleet;

namespace {

struct Item {
    qint64 id = 0;
    QString name;
    int count = 0;
};

bool sameItem(const Item& a, const Item& b) {
    return a.id == b.id && a.name == b.name && a.count == b.count;
}

enum Column { Name, Count, ColumnCount };
enum Role { IdRole = ColumnTableRoles::FirstCustomRole };

// The header's words as a language switch would change them.
QString g_language = QStringLiteral("en");

QVector<TableColumn<Item>> itemColumns() {
    using ItemColumn = TableColumn<Item>;
    return {
        ItemColumn(
            [] {
                return g_language == QLatin1String("en") ? QStringLiteral("Name")
                                                         : QStringLiteral("Имя");
            },
            [](const Item& item) { return item.name; })
            .withToolTip([](const Item& item) { return QStringLiteral("About %1").arg(item.name); })
            .withForeground([](const Item& item) -> QVariant {
                return item.count == 0 ? QVariant(QBrush(Qt::gray)) : QVariant();
            }),
        ItemColumn([] { return QStringLiteral("Count"); },
                   [](const Item& item) { return QString::number(item.count); })
            .withRawValue([](const Item& item) { return item.count; })
            .withDecoration([](const Item&) { return QVariant(); })
            .alignedRight(),
    };
}

Item item(qint64 id, const QString& name, int count = 1) {
    return Item{id, name, count};
}

struct ItemModel {
    ItemModel() {
        model.setColumns(itemColumns());
        model.setRowKey([](const Item& item) { return item.id; });
        model.setRowRole(IdRole, [](const Item& item) { return item.id; });
    }
    ColumnTableModel<Item> model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

QPair<int, int> rangeOf(const QList<QVariant>& signalArguments) {
    return {signalArguments.at(0).toModelIndex().row(), signalArguments.at(1).toModelIndex().row()};
}

} // namespace

class TestColumnTableModel final : public QObject {
    Q_OBJECT

private slots:
    void columns_giveHeadersAndCells() {
        ItemModel m;
        m.model.setRows({item(1, QStringLiteral("alpha"), 9), item(2, QStringLiteral("beta"), 0)});
        QCOMPARE(m.model.columnCount(), int(ColumnCount));
        QCOMPARE(m.model.rowCount(), 2);
        QCOMPARE(m.model.headerData(Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(m.model.index(0, Name).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(m.model.index(0, Name).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("About alpha"));
        QVERIFY(!m.model.index(0, Count).data(Qt::ToolTipRole).isValid());
        QCOMPARE(m.model.index(0, Count).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!m.model.index(0, Name).data(Qt::TextAlignmentRole).isValid());
        QVERIFY(m.model.index(1, Name).data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(!m.model.index(0, Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m.model.index(1, Count).data(IdRole).toLongLong(), 2);
        QCOMPARE(m.model.index(1, Name).data(IdRole).toLongLong(), 2);
        QVERIFY(!m.model.index(1, Name).data(IdRole + 1).isValid());
        QCOMPARE(m.model.headerTexts(),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Count")}));
        QCOMPARE(m.model.displayText(item(5, QStringLiteral("gamma"), 4), Count),
                 QStringLiteral("4"));
    }

    void header_followsTheLanguageWhenAsked() {
        ItemModel m;
        g_language = QStringLiteral("ru");
        QCOMPARE(m.model.headerData(Name, Qt::Horizontal).toString(), QStringLiteral("Имя"));
        g_language = QStringLiteral("en");
        QCOMPARE(m.model.headerData(Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void rawValue_sortsNumbersAsNumbers() {
        ItemModel m;
        m.model.setRows({item(1, QStringLiteral("a"), 10), item(2, QStringLiteral("b"), 9),
                         item(3, QStringLiteral("c"), 100)});
        // Without a raw value the display text is the raw value.
        QCOMPARE(m.model.index(0, Name).data(ColumnTableRoles::RawValueRole).toString(),
                 QStringLiteral("a"));
        QCOMPARE(m.model.index(0, Count).data(ColumnTableRoles::RawValueRole).toInt(), 10);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m.model);
        proxy.setSortRole(ColumnTableRoles::RawValueRole);
        proxy.sort(Count);
        QCOMPARE(proxy.index(0, Count).data().toString(), QStringLiteral("9"));
        QCOMPARE(proxy.index(1, Count).data().toString(), QStringLiteral("10"));
        QCOMPARE(proxy.index(2, Count).data().toString(), QStringLiteral("100"));
    }

    void insertRows_emitsOneInsertAndFindsRowsByKey() {
        ItemModel m;
        m.model.setRows({item(1, QStringLiteral("a")), item(4, QStringLiteral("d"))});
        QSignalSpy inserted(&m.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        m.model.insertRowsAt(1, {item(2, QStringLiteral("b")), item(3, QStringLiteral("c"))});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        m.model.insertRowAt(0, item(0, QStringLiteral("zero")));
        m.model.appendRows({item(5, QStringLiteral("e"))});
        m.model.appendRows({});
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(reset.size(), 0);
        QStringList names;
        for (const Item& row : m.model.rows())
            names << row.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("zero"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        for (int row = 0; row < m.model.rowCount(); ++row)
            QCOMPARE(m.model.rowOfKey(m.model.rowAt(row).id), row);
        QCOMPARE(m.model.rowOfKey(42), -1);

        QSignalSpy removed(&m.model, &QAbstractItemModel::rowsRemoved);
        m.model.removeRowsAt(1, 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m.model.rowCount(), 4);
        QCOMPARE(m.model.rowOfKey(1), -1);
        QCOMPARE(m.model.rowOfKey(3), 1);
    }

    void updateRows_sameRows_changesOnlyThoseThatChanged() {
        ItemModel m;
        m.model.setSameContent(sameItem);
        QVector<Item> items;
        for (qint64 id = 1; id <= 6; ++id)
            items.append(item(id, QStringLiteral("sim %1").arg(id)));
        m.model.setRows(items);
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        items[1].count = 5;
        items[2].count = 5;
        items[5].name = QStringLiteral("renamed");
        m.model.updateRows(items);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(rangeOf(changed.at(0)), qMakePair(1, 2));
        QCOMPARE(rangeOf(changed.at(1)), qMakePair(5, 5));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ColumnCount - 1);
        QCOMPARE(m.model.index(5, Name).data().toString(), QStringLiteral("renamed"));

        changed.clear();
        m.model.updateRows(items);
        QCOMPARE(changed.size(), 0);
    }

    void updateRows_withoutContentCheck_changesAllRows() {
        ItemModel m;
        const QVector<Item> items{item(1, QStringLiteral("a")), item(2, QStringLiteral("b"))};
        m.model.setRows(items);
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        m.model.updateRows(items);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rangeOf(changed.at(0)), qMakePair(0, 1));
    }

    void updateRows_otherRows_reset() {
        ItemModel m;
        m.model.setRows({item(1, QStringLiteral("a")), item(2, QStringLiteral("b"))});
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        m.model.updateRows({item(2, QStringLiteral("b")), item(1, QStringLiteral("a"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m.model.rowOfKey(2), 0);
        m.model.updateRows({item(2, QStringLiteral("b"))});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(m.model.rowOfKey(1), -1);
    }

    void setRowAt_changesOneRow() {
        ItemModel m;
        m.model.setRows({item(1, QStringLiteral("a")), item(2, QStringLiteral("b"))});
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        m.model.setRowAt(1, item(2, QStringLiteral("bee")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rangeOf(changed.at(0)), qMakePair(1, 1));
        QCOMPARE(m.model.index(1, Name).data().toString(), QStringLiteral("bee"));

        changed.clear();
        m.model.columnsChanged(Count, Count);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(Count));
        QCOMPARE(rangeOf(changed.at(0)), qMakePair(0, 1));
    }

    void clearRows_resetsOnlyWhenThereWereRows() {
        ItemModel m;
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        m.model.clearRows();
        QCOMPARE(reset.size(), 0);
        m.model.setRows({item(1, QStringLiteral("a"))});
        m.model.clearRows();
        QCOMPARE(reset.size(), 2);
        QVERIFY(m.model.isEmpty());
        QCOMPARE(m.model.rowOfKey(1), -1);
    }
};

QTEST_MAIN(TestColumnTableModel)
#include "tst_column_table_model.moc"
