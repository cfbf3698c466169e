// What tst_llama_reference and tst_cli_model share: running llama_reference.py (Debian's python3 with
// python3-torch) into a folder, and reading a case's expected ids, logits and loss.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace reference {

// Runs the script; returns "" on success, else what went wrong (with the script's stderr).
inline QString writeCases(const QString& outDir, const QStringList& cases = {})
{
    QStringList args{QStringLiteral(LLAMA_REFERENCE_SCRIPT), outDir};
    for (const QString& name : cases)
        args << QStringLiteral("--case") << name;
    QProcess python;
    python.start(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3), args);
    if (!python.waitForFinished(-1))
        return QStringLiteral("llama_reference.py did not run: ") + python.errorString();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QStringLiteral("llama_reference.py failed: ") + QString::fromLocal8Bit(python.readAllStandardError());
    return {};
}

struct Case {
    std::vector<std::vector<int64_t>> inputIds; // (B, T)
    std::vector<std::vector<int64_t>> targets;  // (B, T)
    std::vector<std::vector<int64_t>> lossMask; // (B, T)
    double loss = 0;
    std::vector<int64_t> logitsShape;           // (B, T, V)
    std::vector<float> logits;                  // row-major (B, T, V)
};

inline Case readCase(const std::filesystem::path& folder)
{
    Case result;
    std::ifstream jsonFile(folder / "reference.json");
    std::stringstream text;
    text << jsonFile.rdbuf();
    const nlohmann::json json = nlohmann::json::parse(text.str());
    json.at("input_ids").get_to(result.inputIds);
    json.at("targets").get_to(result.targets);
    json.at("loss_mask").get_to(result.lossMask);
    result.loss = json.at("loss").get<double>();
    json.at("logits_shape").get_to(result.logitsShape);
    size_t count = 1;
    for (const int64_t size : result.logitsShape)
        count *= static_cast<size_t>(size);
    result.logits.resize(count);
    std::ifstream raw(folder / "logits.f32", std::ios::binary);
    raw.read(reinterpret_cast<char*>(result.logits.data()), static_cast<std::streamsize>(count * sizeof(float)));
    if (!raw || raw.gcount() != static_cast<std::streamsize>(count * sizeof(float)))
        throw std::runtime_error((folder / "logits.f32").string() + ": short file");
    return result;
}

} // namespace reference
