// The command-line contract scripts depend on, checked on the real `adaptlab` binary:
//   adaptlab --list-plugins
//   adaptlab --screenshot FILE [--panel NAME] [--project DIR]
//   adaptlab --lang de|zh_CN|en
#include "gui_test_support.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace testing = adaptlab::testing;

class TestAppCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString program_;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs adaptlab with its settings in a temporary folder, never the user's.
    Result run(const QStringList& args, const QProcessEnvironment& extra = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), temp_.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("ADAPTLAB_PLUGIN_PATH"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.start(program_, args);
        Result result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        program_ = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab");
        QVERIFY2(QFileInfo(program_).isExecutable(), qPrintable(program_));
        testing::makeSampleProject(temp_.filePath(QStringLiteral("project")));
    }

    void listPlugins()
    {
        const Result result = run({QStringLiteral("--list-plugins")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool overview = false;
        for (const QString& line : lines)
            overview = overview || (line.startsWith(QStringLiteral("ok")) &&
                                    line.contains(QStringLiteral("Overview")) &&
                                    line.contains(QStringLiteral("liboverview_plugin.so")));
        QVERIFY2(overview, qPrintable(result.out + result.err));
    }

    void listPluginsReportsABrokenOne()
    {
        QTemporaryDir plugins;
        QFile junk(plugins.filePath(QStringLiteral("libnot_a_panel.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an ELF file");
        junk.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("ADAPTLAB_PLUGIN_PATH"), plugins.path());
        const Result result = run({QStringLiteral("--list-plugins")}, env);
        QCOMPARE(result.exitCode, 0); // listed, not fatal
        QVERIFY2(result.out.contains(QStringLiteral("FAIL ")) &&
                     result.out.contains(QStringLiteral("libnot_a_panel.so")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Overview")));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<bool>("withProject");
        QTest::addColumn<QString>("file");
        QTest::newRow("overview by panel name") << QStringLiteral("Overview") << true
                                                << QStringLiteral("cli_overview.png");
        QTest::newRow("step without a panel") << QStringLiteral("train") << true
                                              << QStringLiteral("cli_train.png");
        QTest::newRow("default page, no project") << QString() << false
                                                  << QStringLiteral("cli_no_project.png");
    }

    void screenshot()
    {
        QFETCH(QString, panel);
        QFETCH(bool, withProject);
        QFETCH(QString, file);
        const QString path = testing::screenshotDir() + QLatin1Char('/') + file;
        QFile::remove(path);
        QStringList args{QStringLiteral("--screenshot"), path};
        if (!panel.isEmpty())
            args << QStringLiteral("--panel") << panel;
        if (withProject)
            args << QStringLiteral("--project") << temp_.filePath(QStringLiteral("project"));
        const Result result = run(args);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(1280, 800));
        // Something was drawn: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void screenshotRefusesUnknownPanel()
    {
        const QString path = temp_.filePath(QStringLiteral("never.png"));
        const Result result = run({QStringLiteral("--screenshot"), path, QStringLiteral("--panel"),
                                   QStringLiteral("no-such-panel")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("no-such-panel")));
        QVERIFY(result.err.contains(QStringLiteral("Overview"))); // lists what exists
        QVERIFY(!QFileInfo::exists(path));
    }

    void screenshotRefusesBrokenProject()
    {
        const QString path = temp_.filePath(QStringLiteral("never.png"));
        const Result result = run({QStringLiteral("--screenshot"), path, QStringLiteral("--project"),
                                   temp_.filePath(QStringLiteral("no-project-here"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("no-project-here")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void languageOption()
    {
        Result result = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--list-plugins")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("xx")));

        result = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        // The option descriptions come out in German.
        QVERIFY2(result.out.contains(QStringLiteral("Projekt")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
