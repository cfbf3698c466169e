// scripts/make_demo_corpus.py on a dictd database written here: it writes exactly the number of
// entries asked for when the dictionary has that many usable ones (dictd's own "00-" entries and
// entries of fewer than three words are left out before the even spread, not after it), and all
// usable ones, saying so, when it has fewer.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// dictd's base64 numbers ("headword<TAB>offset<TAB>length" in the index).
QByteArray dictdNumber(qint64 value)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray out;
    do {
        out.prepend(digits[value % 64]);
        value /= 64;
    } while (value > 0);
    return out;
}

// Writes NAME.index and NAME.dict.dz (gzip; dictzip is gzip-compatible) with one entry per text.
void writeDictionary(const QString& dir, const QString& name, const QList<QPair<QByteArray, QByteArray>>& entries)
{
    QByteArray data;
    QByteArray index;
    for (const auto& [headword, text] : entries) {
        index += headword + '\t' + dictdNumber(data.size()) + '\t' + dictdNumber(text.size()) + '\n';
        data += text;
    }
    QFile indexFile(dir + QLatin1Char('/') + name + QStringLiteral(".index"));
    QVERIFY(indexFile.open(QIODevice::WriteOnly));
    indexFile.write(index);
    indexFile.close();
    QFile raw(dir + QLatin1Char('/') + name + QStringLiteral(".dict"));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(data);
    raw.close();
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-f"), QStringLiteral("-S"), QStringLiteral(".dz"), raw.fileName()});
    QVERIFY(gzip.waitForFinished(30000));
    QCOMPARE(gzip.exitCode(), 0);
}

} // namespace

class TestDemoRecipe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsExactlyTheEntriesAskedFor_data()
    {
        QTest::addColumn<int>("usable");
        QTest::addColumn<int>("maxDocs");
        QTest::addColumn<int>("expected");
        // Short entries sit where the even spread over all 12 entries would have picked them.
        QTest::newRow("enough usable entries") << 9 << 6 << 6;
        QTest::newRow("all of them") << 9 << 9 << 9;
        QTest::newRow("fewer than asked") << 9 << 11 << 9;
    }

    void keepsExactlyTheEntriesAskedFor()
    {
        QFETCH(int, usable);
        QFETCH(int, maxDocs);
        QFETCH(int, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<QPair<QByteArray, QByteArray>> entries;
        entries.append(qMakePair(QByteArray("00-database-url"), QByteArray("00-database-url ftp://example.org/dictionary with more words")));
        // Entries 0, 2, 4 of every 4 are short cross-references; the rest are real.
        int good = 0;
        for (int i = 0; good < usable; ++i) {
            if (i % 4 == 0 && i < 12) {
                entries.append(qMakePair("see" + QByteArray::number(i), "see" + QByteArray::number(i) + "\n\nother"));
            } else {
                entries.append(qMakePair("word" + QByteArray::number(i),
                                         "word" + QByteArray::number(i) + "\n\n   A real definition of the word\n   on two lines."));
                ++good;
            }
        }
        for (const QString name : {QStringLiteral("gcide"), QStringLiteral("foldoc")})
            writeDictionary(dir.path(), name, entries);

        QProcess recipe;
        recipe.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("ADAPTLAB_SOURCE_DIR") + QStringLiteral("/scripts/make_demo_corpus.py"),
                      dir.filePath(QStringLiteral("out")), QStringLiteral("--max-docs"), QString::number(maxDocs),
                      QStringLiteral("--dictd-dir"), dir.path()});
        QVERIFY(recipe.waitForFinished(60000));
        const QString out = QString::fromUtf8(recipe.readAllStandardOutput());
        QVERIFY2(recipe.exitCode() == 0, qPrintable(recipe.readAllStandardError()));
        for (const QString name : {QStringLiteral("gcide"), QStringLiteral("foldoc")}) {
            QFile file(dir.filePath(QStringLiteral("out/%1.jsonl").arg(name)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            int lines = 0;
            while (!file.atEnd()) {
                const QJsonObject doc = QJsonDocument::fromJson(file.readLine()).object();
                QVERIFY(doc.value(QStringLiteral("text")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3);
                QVERIFY2(!doc.value(QStringLiteral("headword")).toString().startsWith(QStringLiteral("00")),
                         qPrintable(doc.value(QStringLiteral("headword")).toString()));
                QCOMPARE(doc.value(QStringLiteral("source")).toString(), name);
                ++lines;
            }
            QCOMPARE(lines, expected);
            QVERIFY2(out.contains(QStringLiteral("%1.jsonl: %2 documents").arg(name).arg(expected)), qPrintable(out));
        }
        // Fewer usable entries than asked for: the script says why the count is short.
        QCOMPARE(out.contains(QStringLiteral("fewer than the %1 asked for").arg(maxDocs)), expected < maxDocs);
    }
};

QTEST_MAIN(TestDemoRecipe)
#include "tst_demo_recipe.moc"
