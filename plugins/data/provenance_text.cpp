#include "provenance_text.h"

#include "corpus_text.h"

#include "corpus/dedup.h"
#include "corpus/quality_signals.h"

#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace adaptlab::corpus_panel {

namespace {

using nlohmann::json;
using Line = ProvenanceText::Line;

// The facts gathered so far; `lines << text` adds one.
struct Lines {
    QList<Line> all;
    Lines& operator<<(const QString& text)
    {
        all.append({text, {}});
        return *this;
    }
    Lines& operator<<(const QStringList& texts)
    {
        for (const QString& text : texts)
            *this << text;
        return *this;
    }
    void group(const QString& text, const QStringList& items) { all.append({text, items}); }
};

// Reads the keys of one provenance object and remembers which were used, so the rest can be listed.
class Reader {
public:
    explicit Reader(const json& object) : object_(object) {}

    bool has(const char* key) const { return object_.contains(key); }
    const json& at(const char* key)
    {
        used_.insert(key);
        return object_.at(key);
    }
    QString text(const char* key)
    {
        if (!has(key))
            return {};
        const json& value = at(key);
        return value.is_string() ? QString::fromStdString(value.get<std::string>())
                                 : QString::fromStdString(value.dump());
    }
    QString count(const char* key)
    {
        if (!has(key))
            return {};
        const json& value = at(key);
        return value.is_number_integer() ? QLocale().toString(static_cast<qint64>(value.get<int64_t>()))
                                         : QString::fromStdString(value.dump());
    }
    QString number(const char* key, int decimals)
    {
        if (!has(key))
            return {};
        const json& value = at(key);
        return value.is_number() ? QLocale().toString(value.get<double>(), 'f', decimals)
                                 : QString::fromStdString(value.dump());
    }
    void markUsed(const char* key) { used_.insert(key); }

    // "key: value" for every key nobody read.
    QStringList rest() const
    {
        QStringList lines;
        for (const auto& [key, value] : object_.items()) {
            if (used_.count(key) != 0)
                continue;
            lines << ProvenanceText::tr("%1: %2", "provenance key: value")
                         .arg(QString::fromStdString(key),
                              value.is_string() ? QString::fromStdString(value.get<std::string>())
                                                : QString::fromStdString(value.dump()));
        }
        return lines;
    }

private:
    const json& object_;
    std::set<std::string> used_;
};

QString yesNo(bool on)
{
    return on ? ProvenanceText::tr("on") : ProvenanceText::tr("off");
}

void filterLines(Reader& r, Lines& lines)
{
    if (r.has("rules") && r.at("rules").is_array()) {
        const auto defaults = corpus::defaultQualityRules();
        QStringList applied;
        QStringList off;
        for (const json& entry : r.at("rules")) {
            if (!entry.is_object() || !entry.contains("key") || !entry["key"].is_string())
                continue;
            const std::string key = entry["key"].get<std::string>();
            const auto rule = std::find_if(defaults.begin(), defaults.end(), [&](const auto& d) { return d.key == key; });
            if (rule == defaults.end()) {
                // A rule this build does not know: its key and what was recorded for it.
                (entry.value("enabled", true) ? applied : off)
                    << ProvenanceText::tr("%1 (threshold %2)", "unknown rule key (threshold)")
                           .arg(QString::fromStdString(key),
                                entry.contains("threshold") ? QString::fromStdString(entry["threshold"].dump()) : QString());
                continue;
            }
            corpus::QualityRule used = *rule;
            if (entry.contains("threshold") && entry["threshold"].is_number())
                used.threshold = entry["threshold"].get<double>();
            const bool enabled = entry.value("enabled", true);
            (enabled ? applied : off) << ProvenanceText::tr("%1 (%2)", "rule (family)")
                                             .arg(CorpusText::ruleLabel(used), CorpusText::familyLabel(used.family));
        }
        if (!applied.isEmpty())
            lines.group(ProvenanceText::tr("Rules applied (a document failing any one was removed):"), applied);
        if (!off.isEmpty())
            lines.group(ProvenanceText::tr("Rules switched off:"), off);
    }
    if (r.has("c4_clean_lines"))
        lines << (r.at("c4_clean_lines") == true
                      ? ProvenanceText::tr("C4 line cleaning: on (lines C4 drops were cut from the documents kept)")
                      : ProvenanceText::tr("C4 line cleaning: off"));
    if (r.has("kept") && r.at("kept").is_object()) {
        const json& kept = r.at("kept");
        lines << ProvenanceText::tr("Kept: %1 documents, %2 words")
                     .arg(QLocale().toString(static_cast<qint64>(kept.value("documents", int64_t{0}))),
                          QLocale().toString(static_cast<qint64>(kept.value("words", int64_t{0}))));
    }
}

void dedupLines(Reader& r, Lines& lines)
{
    if (r.has("mode")) {
        const QString mode = r.text("mode");
        if (mode == QLatin1String("exact"))
            lines << ProvenanceText::tr("Removed: exact duplicates (identical text)");
        else if (mode == QLatin1String("near"))
            lines << ProvenanceText::tr("Removed: near duplicates (MinHash)");
        else if (mode == QLatin1String("both"))
            lines << ProvenanceText::tr("Removed: exact and near duplicates (MinHash)");
        else
            lines << ProvenanceText::tr("Mode: %1").arg(mode);
    }
    if (r.has("bands") && r.has("rows") && r.at("bands").is_number_integer() && r.at("rows").is_number_integer()) {
        const int bands = r.at("bands").get<int>();
        const int rows = r.at("rows").get<int>();
        lines << ProvenanceText::tr("MinHash LSH: %1 bands × %2 rows; documents with a Jaccard similarity "
                                    "above about %3 count as near duplicates")
                     .arg(bands)
                     .arg(rows)
                     .arg(QLocale().toString(corpus::lshThreshold(bands, rows), 'f', 2));
        r.markUsed("threshold");
    }
    if (r.has("ngram"))
        lines << ProvenanceText::tr("Shingles: %1 words").arg(r.count("ngram"));
    if (r.has("seed"))
        lines << ProvenanceText::tr("Seed: %1").arg(r.count("seed"));
    if (r.has("removed_exact") || r.has("removed_near"))
        lines << ProvenanceText::tr("Documents removed: %1 exact duplicates, %2 near duplicates")
                     .arg(r.has("removed_exact") ? r.count("removed_exact") : QStringLiteral("0"),
                          r.has("removed_near") ? r.count("removed_near") : QStringLiteral("0"));
}

void selectLines(Reader& r, Lines& lines)
{
    if (r.has("k") || r.has("target")) {
        const bool chunks = !r.has("chunk_words") || r.at("chunk_words") != 0;
        const QString k = r.count("k");
        const QString target = r.text("target");
        lines << (chunks ? ProvenanceText::tr("Kept the %1 chunks most like the target dataset %2 (DSIR importance "
                                              "resampling)").arg(k, target)
                         : ProvenanceText::tr("Kept the %1 documents most like the target dataset %2 (DSIR importance "
                                              "resampling)").arg(k, target));
    }
    // Since issue 8 a selection is also measured against random samples of its size; that
    // comparison is the figure to read, so it comes first. Older provenance has only kl_reduction.
    if (r.has("kl_reduction_vs_random") && r.at("kl_reduction_vs_random").is_number())
        lines << CorpusText::dsirVersusRandom(r.at("kl_reduction_vs_random").get<double>());
    if (r.has("kl_reduction") && r.has("kl_reduction_random"))
        lines << ProvenanceText::tr("KL divergence to the target reduced by %1 against the whole source dataset "
                                    "(by %2 for a random sample of the same size)")
                     .arg(r.number("kl_reduction", 4), r.number("kl_reduction_random", 4));
    else if (r.has("kl_reduction"))
        lines << ProvenanceText::tr("KL divergence to the target reduced by %1").arg(r.number("kl_reduction", 4));
    if (r.has("chunk_words")) {
        if (r.at("chunk_words") == 0)
            lines << ProvenanceText::tr("Unit: whole documents");
        else
            lines << ProvenanceText::tr("Unit: chunks of %1 words (shorter than %2 words are dropped)")
                         .arg(r.count("chunk_words"), r.has("min_chunk_words") ? r.count("min_chunk_words")
                                                                               : QStringLiteral("0"));
    }
    if (r.has("buckets"))
        lines << ProvenanceText::tr("Hashed n-gram buckets: %1").arg(r.count("buckets"));
    if (r.has("laplace"))
        lines << ProvenanceText::tr("Laplace smoothing: %1").arg(r.number("laplace", 3));
    if (r.has("noise"))
        lines << ProvenanceText::tr("Gumbel noise (sampling instead of taking the top k): %1")
                     .arg(yesNo(r.at("noise") == true));
    if (r.has("seed"))
        lines << ProvenanceText::tr("Seed: %1").arg(r.count("seed"));
}

void sampleLines(Reader& r, Lines& lines)
{
    if (r.has("n"))
        lines << ProvenanceText::tr("A uniform random sample of %1 documents").arg(r.count("n"));
    if (r.has("seed"))
        lines << ProvenanceText::tr("Seed: %1").arg(r.count("seed"));
}

} // namespace

QList<Line> ProvenanceText::entries(const std::string& provenanceJson)
{
    const json provenance = json::parse(provenanceJson, nullptr, /*allow_exceptions=*/false);
    if (provenance.is_discarded() || !provenance.is_object()) {
        if (provenanceJson.empty())
            return {};
        return {{tr("The recorded provenance cannot be read: %1").arg(QString::fromStdString(provenanceJson)), {}}};
    }
    if (provenance.empty())
        return {};
    try {
        return describe(provenance);
    } catch (const json::exception&) {
        // A value of an unexpected type: show everything as recorded rather than half of it.
        Reader raw(provenance);
        Lines lines;
        lines << raw.rest();
        return lines.all;
    }
}

QList<Line> ProvenanceText::describe(const nlohmann::json& provenance)
{
    Reader r(provenance);
    Lines lines;
    const QString operation = r.text("operation");
    const QString source = r.text("source");
    const QString run = r.count("run_id");
    // What was done, to which dataset, by which run.
    QString made;
    if (operation == QLatin1String("filter"))
        made = tr("Filtered from %1 with quality rules").arg(source);
    else if (operation == QLatin1String("dedup"))
        made = tr("Deduplicated from %1").arg(source);
    else if (operation == QLatin1String("dsir_select"))
        made = tr("Selected from %1 with DSIR").arg(source);
    else if (operation == QLatin1String("sample"))
        made = tr("Sampled from %1").arg(source);
    else if (!operation.isEmpty())
        made = tr("Made by \"%1\" from %2").arg(operation, source.isEmpty() ? tr("an unnamed source") : source);
    else if (!source.isEmpty())
        made = tr("Made from %1").arg(source);
    if (!made.isEmpty())
        lines << (run.isEmpty() ? made : tr("%1, in run %2", "what was done, in run N").arg(made, run));

    if (operation == QLatin1String("filter"))
        filterLines(r, lines);
    else if (operation == QLatin1String("dedup"))
        dedupLines(r, lines);
    else if (operation == QLatin1String("dsir_select"))
        selectLines(r, lines);
    else if (operation == QLatin1String("sample"))
        sampleLines(r, lines);
    lines << r.rest();
    return lines.all;
}

QStringList ProvenanceText::lines(const std::string& provenanceJson)
{
    QStringList out;
    for (const Line& line : entries(provenanceJson))
        out << (line.items.isEmpty() ? line.text
                                     : tr("%1 %2", "a heading, then its items").arg(line.text, QLocale().createSeparatedList(line.items)));
    return out;
}

QString ProvenanceText::html(const std::string& provenanceJson)
{
    const QList<Line> all = entries(provenanceJson);
    if (all.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const Line& line : all) {
        html += QStringLiteral("<li>%1").arg(line.text.toHtmlEscaped());
        if (!line.items.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& item : line.items)
                html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace adaptlab::corpus_panel
