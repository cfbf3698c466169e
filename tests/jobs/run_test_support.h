// What tst_run_control and tst_cli_runs share: corpora for real `adaptlab-cli run` children (one
// that ends quickly, one that reads far longer than any test waits), specs, and reading the store.
#pragma once

#include "corpus/jsonl_zst_writer.h"
#include "jobs/run_events.h"
#include "store/project_store.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace run_test {

using nlohmann::json;
namespace fs = std::filesystem;

// A "zstd bomb": 3,000 frames of 100k short records each (300M documents from a file of a few
// hundred kB), far more than any machine reads between a job's first progress event and the
// test's next step, so the job is surely still running when the test acts on it.
inline void writeZstdBomb(const fs::path& path)
{
    const fs::path frame = path.string() + ".frame.zst";
    {
        adaptlab::corpus::JsonlZstWriter writer(frame);
        for (int i = 0; i < 100000; ++i)
            writer.write("a document to scan", {});
        writer.finish();
    }
    std::ifstream in(frame, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fs::remove(frame);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (int i = 0; i < 3000; ++i)
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// 300 short distinct documents: an inspect of them ends at once.
inline void writeSmallCorpus(const fs::path& path)
{
    static const char* const words[] = {"river", "stone", "garden", "light", "kernel", "thread", "bread", "quiet"};
    std::ofstream out(path);
    for (int i = 0; i < 300; ++i) {
        std::string text = "Document " + std::to_string(i);
        for (int w = 0; w < 6 + i % 9; ++w)
            text += std::string(" ") + words[(i * 7 + w * 3) % 8];
        out << json{{"text", text + "."}}.dump() << "\n";
    }
}

// A corpus_inspect spec on `corpus` in `project`; with `runId` as the GUI writes it (the row exists).
inline json inspectSpec(const fs::path& project, const fs::path& corpus, int64_t runId = 0)
{
    json spec = {{"version", 1}, {"kind", "corpus_inspect"}, {"project", project.string()},
                 {"params", {{"inputs", {corpus.string()}}}}};
    if (runId > 0)
        spec["run_id"] = runId;
    return spec;
}

inline QString writeSpec(const fs::path& path, const json& spec)
{
    std::ofstream(path) << spec.dump(2);
    return QString::fromStdString(path.string());
}

// QCOMPARE takes these as text (the engine's own toString would shadow QTest's for the enums).
inline std::string str(adaptlab::jobs::JobEvent::Type type)
{
    return std::string(adaptlab::jobs::toString(type));
}
inline std::string str(adaptlab::store::RunStatus status)
{
    return adaptlab::store::toString(status);
}

inline fs::path eventsPath(const fs::path& project, int64_t id)
{
    return project / "runs" / std::to_string(id) / adaptlab::jobs::kRunEventsFileName;
}

inline bool hasEvent(const fs::path& events, adaptlab::jobs::JobEvent::Type type)
{
    for (const auto& event : adaptlab::jobs::readRunEvents(events))
        if (event.type == type)
            return true;
    return false;
}

inline QString readText(const fs::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

inline std::string statusOf(const fs::path& project, int64_t id)
{
    auto store = adaptlab::store::ProjectStore::open(project);
    const auto run = store.run(id);
    return run ? adaptlab::store::toString(run->status) : std::string("none");
}

} // namespace run_test
