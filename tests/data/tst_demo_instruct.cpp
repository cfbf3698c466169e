// The demo's instruction set: scripts/make_demo_corpus.py on a FOLDOC-like dictd database written
// here writes foldoc_instruct.jsonl, each example worked out by hand from the entries below (markup,
// tags, pronunciations, dates, references and links removed; pointers and fragments left out; a
// system prompt on every third example, a follow-up on the second of every four when the entry has
// more to say). The file reads as chat data with no bad record, and the same input gives the same
// bytes.
#include "data/instruction.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string dictdNumber(int64_t value)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    do {
        out.insert(out.begin(), digits[value % 64]);
        value /= 64;
    } while (value > 0);
    return out;
}

// NAME.index and NAME.dict.dz (gzip is what dictzip extends) with one entry per (headword, text).
void writeDictionary(const fs::path& dir, const std::string& name, const std::vector<std::pair<std::string, std::string>>& entries)
{
    std::string data, index;
    for (const auto& [headword, text] : entries) {
        index += headword + '\t' + dictdNumber(static_cast<int64_t>(data.size())) + '\t' +
                 dictdNumber(static_cast<int64_t>(text.size())) + '\n';
        data += text;
    }
    std::ofstream(dir / (name + ".index")) << index;
    std::ofstream(dir / (name + ".dict")) << data;
    QProcess gzip;
    gzip.start("gzip", {"-f", "-S", ".dz", QString::fromStdString((dir / (name + ".dict")).string())});
    QVERIFY(gzip.waitForFinished(-1));
    QCOMPARE(gzip.exitCode(), 0);
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int runRecipe(const fs::path& dictd, const fs::path& out, const QStringList& extra = {})
{
    QProcess recipe;
    recipe.start(ADAPTLAB_SYSTEM_PYTHON3, QStringList{QString(ADAPTLAB_SOURCE_DIR) + "/scripts/make_demo_corpus.py",
                                                      QString::fromStdString(out.string()), "--dictd-dir",
                                                      QString::fromStdString(dictd.string())} + extra);
    recipe.waitForFinished(-1);
    if (recipe.exitCode() != 0)
        qWarning("%s", recipe.readAllStandardError().constData());
    return recipe.exitStatus() == QProcess::NormalExit ? recipe.exitCode() : -1;
}

json message(const char* role, const char* content)
{
    return {{"role", role}, {"content", content}};
}

} // namespace

class TstDemoInstruct : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path dictd_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        dictd_ = fs::path(dir_.path().toStdString()) / "dictd";
        fs::create_directories(dictd_);
        writeDictionary(dictd_, "gcide", {{"meadow", "Meadow\n\n   A tract of grass land, especially\n   one used for hay.\n"}});
        writeDictionary(dictd_, "foldoc",
                        {{"00-database-info", "00-database-info\n   This is the Free On-line Dictionary of Computing.\n"},
                         {"alt", "alt\n\n   <character> /awlt/ 1. The alt {modifier key} on many\n   {keyboards}.  It sets bit 7 of"
                                 " the character.\n\n   2. A {Usenet} hierarchy.\n\n   (1997-04-12)\n"},
                         {"dogcow", "dogcow\n\n   /dog'kow/  See {Moof}.\n\n   [{Jargon File}]\n"},
                         {"kernel", "kernel\n\n   <operating system> The essential part of {Unix} or other\n   operating"
                                    " systems, responsible for resource allocation.  The kernel is used by every"
                                    " process.  For example, it schedules\n   processes.\n\n   (1999-01-01)\n"},
                         {"mdi", "Multiple Document Interface\nMDI\n\n   <programming> (MDI) The ability of an application"
                                 " to show more\n   than one document at a time.\n\n   (1999-03-30)\n"},
                         {"daemon", "daemon\n\n   A {program} that runs in the background.\n\n   Home: (http://example.org/).\n"},
                         {"16000", "16000\n\n   National Semiconductor 16000\n"}});
    }

    void handWorkedExamples()
    {
        const fs::path out = fs::path(dir_.path().toStdString()) / "out";
        QCOMPARE(runRecipe(dictd_, out), 0);
        std::vector<json> lines;
        std::istringstream in(readFile(out / "foldoc_instruct.jsonl"));
        for (std::string line; std::getline(in, line);)
            lines.push_back(json::parse(line));
        const char* const system0 = "You are a concise dictionary of computing. Answer in one or two sentences.";
        const char* const system1 = "You answer questions about computing terms briefly and accurately.";
        const std::vector<json> expected{
            // Index 0: a system prompt; the first sentence is short, so the second joins it; sense 2 and the date go.
            {{"messages", {message("system", system0), message("user", "What is alt?"),
                           message("assistant", "The alt modifier key on many keyboards. It sets bit 7 of the character.")}},
             {"headword", "alt"}},
            // dogcow ("See Moof.") is a pointer: left out. Index 1: a follow-up from the rest of the entry.
            {{"messages", {message("user", "What is kernel?"),
                           message("assistant", "The essential part of Unix or other operating systems, responsible for "
                                                "resource allocation."),
                           message("user", "Give an example."), message("assistant", "For example, it schedules processes.")}},
             {"headword", "kernel"}},
            // Index 2: the name as the entry writes it, without the "(MDI)" gloss.
            {{"messages", {message("user", "What does MDI mean?"),
                           message("assistant", "The ability of an application to show more than one document at a time.")}},
             {"headword", "MDI"}},
            // Index 3: the second system prompt; the link paragraph goes. "16000" is a fragment: left out.
            {{"messages", {message("system", system1), message("user", "Define daemon."),
                           message("assistant", "A program that runs in the background.")}},
             {"headword", "daemon"}},
        };
        QCOMPARE(lines.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(lines[i] == expected[i], lines[i].dump().c_str());

        // Chat data as the SFT readers see it.
        const data::InstructionReadResult read = data::readInstructions(out / "foldoc_instruct.jsonl", data::InstructionFormat::Chat);
        QCOMPARE(read.badRecords, int64_t{0});
        QCOMPARE(read.conversations.size(), size_t{4});
        QCOMPARE(read.conversations[1].messages.size(), size_t{4});

        // Deterministic, and --instruct-examples spreads the kept examples.
        const fs::path again = fs::path(dir_.path().toStdString()) / "again";
        QCOMPARE(runRecipe(dictd_, again), 0);
        QCOMPARE(readFile(again / "foldoc_instruct.jsonl"), readFile(out / "foldoc_instruct.jsonl"));
        const fs::path fewer = fs::path(dir_.path().toStdString()) / "fewer";
        QCOMPARE(runRecipe(dictd_, fewer, {"--instruct-examples", "2"}), 0);
        const std::string two = readFile(fewer / "foldoc_instruct.jsonl");
        QCOMPARE(std::count(two.begin(), two.end(), '\n'), 2L);
        QVERIFY(two.find("\"alt\"") != std::string::npos && two.find("\"MDI\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstDemoInstruct)
#include "tst_demo_instruct.moc"
