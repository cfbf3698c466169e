// What tst_merge and tst_cli_merge share: merge_reference.py (Debian's python3, numpy) making tiny
// model folders and adapters with its own safetensors writer, and checking merged folders against
// its float64 merge.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace merge_test {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Outcome runProcess(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    Outcome outcome;
    if (!process.waitForFinished(-1)) {
        outcome.err = program + QStringLiteral(" did not run: ") + process.errorString();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

inline Outcome reference(const QStringList& args)
{
    return runProcess(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3), QStringList{QStringLiteral(MERGE_REFERENCE_SCRIPT)} + args);
}

// A tiny Llama folder (merge_reference.py make); EXTRA: --hidden 48, --tied, --dtype BF16, --drop NAME ...
inline QString makeModel(const std::filesystem::path& folder, int seed, const QStringList& extra = {})
{
    const Outcome made = reference(QStringList{"make", QString::fromStdString(folder.string()), "--seed", QString::number(seed)} + extra);
    return made.exitCode == 0 ? QString() : QStringLiteral("merge_reference.py make failed: ") + made.err;
}

inline QString makeAdapter(const std::filesystem::path& folder, const std::filesystem::path& base, int seed,
                           const QString& targets, int rank = 4, double alpha = 8.0)
{
    const Outcome made = reference({"make-adapter", QString::fromStdString(folder.string()), QString::fromStdString(base.string()),
                                    "--seed", QString::number(seed), "--targets", targets, "--rank", QString::number(rank),
                                    "--alpha", QString::number(alpha)});
    return made.exitCode == 0 ? QString() : QStringLiteral("merge_reference.py make-adapter failed: ") + made.err;
}

inline void copyTokenizer(const std::filesystem::path& folder)
{
    const std::filesystem::path source = std::filesystem::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/gpt2";
    for (const char* name : {"tokenizer.json", "tokenizer_config.json"})
        std::filesystem::copy_file(source / name, folder / name, std::filesystem::copy_options::overwrite_existing);
}

inline std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace merge_test
