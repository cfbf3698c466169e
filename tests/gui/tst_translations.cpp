// Translations: the German and Chinese catalogues are embedded, load, and translate what the user
// sees; the .ts files have a finished translation for every tr() in app/gui, widgets and plugins.
#include "app_settings.h"
#include "app_style.h"
#include "gui_test_support.h"
#include "main_window.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using adaptlab::gui::AppSettings;
using adaptlab::gui::MainWindow;
namespace testing = adaptlab::testing;

namespace {

struct TsProblem {
    QString context;
    QString source;
    QString why;
};

// Every message whose translation is missing, empty, unfinished or left over (obsolete).
QList<TsProblem> problemsIn(const QString& path, int* messages)
{
    QList<TsProblem> problems;
    *messages = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({QString(), QString(), QStringLiteral("cannot open %1").arg(path)});
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++*messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty()) {
                problems.append({context, source, type});
                continue;
            }
            if (!numerus) {
                if (xml.readElementText().trimmed().isEmpty())
                    problems.append({context, source, QStringLiteral("empty")});
                continue;
            }
            int forms = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform")) {
                    ++forms;
                    if (xml.readElementText().trimmed().isEmpty())
                        problems.append({context, source, QStringLiteral("empty plural form")});
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (forms == 0)
                problems.append({context, source, QStringLiteral("no plural forms")});
        }
    }
    if (xml.hasError())
        problems.append({QString(), QString(), xml.errorString()});
    return problems;
}

QString describe(const QList<TsProblem>& problems)
{
    QStringList lines;
    for (const TsProblem& p : problems)
        lines << QStringLiteral("%1: \"%2\" (%3)").arg(p.context, p.source, p.why);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    const QString sourceDir_ = qEnvironmentVariable("ADAPTLAB_SOURCE_DIR");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::isolateSettings(temp_);
        adaptlab::gui::applyAppStyle(*qApp);
    }

    void cleanup()
    {
        AppSettings::installTranslators(QStringLiteral("en"));
    }

    void embeddedCatalogueTranslates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de step") << QStringLiteral("de")
                                 << QStringLiteral("WorkflowSteps")
                                 << QStringLiteral("Data") << QStringLiteral("Daten");
        QTest::newRow("de menu") << QStringLiteral("de") << QStringLiteral("adaptlab::gui::MainWindow")
                                 << QStringLiteral("&File") << QStringLiteral("&Datei");
        QTest::newRow("de panel") << QStringLiteral("de")
                                  << QStringLiteral("adaptlab::overview::OverviewPanel")
                                  << QStringLiteral("No project is open")
                                  << QStringLiteral("Kein Projekt geöffnet");
        QTest::newRow("zh step") << QStringLiteral("zh_CN")
                                 << QStringLiteral("WorkflowSteps")
                                 << QStringLiteral("Train") << QStringLiteral("训练");
        QTest::newRow("zh panel") << QStringLiteral("zh_CN")
                                  << QStringLiteral("adaptlab::overview::OverviewPanel")
                                  << QStringLiteral("No project is open")
                                  << QStringLiteral("尚未打开项目");
    }

    void embeddedCatalogueTranslates()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/adaptlab_%1.qm").arg(language)));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 expected);
        QVERIFY(AppSettings::installTranslators(language));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 expected);
    }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(AppSettings::installTranslators(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("WorkflowSteps", "Data"), QStringLiteral("Data"));
        QVERIFY(!AppSettings::installTranslators(QStringLiteral("xx"))); // no such catalogue
    }

    void mainWindowSpeaksGerman()
    {
        QVERIFY(AppSettings::installTranslators(QStringLiteral("de")));
        MainWindow window(QStringList{qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins")});
        QStringList titles;
        for (int row = 0; row < window.sidebar()->count(); ++row)
            titles << window.sidebar()->item(row)->text();
        QCOMPARE(titles.value(0), QStringLiteral("Projekt"));
        QCOMPARE(titles.value(1), QStringLiteral("Daten"));
        QCOMPARE(titles.value(5), QStringLiteral("Training"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        window.grab().save(testing::screenshotDir() + QStringLiteral("/main_window_de.png"));
        QVERIFY(window.showPage(QStringLiteral("Daten"))); // translated step titles match too
        QTest::qWait(50);
        window.grab().save(testing::screenshotDir() + QStringLiteral("/main_window_de_data.png"));

        QVERIFY(AppSettings::installTranslators(QStringLiteral("zh_CN")));
        MainWindow chinese(QStringList{qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins")});
        QCOMPARE(chinese.sidebar()->item(1)->text(), QStringLiteral("数据"));
        chinese.resize(1280, 800);
        chinese.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chinese));
        QTest::qWait(50);
        chinese.grab().save(testing::screenshotDir() + QStringLiteral("/main_window_zh_CN.png"));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("adaptlab_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral("adaptlab_zh_CN.ts");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        int messages = 0;
        const auto problems = problemsIn(sourceDir_ + QStringLiteral("/translations/") + file, &messages);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
    }

    // Runs lupdate over the sources into a copy of each .ts file: a tr() string added to the code
    // but not translated shows up as "unfinished" there.
    void tsFilesCoverEverySource_data()
    {
        tsFilesAreComplete_data();
    }

    void tsFilesCoverEverySource()
    {
        QFETCH(QString, file);
        const QString lupdate = QStringLiteral(ADAPTLAB_LUPDATE);
        if (!QFileInfo(lupdate).isExecutable())
            QSKIP("lupdate is not installed");
        const QString copy = temp_.filePath(file);
        QFile::remove(copy);
        QVERIFY(QFile::copy(sourceDir_ + QStringLiteral("/translations/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess process;
        process.setWorkingDirectory(sourceDir_);
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("app/gui"), QStringLiteral("widgets"),
                                QStringLiteral("plugins"), QStringLiteral("-ts"), copy});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        int messages = 0;
        const auto problems = problemsIn(copy, &messages);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("untranslated strings (run `ninja update_translations` "
                                           "and translate them):\n")
                            + describe(problems)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
