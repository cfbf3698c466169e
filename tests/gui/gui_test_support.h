// Shared set-up for the GUI tests: settings kept in a temporary folder (never the user's), and a
// small project made through ProjectStore with datasets, runs in each state, metrics and an
// artifact.
#pragma once

#include "store/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace adaptlab::testing {

// Call before anything creates a QSettings.
inline void isolateSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AdaptLab"));
    QCoreApplication::setApplicationName(QStringLiteral("AdaptLab"));
    const QString path = dir.filePath(QStringLiteral("settings"));
    QDir().mkpath(path);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

struct ProjectCounts {
    int datasets = 2;
    int runs = 3;
    int running = 1;
    int done = 1;
    int failed = 1;
    int metrics = 4;
    int artifacts = 1;
};

// Makes a project in DIR: 2 datasets, 3 runs (one running, one done, one failed), 4 metric points
// and 1 artifact, matching ProjectCounts' defaults.
inline void makeSampleProject(const QString& dir)
{
    auto project = store::ProjectStore::create(dir.toStdString());
    store::DatasetRecord general;
    general.name = "gcide";
    general.path = "datasets/gcide.jsonl";
    general.format = "jsonl";
    general.documents = 12500;
    general.bytes = 3'456'789;
    project.addDataset(general);
    store::DatasetRecord computing;
    computing.name = "foldoc";
    computing.path = "datasets/foldoc.jsonl.zst";
    computing.format = "jsonl.zst";
    project.addDataset(computing); // not counted yet: -1 documents and bytes

    const auto tokenizer = project.createRun("train_tokenizer", R"({"version":1})");
    project.setRunStatus(tokenizer, store::RunStatus::Running);
    project.setRunStatus(tokenizer, store::RunStatus::Done);
    const auto broken = project.createRun("train_tokenizer", R"({"version":1})");
    project.setRunStatus(broken, store::RunStatus::Running);
    project.setRunStatus(broken, store::RunStatus::Failed, "vocab_size too large for the corpus");
    const auto training = project.createRun("train", R"({"version":1})");
    project.setRunStatus(training, store::RunStatus::Running);

    std::vector<store::MetricPoint> points;
    for (int step = 1; step <= 4; ++step)
        points.push_back({training, "loss", "", "", step, step * 4096, 4.0 / step, 1.7e9 + step});
    project.addMetrics(points);
    store::ArtifactRecord artifact;
    artifact.runId = tokenizer;
    artifact.kind = "tokenizer";
    artifact.path = "tokenizers/gcide.model";
    project.addArtifact(artifact);
}

inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace adaptlab::testing
