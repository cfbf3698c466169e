// InspectSession: what the Inspect panel's tabs share: the project's datasets, the dataset being
// inspected (its inputs and mapping, its scan summary, its memory-mapped signals file), the
// quality rules with the user's thresholds, and what those rules remove, recounted from the
// signals file on a worker thread shortly after every change. The rules are kept per dataset in
// the project (the dataset's settings, "quality_rules"), written shortly after the user stops
// changing them and restored when the dataset is opened again.
// The UI thread never waits on the store: the datasets, the mapping and the scan summary are read
// by a StoreReader (its own read-only connection), the rule choices written by a StoreWriter. An
// answer for a dataset no longer selected, or older than a newer question, is dropped.
#pragma once

#include "background_task.h"
#include "dataset_source.h"
#include "rule_counts.h"

#include "corpus/corpus_scan.h"
#include "corpus/document_lookup.h"
#include "corpus/quality_signals.h"
#include "corpus/signals_file.h"
#include "store/project_store.h"

#include "panel_context.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace adaptlab {
class StoreReader;
class StoreWriter;
}

namespace adaptlab::corpus_panel {

class InspectSession final : public QObject {
    Q_OBJECT
public:
    explicit InspectSession(PanelContext* context, QObject* parent = nullptr);
    ~InspectSession() override;

    PanelContext* context() const { return context_; }
    // The open project's folder; empty when none is open.
    QString projectDir() const;

    // The project's datasets, as last read.
    const std::vector<store::DatasetRecord>& datasets() const { return datasets_; }
    // Asks for the datasets again (answered later: datasetsChanged); reloads the current dataset
    // when its scan changed.
    void reload();
    // The datasets or the current dataset's scan are being read; what is shown may be old.
    bool isLoading() const { return reloading_ || loading_; }

    // Inspects another dataset (-1: none). Returns false when it is not in the project (as last
    // read). Its rules apply at once; its mapping and scan follow (datasetChanged again).
    bool setDataset(qint64 id);
    qint64 datasetId() const { return dataset_ ? dataset_->id : -1; }
    const std::optional<store::DatasetRecord>& dataset() const { return dataset_; }
    QString datasetName() const;
    bool hasSource() const { return hasSource_; }
    const DatasetSource& source() const { return source_; }
    bool hasSummary() const { return hasSummary_; }
    const corpus::CorpusSummary& summary() const { return summary_; }
    // The summary as stored, for keys newer than CorpusSummary reads (e.g. disjoint duplicates).
    const nlohmann::json& summaryJson() const { return summaryJson_; }
    std::shared_ptr<const corpus::SignalsFile> signalsFile() const { return signals_; }
    // Reads these documents of the dataset (on a worker thread): at the positions the scan saved
    // when there is a signals file (only the files that hold them, straight to them when
    // uncompressed), else by streaming the corpus. Documents gone since the scan are left out.
    std::function<std::vector<corpus::Document>(const std::atomic<bool>&)>
    documentFetcher(const std::vector<int64_t>& indices) const;
    // Why the mapping, the summary or the signals file could not be read; empty when all is well.
    QString loadProblem() const { return loadProblem_; }
    // Tokenizers the project has (artifacts of kind "tokenizer").
    int tokenizerCount() const { return tokenizers_; }

    const std::vector<corpus::QualityRule>& rules() const { return rules_; }
    void setThreshold(int rule, double threshold);
    void setEnabled(int rule, bool enabled);
    // Back to the default rules; the dataset's saved choices are dropped.
    void resetRules();
    // Why the dataset's saved rule choices could not all be restored or saved; empty when fine.
    QString settingsProblem() const { return settingsProblem_; }
    // Writes rule changes still waiting for the pause at once.
    void saveRulesNow();
    // No change is waiting to be written.
    bool rulesSaved() const { return !pendingSave_ && savesInFlight_ == 0; }
    std::vector<int> rulesOn(corpus::Signal signal) const;

    // Before an action starts a job: writes the dataset's rule choices as they are now (after any
    // save already waiting) and checks that no dataset is called OUTPUT, on the writer's thread;
    // the write waits there for another process's lock, never on the UI thread. done(nameTaken,
    // error) comes on CONTEXT's thread (dropped when it is gone).
    void prepareAction(const QString& output, QObject* context,
                       std::function<void(bool nameTaken, const QString& error)> done);

    const RuleCounts& counts() const { return counts_; }
    bool isCounting() const { return counter_.isRunning() || recountPending(); }
    // Starts the recount now instead of after the short pause that batches drags.
    void recountNow();

Q_SIGNALS:
    void datasetsChanged();
    void datasetChanged(); // also when its mapping and scan arrive or loading starts
    void ruleChanged(int rule);
    void rulesReset();
    void countsChanged();
    void settingsProblemChanged();

private:
    // What the reader brings for reload() and loadDataset().
    struct Listing;
    struct Loaded;
    void applyListing(Listing listing, const QString& error);
    void applyLoaded(Loaded loaded, const QString& error);
    // Points the reader and the writer at the open project (or none).
    QString followProject();
    // withSavedRules: a dataset opened anew takes its saved rules; the one already open keeps
    // the rules in memory when only its scan changed.
    void loadDataset(const store::DatasetRecord& record, bool withSavedRules);
    void forgetLoaded();
    void restoreRules(const store::DatasetRecord& record);
    void rememberRules(bool reset);
    void setSettingsProblem(const QString& problem);
    void scheduleRecount();
    bool recountPending() const;

    QPointer<PanelContext> context_; // the app may go first at shutdown
    StoreReader* reader_ = nullptr;
    StoreWriter* writer_ = nullptr;
    quint64 reloadGeneration_ = 0; // the answer of an older reload() is dropped
    quint64 loadGeneration_ = 0;   // the same for loadDataset()
    bool reloading_ = false;
    bool loading_ = false;
    std::vector<store::DatasetRecord> datasets_;
    std::optional<store::DatasetRecord> dataset_;
    std::string summaryStamp_; // updatedAt + signals path of the loaded summary
    bool hasSource_ = false;
    DatasetSource source_;
    bool hasSummary_ = false;
    corpus::CorpusSummary summary_;
    nlohmann::json summaryJson_ = nlohmann::json::object();
    std::shared_ptr<const corpus::SignalsFile> signals_;
    QString loadProblem_;
    int tokenizers_ = 0;

    std::vector<corpus::QualityRule> rules_;
    RuleCounts counts_;
    QTimer* recountTimer_ = nullptr;
    BackgroundTask<RuleCounts> counter_{this};

    // One write of a dataset's rule choices: where, and what ("quality_rules", or nothing to
    // follow the defaults). Captured when the user changes a rule, so a switch of dataset or
    // project during the pause cannot send it to the wrong place.
    struct RulesSave {
        std::string projectDir;
        int64_t datasetId = -1;
        std::optional<nlohmann::json> rules;
    };
    QTimer* saveTimer_ = nullptr;
    std::optional<RulesSave> pendingSave_;
    // Settings JSON changed in memory but not yet in the store, by dataset id: a reload of the
    // datasets during the pause must not bring the old choices back.
    std::map<int64_t, std::string> unsavedSettings_;
    QString settingsProblem_;
    int savesInFlight_ = 0;
};

} // namespace adaptlab::corpus_panel
