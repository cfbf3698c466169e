// Document embeddings (model::embedDocuments: the mean-pooled last hidden state after the final
// norm, first max_tokens tokens, padding excluded) against embedding_reference.py, which runs each
// document alone in float64 from Hugging Face's definition (llama_reference.py's forward pass).
// Batches of 1, 2 and 4 pad differently: every one must give the reference's rows.
#include "model/cluster.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace adaptlab;

class TestEmbeddingReference : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::filesystem::path folder_;
    nlohmann::json reference_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QProcess python;
        python.start(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3), {QStringLiteral(EMBEDDING_REFERENCE_SCRIPT), dir_.path()});
        QVERIFY(python.waitForFinished(-1));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        folder_ = std::filesystem::path(dir_.path().toStdString()) / "embedding";
        std::ifstream in(folder_ / "reference.json");
        std::stringstream text;
        text << in.rdbuf();
        reference_ = nlohmann::json::parse(text.str());
    }

    void matchesReference_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one document per batch") << 1;
        QTest::newRow("two per batch, padded") << 2;
        QTest::newRow("four per batch, padded") << 4;
    }
    void matchesReference()
    {
        QFETCH(int, batch);
        model::EmbeddingRequest request;
        request.modelFolder = folder_;
        request.documents = reference_["documents"].get<std::vector<std::vector<int32_t>>>();
        request.maxTokens = reference_["max_tokens"].get<int64_t>();
        request.batchSize = batch;
        std::vector<int64_t> progress;
        request.onBatch = [&progress](int64_t done, int64_t) { progress.push_back(done); };
        const model::Matrix embeddings = model::embedDocuments(request);
        const auto expected = reference_["embeddings"].get<std::vector<std::vector<double>>>();
        QCOMPARE(embeddings.rows, int64_t(expected.size()));
        QCOMPARE(embeddings.cols, int64_t(expected[0].size()));
        double worst = 0.0;
        for (int64_t r = 0; r < embeddings.rows; ++r)
            for (int64_t c = 0; c < embeddings.cols; ++c)
                worst = std::max(worst, std::abs(double(embeddings.at(r, c)) - expected[size_t(r)][size_t(c)]));
        QVERIFY2(worst < 1e-4, qPrintable(QString("largest difference %1").arg(worst)));
        // One call per batch, the last with every document done.
        QCOMPARE(int64_t(progress.size()), (embeddings.rows + batch - 1) / batch);
        QCOMPARE(progress.back(), embeddings.rows);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty document") << "empty" << "document 2 has no tokens";
        QTest::newRow("id outside the vocabulary") << "vocab" << "document 1, token 2 (id 96) is outside the vocabulary";
        QTest::newRow("no model folder") << "folder" << "no such model folder";
        QTest::newRow("bad device") << "device" << "device: expected auto, cpu, cuda or cuda:N";
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        model::EmbeddingRequest request;
        request.modelFolder = folder_;
        request.documents = {{1, 2}, {3}};
        if (what == "empty")
            request.documents[1].clear();
        else if (what == "vocab")
            request.documents[0][1] = 96;
        else if (what == "folder")
            request.modelFolder = folder_ / "missing";
        else if (what == "device")
            request.device = "tpu";
        try {
            model::embedDocuments(request);
            QFAIL("not refused");
        } catch (const model::ModelInputError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingReference)
#include "tst_embedding_reference.moc"
