// TextScan: every kernel (AVX2, SSE2, plain) finds exactly the rows a naive
// search finds, for needles of every length and hits at every position,
// including the last bytes of the buffer. Buffers are allocated to their exact
// size, so a load past the end shows up under AddressSanitizer.
#include "models/fleet/TextScan.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace simfleet;

namespace {

struct Rows {
    std::vector<char> bytes; // exactly the rows, each ending in '\0'
    std::vector<quint32> starts;

    TextScan::Text text() const {
        return TextScan::Text{bytes.data(), qsizetype(bytes.size()), starts.data(),
                              qsizetype(starts.size())};
    }
    QByteArray row(qsizetype row) const {
        return QByteArray(bytes.data() + starts[std::size_t(row)]); // up to its '\0'
    }
};

Rows rowsOf(const QList<QByteArray>& texts) {
    Rows rows;
    for (const QByteArray& text : texts) {
        rows.starts.push_back(quint32(rows.bytes.size()));
        rows.bytes.insert(rows.bytes.end(), text.cbegin(), text.cend());
        rows.bytes.push_back('\0');
    }
    rows.bytes.shrink_to_fit();
    rows.starts.shrink_to_fit();
    return rows;
}

// Few distinct bytes, so needles hit often and partial matches abound; two
// of them are the halves of a Cyrillic letter in UTF-8.
QByteArray randomText(QRandomGenerator& random, int length) {
    static const char alphabet[] = {'0', '1', 'a', '\x1f', '\xd0', '\xb5'};
    QByteArray text(length, Qt::Uninitialized);
    for (char& c : text)
        c = alphabet[random.bounded(int(sizeof alphabet))];
    return text;
}

QVector<int> naiveFind(const Rows& rows, qsizetype first, qsizetype end, const QByteArray& needle) {
    QVector<int> hits;
    for (qsizetype row = first; row < end; ++row) {
        if (rows.row(row).contains(needle))
            hits.append(int(row));
    }
    return hits;
}

// TextScan::findRows into a buffer of exactly the room it may use.
QVector<int> found(const Rows& rows, qsizetype first, qsizetype end, const QByteArray& needle,
                   TextScan::Kernel kernel) {
    std::vector<int> out(std::size_t(end - first));
    out.resize(
        std::size_t(TextScan::findRows(rows.text(), first, end, needle, out.data(), kernel)));
    return QVector<int>(out.cbegin(), out.cend());
}

const char* kernelName(TextScan::Kernel kernel) {
    switch (kernel) {
    case TextScan::Kernel::Avx2:
        return "avx2";
    case TextScan::Kernel::Sse2:
        return "sse2";
    case TextScan::Kernel::Plain:
        return "plain";
    case TextScan::Kernel::Best:
        break;
    }
    return "best";
}

} // namespace

class TstTextScan : public QObject {
    Q_OBJECT

private slots:
    void findRows_matchesNaiveSearch_data();
    void findRows_matchesNaiveSearch();
    void hitInTheLastBytes_found_data();
    void hitInTheLastBytes_found();
    void needleLongerThanRows_findsNothing();
    void plainKernel_alwaysAvailable();
};

void TstTextScan::findRows_matchesNaiveSearch_data() {
    QTest::addColumn<TextScan::Kernel>("kernel");
    for (TextScan::Kernel kernel : TextScan::availableKernels())
        QTest::newRow(kernelName(kernel)) << kernel;
    QTest::newRow("best") << TextScan::Kernel::Best;
}

void TstTextScan::findRows_matchesNaiveSearch() {
    QFETCH(TextScan::Kernel, kernel);
    QRandomGenerator random(20261206);
    for (int round = 0; round < 60; ++round) {
        QList<QByteArray> texts;
        const int rowCount = 1 + random.bounded(40);
        for (int i = 0; i < rowCount; ++i)
            texts.append(randomText(random, random.bounded(round % 3 == 0 ? 8 : 120)));
        const Rows rows = rowsOf(texts);
        for (int n = 0; n < 25; ++n) {
            // Half the needles are cut from a row, so most of them hit.
            QByteArray needle;
            const QByteArray& source = texts.at(random.bounded(rowCount));
            if (n % 2 == 0 && !source.isEmpty()) {
                const int from = random.bounded(int(source.size()));
                needle = source.mid(from, 1 + random.bounded(int(source.size()) - from));
            } else {
                needle = randomText(random, 1 + random.bounded(n < 20 ? 4 : 40));
            }
            const int first = random.bounded(rowCount);
            const int end = first + 1 + random.bounded(rowCount - first);
            QCOMPARE(found(rows, first, end, needle, kernel), naiveFind(rows, first, end, needle));
            for (int row = first; row < end; ++row)
                QCOMPARE(TextScan::rowContains(rows.text(), row, needle, kernel),
                         rows.row(row).contains(needle));
        }
    }
}

void TstTextScan::hitInTheLastBytes_found_data() {
    findRows_matchesNaiveSearch_data();
}

void TstTextScan::hitInTheLastBytes_found() {
    QFETCH(TextScan::Kernel, kernel);
    // Every length of the last row around the vector widths, the needle at
    // its very end (the buffer's last bytes before the final '\0').
    for (int length = 1; length < 70; ++length) {
        const QByteArray last = QByteArray(length - 1, '0') + 'z';
        const Rows rows = rowsOf({QByteArray(33, '1'), last});
        for (const QByteArray& needle : {QByteArray("z"), QByteArray("0z"), last}) {
            if (needle.size() > last.size())
                continue;
            QCOMPARE(found(rows, 0, 2, needle, kernel), QVector<int>{1});
            QVERIFY(TextScan::rowContains(rows.text(), 1, needle, kernel));
            QVERIFY(!TextScan::rowContains(rows.text(), 0, needle, kernel));
        }
    }
}

void TstTextScan::needleLongerThanRows_findsNothing() {
    const Rows rows = rowsOf({"ab", "", "abc"});
    for (TextScan::Kernel kernel : TextScan::availableKernels()) {
        QVERIFY(found(rows, 0, 3, "abcd", kernel).isEmpty());
        QVERIFY(!TextScan::rowContains(rows.text(), 0, "abc", kernel));
        QVERIFY(!TextScan::rowContains(rows.text(), 1, "a", kernel));
    }
}

void TstTextScan::plainKernel_alwaysAvailable() {
    const QVector<TextScan::Kernel> kernels = TextScan::availableKernels();
    QVERIFY(!kernels.isEmpty());
    QCOMPARE(kernels.constLast(), TextScan::Kernel::Plain);
    QVERIFY(!kernels.contains(TextScan::Kernel::Best));
}

QTEST_GUILESS_MAIN(TstTextScan)
#include "tst_text_scan.moc"
