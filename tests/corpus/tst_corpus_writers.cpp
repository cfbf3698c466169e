// The engine's writers go through AtomicFile (common/atomic_file.h): a derived dataset
// (JsonlZstWriter), a signals file (SignalsFileWriter), a run's spec.json (writeSpecFile) and the
// CLI's --signals-out export. Each writes under a temporary name, leaves the target untouched until
// it completes, and on failure (a full disk, simulated with RLIMIT_FSIZE on a real adaptlab-cli
// child) reports the target's name and leaves neither a partial target nor a temporary behind.
#include "common/error.h"
#include "common/temp_file.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/signals_file.h"
#include "jobs/job_spec.h"
#include "jobs/spec_file.h"

#include <nlohmann/json.hpp>
#include <zstd.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace adaptlab;
using nlohmann::json;

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Streaming decompression (the writer does not record the content size), straight with libzstd.
std::string decompressed(const fs::path& path)
{
    const std::string bytes = readFile(path);
    ZSTD_DCtx* context = ZSTD_createDCtx();
    std::string out;
    std::string chunk(ZSTD_DStreamOutSize(), '\0');
    ZSTD_inBuffer input{bytes.data(), bytes.size(), 0};
    while (input.pos < input.size) {
        ZSTD_outBuffer output{chunk.data(), chunk.size(), 0};
        const size_t status = ZSTD_decompressStream(context, &output, &input);
        if (ZSTD_isError(status)) {
            out = "<" + std::string(ZSTD_getErrorName(status)) + ">";
            break;
        }
        out.append(chunk.data(), output.pos);
    }
    ZSTD_freeDCtx(context);
    return out;
}

QStringList entries(const fs::path& folder)
{
    QStringList names;
    for (const auto& entry : fs::directory_iterator(folder))
        names << QString::fromStdString(entry.path().filename().string());
    names.sort();
    return names;
}

bool isOurTemporary(const QString& name) { return name.contains(QStringLiteral(".adaptlab-tmp-")); }

} // namespace

class TestCorpusWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    fs::path freshFolder(const char* name)
    {
        const fs::path folder = fs::path(dir_.path().toStdString()) / name;
        fs::remove_all(folder);
        fs::create_directories(folder);
        return folder;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void datasetAppearsOnlyWhenComplete()
    {
        const fs::path folder = freshFolder("dataset");
        const fs::path target = folder / "derived.jsonl.zst";
        std::ofstream(target) << "old";
        std::string expected;
        {
            corpus::JsonlZstWriter writer(target);
            for (int i = 0; i < 20000; ++i) { // ~1 MB of JSON: several compressed blocks reach the disk
                const std::string text = "document " + std::to_string(i) + " \"quoted\" line\nnext";
                writer.write(text, {{"id", std::to_string(i)}});
                // The text field first, then the metadata in the order given (a json object would sort them).
                expected += "{\"text\":" + json(text).dump() + ",\"id\":" + json(std::to_string(i)).dump() + "}\n";
            }
            // Until finish() only a temporary of this process sits beside the old file.
            const QStringList during = entries(folder);
            QCOMPARE(during.size(), 2);
            QVERIFY(isOurTemporary(during.first()) || isOurTemporary(during.last()));
            QCOMPARE(readFile(target), std::string("old"));
            writer.finish();
            QCOMPARE(writer.documents(), int64_t(20000));
        }
        QCOMPARE(entries(folder), QStringList{QStringLiteral("derived.jsonl.zst")});
        QVERIFY(decompressed(target) == expected);

        // A writer dropped without finish() (a stopped job) leaves the target as it was.
        {
            corpus::JsonlZstWriter writer(target);
            writer.write("never kept", {});
        }
        QVERIFY(decompressed(target) == expected);
        QCOMPARE(entries(folder), QStringList{QStringLiteral("derived.jsonl.zst")});
    }

    void datasetErrorsNameTheFile()
    {
        const fs::path folder = freshFolder("dataset-errors");
        std::ofstream(folder / "plain") << "x";
        const fs::path target = folder / "plain" / "derived.jsonl.zst"; // under a regular file
        try {
            corpus::JsonlZstWriter writer(target);
            QFAIL("a dataset under a regular file was created");
        } catch (const Error& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QString::fromStdString(target.string())), error.what());
        }
        QCOMPARE(entries(folder), QStringList{QStringLiteral("plain")});
    }

    void signalsFileSealsThenRenames()
    {
        const fs::path folder = freshFolder("signals");
        const fs::path target = folder / "corpus.signals";
        corpus::SignalsFileWriter writer(target, {"a.jsonl"}, /*bands=*/2, /*signatureHashes=*/4);
        for (int i = 0; i < 1000; ++i) {
            corpus::SignalRow row;
            row.signals.fill(float(i));
            row.position.line = i + 1;
            row.position.byteOffset = i * 10;
            row.exactHash = uint64_t(i) * 7;
            row.bandHashes = {uint64_t(i), uint64_t(i) + 1};
            row.signature = {1, 2, 3, uint16_t(i)};
            writer.append(row);
        }
        writer.seal();
        QVERIFY(!fs::exists(target)); // complete on disk, readable, but not yet in place
        const auto sealed = corpus::SignalsFile::open(writer.temporaryPath());
        QCOMPARE(sealed.documents(), int64_t(1000)); // the row count patched into the header
        writer.finish();
        QCOMPARE(entries(folder), QStringList{QStringLiteral("corpus.signals")});
        const auto done = corpus::SignalsFile::open(target);
        QCOMPARE(done.documents(), int64_t(1000));
        QCOMPARE(done.fingerprint(), writer.fingerprint());
        int64_t seen = 0;
        done.forEachRow([&](int64_t document, const corpus::SignalRow& row) {
            QCOMPARE(row.position.line, document + 1);
            QCOMPARE(row.exactHash, uint64_t(document) * 7);
            ++seen;
        });
        QCOMPARE(seen, int64_t(1000));

        // Aborted: the complete file stays, the temporary goes.
        {
            corpus::SignalsFileWriter again(target, {"b.jsonl"}, 2, 4);
            again.append(corpus::SignalRow{});
        }
        QCOMPARE(entries(folder), QStringList{QStringLiteral("corpus.signals")});
        QCOMPARE(corpus::SignalsFile::open(target).documents(), int64_t(1000));
    }

    void specFileIsWrittenWhole()
    {
        const fs::path folder = freshFolder("spec");
        jobs::JobSpec spec;
        spec.kind = "corpus_inspect";
        spec.params = json{{"inputs", json::array({"a.jsonl"})}};
        jobs::writeSpecFile(folder / "spec.json", spec);
        QCOMPARE(entries(folder), QStringList{QStringLiteral("spec.json")});
        QCOMPARE(readFile(folder / "spec.json"), spec.toJsonText() + "\n");
        try {
            jobs::writeSpecFile(folder / "spec.json" / "inside", spec);
            QFAIL("a spec under a file was written");
        } catch (const Error& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("spec.json/inside")), error.what());
        }
    }

    // `adaptlab-cli corpus inspect --signals-out`: a real CLI child whose files may not grow past a
    // limit (a full disk): the export fails naming its file, and neither it nor a temporary stays.
    void signalsOutOnAFullDisk()
    {
        const fs::path folder = freshFolder("signals-out");
        const fs::path corpus = folder / "corpus.jsonl";
        {
            std::ofstream out(corpus);
            for (int i = 0; i < 400; ++i)
                out << json{{"text", "A sentence of plain words, number " + std::to_string(i) + ", for the scan."}}.dump()
                    << "\n";
        }
        const QString cli = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
        const fs::path rows = folder / "rows.jsonl";
        auto inspect = [&](rlim_t limit, QProcess& child) {
            child.setChildProcessModifier([limit] {
                std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG, as a full disk fails with ENOSPC
                rlimit bytes{limit, limit};
                setrlimit(RLIMIT_FSIZE, &bytes);
            });
            child.setWorkingDirectory(QString::fromStdString(folder.string()));
            child.start(cli, {QStringLiteral("corpus"), QStringLiteral("inspect"), QString::fromStdString(corpus.string()),
                              QStringLiteral("--signals-out"), QString::fromStdString(rows.string()),
                              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json")});
            QVERIFY2(child.waitForFinished(-1), qPrintable(child.errorString()));
        };
        // Without a limit: the export is complete, one line per document.
        {
            QProcess child;
            inspect(RLIM_INFINITY, child);
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
            const std::string text = readFile(rows);
            QCOMPARE(std::count(text.begin(), text.end(), '\n'), std::ptrdiff_t(400));
        }
        const auto complete = fs::file_size(rows);
        fs::remove(rows);
        // Room for everything but half the export (the signals file is far smaller).
        QProcess child;
        inspect(complete / 2, child);
        const QString error = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitCode() != 0, qPrintable(error));
        QVERIFY2(error.contains(QString::fromStdString(rows.string())), qPrintable(error));
        QVERIFY(!fs::exists(rows));
        for (const QString& name : entries(folder))
            QVERIFY2(!isOurTemporary(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCorpusWriters)
#include "tst_corpus_writers.moc"
