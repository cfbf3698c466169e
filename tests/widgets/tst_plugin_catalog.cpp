// PluginCatalog against fixture plugins (tests/fixtures/plugins): the good one loads, each broken
// one becomes an error entry with a reason a person can act on, and discovery never aborts.
#include "panel_plugin.h"
#include "plugin_catalog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QtPlugin>

#include <algorithm>
#include <memory>

Q_IMPORT_PLUGIN(StaticFixturePanel)

using adaptlab::PluginCatalog;
using adaptlab::PluginEntry;

namespace {

const QString kFixtureDir = QStringLiteral(ADAPTLAB_FIXTURE_PLUGIN_DIR);

const PluginEntry* findByFile(const PluginCatalog& catalog, const QString& fileName)
{
    const auto& entries = catalog.entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [&](const PluginEntry& e) {
        return QFileInfo(e.fileName).fileName() == fileName;
    });
    return it == entries.cend() ? nullptr : &*it;
}

const PluginEntry* findByName(const PluginCatalog& catalog, const QString& name)
{
    const auto& entries = catalog.entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const PluginEntry& e) { return e.name == name; });
    return it == entries.cend() ? nullptr : &*it;
}

} // namespace

class TestPluginCatalog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString garbageDir_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        QVERIFY2(QFileInfo(kFixtureDir).isDir(), qPrintable(kFixtureDir));
        // Not a library at all, but named like one.
        garbageDir_ = tmp_.filePath(QStringLiteral("garbage"));
        QVERIFY(QDir().mkpath(garbageDir_));
        QFile garbage(garbageDir_ + QStringLiteral("/libgarbage.so"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("this is not an ELF file\n").repeated(100));
        garbage.close();
        // Files that are not libraries are not candidates at all.
        QFile readme(garbageDir_ + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("notes\n");
    }

    void goodPluginLoads()
    {
        PluginCatalog catalog;
        catalog.discover({kFixtureDir, garbageDir_});

        const PluginEntry* good = findByName(catalog, QStringLiteral("Fixture Panel"));
        QVERIFY(good);
        QVERIFY2(good->loaded(), qPrintable(good->error));
        QVERIFY(good->error.isEmpty());
        QCOMPARE(QFileInfo(good->fileName).fileName(), QStringLiteral("libfixture_good_panel.so"));
        QCOMPARE(good->step, QStringLiteral("Data"));
        QCOMPARE(good->order, 5);
        QCOMPARE(good->icon, QStringLiteral(":/icons/fixture.svg"));
        QVERIFY(good->description.contains(QStringLiteral("discovery test")));
        QCOMPARE(good->metadata.value(QStringLiteral("name")).toString(), good->name);
        QVERIFY(good->instance);

        // The plugin works through the interface.
        good->plugin->initialize(nullptr);
        std::unique_ptr<QWidget> panel(good->plugin->createPanel(nullptr));
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("fixturePanel"));
    }

    void staticPluginComesFirst()
    {
        PluginCatalog catalog;
        catalog.discover({kFixtureDir});
        QVERIFY(!catalog.entries().isEmpty());
        const PluginEntry& first = catalog.entries().first();
        QCOMPARE(first.fileName, QStringLiteral("<static>"));
        QCOMPARE(first.name, QStringLiteral("Static Fixture Panel"));
        QCOMPARE(first.step, QStringLiteral("Project"));
        QVERIFY(first.loaded());
    }

    void brokenPluginsBecomeErrorEntries_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("reasonMentions");

        QTest::newRow("another interface")
            << QStringLiteral("libfixture_wrong_iid.so")
            << QStringList{QStringLiteral("not an AdaptLab panel"),
                           QStringLiteral("org.example.NotAPanel/1.0")};
        QTest::newRow("metadata without name")
            << QStringLiteral("libfixture_no_name.so") << QStringList{QStringLiteral("\"name\"")};
        QTest::newRow("root object is not a panel")
            << QStringLiteral("libfixture_not_a_panel.so")
            << QStringList{QStringLiteral("PanelPlugin interface")};
        QTest::newRow("cannot be loaded")
            << QStringLiteral("libfixture_missing_symbol.so")
            << QStringList{QStringLiteral("adaptlab_fixture_missing_symbol")};
        QTest::newRow("garbage file")
            << QStringLiteral("libgarbage.so") << QStringList{QStringLiteral("not a Qt plugin")};
    }

    void brokenPluginsBecomeErrorEntries()
    {
        QFETCH(QString, fileName);
        QFETCH(QStringList, reasonMentions);

        PluginCatalog catalog;
        catalog.discover({kFixtureDir, garbageDir_});
        const PluginEntry* entry = findByFile(catalog, fileName);
        QVERIFY2(entry, qPrintable(catalog.describe().join(QLatin1Char('\n'))));
        QVERIFY(!entry->loaded());
        QVERIFY(!entry->plugin);
        QVERIFY(!entry->instance);
        QVERIFY(!entry->name.isEmpty());
        for (const QString& mention : std::as_const(reasonMentions))
            QVERIFY2(entry->error.contains(mention),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, entry->error)));
        QVERIFY(catalog.failedEntries().size() >= 1);
    }

    void entriesAreOrderedAndDescribed()
    {
        PluginCatalog catalog;
        catalog.discover({kFixtureDir, garbageDir_});
        const QList<PluginEntry> loaded = catalog.loadedEntries();
        const QList<PluginEntry> failed = catalog.failedEntries();
        QCOMPARE(loaded.size(), 2); // static + good
        QCOMPARE(failed.size(), 5);
        QCOMPARE(catalog.entries().size(), loaded.size() + failed.size());

        // Loaded first (in workflow order: Project before Data), then failures by file name.
        QCOMPARE(catalog.entries().at(0).name, QStringLiteral("Static Fixture Panel"));
        QCOMPARE(catalog.entries().at(1).name, QStringLiteral("Fixture Panel"));
        QStringList failedFiles;
        for (const PluginEntry& entry : failed)
            failedFiles << entry.fileName;
        QStringList sorted = failedFiles;
        sorted.sort();
        QCOMPARE(failedFiles, sorted);

        const QStringList lines = catalog.describe();
        QCOMPARE(lines.size(), catalog.entries().size());
        QCOMPARE(lines.at(0), QStringLiteral("ok   Static Fixture Panel  (<static>)"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("ok   Fixture Panel  (")));
        const QString garbageLine =
            QStringLiteral("FAIL %1: ").arg(garbageDir_ + QStringLiteral("/libgarbage.so"));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString& l) { return l.startsWith(garbageLine); }),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void sameFileThroughTwoPathsLoadsOnce()
    {
        const QString link = tmp_.filePath(QStringLiteral("linked-plugins"));
        QVERIFY(QFile::link(kFixtureDir, link));
        PluginCatalog once;
        once.discover({kFixtureDir});
        PluginCatalog twice;
        twice.discover({kFixtureDir, link, kFixtureDir + QStringLiteral("/../fixture_plugins")});
        QCOMPARE(twice.entries().size(), once.entries().size());
        QCOMPARE(twice.describe(), once.describe());
    }

    void secondCopyOfAPanelIsReported()
    {
        const QString copies = tmp_.filePath(QStringLiteral("copies"));
        QVERIFY(QDir().mkpath(copies));
        QVERIFY(QFile::copy(kFixtureDir + QStringLiteral("/libfixture_good_panel.so"),
                            copies + QStringLiteral("/libfixture_good_panel_copy.so")));
        PluginCatalog catalog;
        catalog.discover({kFixtureDir, copies});
        const PluginEntry* copy = findByFile(catalog, QStringLiteral("libfixture_good_panel_copy.so"));
        QVERIFY(copy);
        QVERIFY(!copy->loaded());
        QVERIFY2(copy->error.contains(QStringLiteral("already loaded")), qPrintable(copy->error));
        QVERIFY(findByName(catalog, QStringLiteral("Fixture Panel"))->loaded());
    }

    void emptyOrMissingFoldersAreFine_data()
    {
        QTest::addColumn<bool>("createIt");
        QTest::newRow("empty folder") << true;
        QTest::newRow("missing folder") << false;
    }

    void emptyOrMissingFoldersAreFine()
    {
        QFETCH(bool, createIt);
        const QString folder = tmp_.filePath(createIt ? QStringLiteral("empty") : QStringLiteral("nope"));
        if (createIt)
            QVERIFY(QDir().mkpath(folder));
        PluginCatalog catalog;
        catalog.discover({folder});
        QCOMPARE(catalog.failedEntries().size(), 0);
        QCOMPARE(catalog.loadedEntries().size(), 1); // only the static plugin
        catalog.discover({});
        QCOMPARE(catalog.entries().size(), 1);
    }

    void rediscoveryReplacesEntries()
    {
        PluginCatalog catalog;
        catalog.discover({kFixtureDir, garbageDir_});
        const qsizetype first = catalog.entries().size();
        catalog.discover({kFixtureDir, garbageDir_});
        QCOMPARE(catalog.entries().size(), first);
    }

    void defaultSearchPathsHonourEnvironment()
    {
        const QString missing = tmp_.filePath(QStringLiteral("does-not-exist"));
        qputenv("ADAPTLAB_PLUGIN_PATH",
                QStringLiteral("%1%2%3").arg(garbageDir_, QDir::listSeparator(), missing).toUtf8());
        const QStringList paths = PluginCatalog::defaultSearchPaths();
        qunsetenv("ADAPTLAB_PLUGIN_PATH");
        QVERIFY(!paths.isEmpty());
        QCOMPARE(paths.first(), QDir::cleanPath(garbageDir_));
        QVERIFY(!paths.contains(missing));
        for (const QString& path : paths)
            QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
    }

    void workflowSteps()
    {
        QCOMPARE(PluginCatalog::workflowSteps(),
                 (QStringList{QStringLiteral("Project"), QStringLiteral("Data"),
                              QStringLiteral("Inspect"), QStringLiteral("Tokenizer"),
                              QStringLiteral("Mixture"), QStringLiteral("Train"),
                              QStringLiteral("Evaluate"), QStringLiteral("Compare")}));
    }
};

QTEST_MAIN(TestPluginCatalog)
#include "tst_plugin_catalog.moc"
