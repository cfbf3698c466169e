#include "inspect_session.h"

#include "job_specs.h"
#include "panel_context.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

#include <exception>

namespace adaptlab::corpus_panel {

namespace {

// A drag on a histogram moves the threshold many times a second; count once it pauses.
constexpr int kRecountDelayMs = 120;
// Saving waits a little longer: one write for a drag or a run of typed digits.
constexpr int kSaveDelayMs = 400;
constexpr const char* kRulesKey = "quality_rules";

// A dataset's settings JSON with its "quality_rules" replaced (or removed: the defaults apply),
// whatever else other panels keep there left as it is.
std::string withRuleChoices(const std::string& settingsJson, const std::optional<nlohmann::json>& rules)
{
    nlohmann::json settings = nlohmann::json::parse(settingsJson, nullptr, /*allow_exceptions=*/false);
    if (!settings.is_object())
        settings = nlohmann::json::object();
    if (rules)
        settings[kRulesKey] = *rules;
    else
        settings.erase(kRulesKey);
    return settings.dump();
}

} // namespace

InspectSession::InspectSession(PanelContext* context, QObject* parent)
    : QObject(parent), context_(context), rules_(corpus::defaultQualityRules())
{
    recountTimer_ = new QTimer(this);
    recountTimer_->setSingleShot(true);
    recountTimer_->setInterval(kRecountDelayMs);
    connect(recountTimer_, &QTimer::timeout, this, &InspectSession::recountNow);
    writer_.setMaxThreadCount(1);
    saveTimer_ = new QTimer(this);
    saveTimer_->setSingleShot(true);
    saveTimer_->setInterval(kSaveDelayMs);
    connect(saveTimer_, &QTimer::timeout, this, &InspectSession::saveRulesNow);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, [this] {
            saveRulesNow(); // lands in the old project: the save knows its folder
            setDataset(-1);
            reload();
        });
        connect(context_, &PanelContext::storeChanged, this, &InspectSession::reload);
    }
}

InspectSession::~InspectSession()
{
    // A change made just before the window closes is still written: one small UPDATE, waited for.
    saveRulesNow();
    writer_.waitForDone();
}

store::ProjectStore* InspectSession::store() const
{
    return context_ != nullptr ? context_->store() : nullptr;
}

QString InspectSession::projectDir() const
{
    return context_ != nullptr ? context_->projectDir() : QString();
}

std::function<std::vector<corpus::Document>(const std::atomic<bool>&)>
InspectSession::documentFetcher(const std::vector<int64_t>& indices) const
{
    const DatasetSource source = source_;
    std::vector<corpus::DocumentRef> refs;
    if (signals_) {
        for (const int64_t index : indices)
            if (index >= 0 && index < signals_->documents())
                refs.push_back({index, signals_->row(index).position});
        return [source, refs](const std::atomic<bool>& cancel) {
            return corpus::fetchDocumentsAt(source.inputs, source.options, refs, &cancel);
        };
    }
    return [source, indices](const std::atomic<bool>& cancel) {
        return corpus::fetchDocuments(source.inputs, source.options, indices, &cancel);
    };
}

QString InspectSession::datasetName() const
{
    return dataset_ ? QString::fromStdString(dataset_->name) : QString();
}

void InspectSession::reload()
{
    store::ProjectStore* s = store();
    std::vector<store::DatasetRecord> fresh;
    int tokenizers = 0;
    if (s != nullptr) {
        try {
            fresh = s->datasets();
            for (const auto& artifact : s->artifacts())
                tokenizers += artifact.kind == "tokenizer" ? 1 : 0;
        } catch (const std::exception&) {
            fresh = datasets_; // a busy store: keep what we had
        }
    }
    for (auto& d : fresh) {
        const auto unsaved = unsavedSettings_.find(d.id);
        if (unsaved != unsavedSettings_.end())
            d.settingsJson = unsaved->second;
    }
    datasets_ = std::move(fresh);
    tokenizers_ = tokenizers;
    Q_EMIT datasetsChanged();

    if (!dataset_)
        return;
    const store::DatasetRecord* current = nullptr;
    for (const auto& d : datasets_)
        if (d.id == dataset_->id)
            current = &d;
    if (current == nullptr) {
        setDataset(-1);
        return;
    }
    std::string stamp;
    try {
        if (const auto summary = s->datasetSummary(current->id))
            stamp = summary->updatedAt + '\n' + summary->signalsPath;
    } catch (const std::exception&) {
        return;
    }
    if (stamp != summaryStamp_ || current->metadataJson != dataset_->metadataJson)
        loadDataset(*current, /*restoreRules=*/false);
    else
        dataset_ = *current; // counts may have changed
}

bool InspectSession::setDataset(qint64 id)
{
    if (id < 0) {
        if (!dataset_)
            return true;
        counter_.cancel();
        dataset_.reset();
        forgetLoaded();
        Q_EMIT datasetChanged();
        Q_EMIT countsChanged();
        return true;
    }
    for (const auto& d : datasets_) {
        if (d.id == id) {
            if (dataset_ && dataset_->id == id)
                return true;
            loadDataset(d, /*restoreRules=*/true);
            return true;
        }
    }
    return false;
}

// What was read for the previous dataset: its source, summary, signals file and counts.
void InspectSession::forgetLoaded()
{
    hasSource_ = hasSummary_ = false;
    source_ = {};
    summary_ = {};
    summaryJson_ = nlohmann::json::object();
    signals_.reset();
    summaryStamp_.clear();
    loadProblem_.clear();
    counts_ = {};
}

void InspectSession::loadDataset(const store::DatasetRecord& record, bool withSavedRules)
{
    counter_.cancel();
    if (withSavedRules)
        restoreRules(record);
    dataset_ = record;
    forgetLoaded();

    store::ProjectStore* s = store();
    if (s != nullptr) {
        try {
            source_ = datasetSource(*s, record);
            hasSource_ = true;
        } catch (const std::exception& e) {
            loadProblem_ = tr("The dataset's field mapping cannot be read: %1")
                               .arg(QString::fromLocal8Bit(e.what()));
        }
        try {
            if (const auto summary = s->datasetSummary(record.id)) {
                summaryStamp_ = summary->updatedAt + '\n' + summary->signalsPath;
                const auto json = nlohmann::json::parse(summary->summaryJson);
                if (json.is_object() && !json.empty()) {
                    summary_ = corpus::CorpusSummary::fromJson(json);
                    summaryJson_ = json;
                    hasSummary_ = true;
                }
                if (!summary->signalsPath.empty()) {
                    // Opening reads the header; nothing more is read until a column is asked for.
                    auto file = std::make_shared<corpus::SignalsFile>(
                        corpus::SignalsFile::open(s->absolutePath(summary->signalsPath)));
                    // A file replaced or cut short since the scan would count and show the wrong
                    // documents: only the one the summary describes is used.
                    const uint64_t fingerprint = summary_.signalsFingerprint;
                    corpus::requireSignalsMatch(*file, hasSummary_ ? summary_.documents : -1,
                                                fingerprint != 0 ? std::optional<uint64_t>(fingerprint) : std::nullopt);
                    signals_ = std::move(file);
                }
            }
        } catch (const corpus::SignalsMismatch& e) {
            loadProblem_ = tr("The dataset's signals file does not match its scan: %1. Inspect the dataset again.")
                               .arg(QString::fromLocal8Bit(e.what()));
        } catch (const std::exception& e) {
            loadProblem_ = tr("The dataset's scan results cannot be read: %1. Scan it again.")
                               .arg(QString::fromLocal8Bit(e.what()));
        }
    }
    Q_EMIT datasetChanged();
    Q_EMIT countsChanged();
    if (signals_)
        recountNow();
}

void InspectSession::setThreshold(int rule, double threshold)
{
    if (rule < 0 || rule >= static_cast<int>(rules_.size()) || rules_[rule].threshold == threshold)
        return;
    rules_[rule].threshold = threshold;
    Q_EMIT ruleChanged(rule);
    scheduleRecount();
    rememberRules(/*reset=*/false);
}

void InspectSession::setEnabled(int rule, bool enabled)
{
    if (rule < 0 || rule >= static_cast<int>(rules_.size()) || rules_[rule].enabled == enabled)
        return;
    rules_[rule].enabled = enabled;
    Q_EMIT ruleChanged(rule);
    scheduleRecount();
    rememberRules(/*reset=*/false);
}

void InspectSession::resetRules()
{
    rules_ = corpus::defaultQualityRules();
    Q_EMIT rulesReset();
    scheduleRecount();
    rememberRules(/*reset=*/true);
}

void InspectSession::restoreRules(const store::DatasetRecord& record)
{
    QStringList problems;
    std::vector<corpus::QualityRule> rules = corpus::defaultQualityRules();
    const nlohmann::json settings = nlohmann::json::parse(record.settingsJson, nullptr, /*allow_exceptions=*/false);
    if (!settings.is_object())
        problems << tr("the dataset's settings are not a JSON object");
    else if (settings.contains(kRulesKey))
        rules = applyQualityRuleChoices(settings[kRulesKey], QString::fromLatin1(kRulesKey), &problems);
    rules_ = std::move(rules);
    setSettingsProblem(problems.isEmpty()
                           ? QString()
                           : tr("Some saved quality rule choices of dataset %1 could not be used; those "
                                "rules have their defaults: %2")
                                 .arg(QString::fromStdString(record.name), problems.join(QStringLiteral("; "))));
}

void InspectSession::rememberRules(bool reset)
{
    if (!dataset_ || projectDir().isEmpty())
        return;
    RulesSave save;
    save.projectDir = projectDir().toStdString();
    save.datasetId = dataset_->id;
    if (!reset)
        save.rules = qualityRuleChoices(rules_);
    // The records in memory carry the choice at once, so reopening the dataset before the
    // write lands restores it.
    dataset_->settingsJson = withRuleChoices(dataset_->settingsJson, save.rules);
    for (auto& d : datasets_)
        if (d.id == dataset_->id)
            d.settingsJson = dataset_->settingsJson;
    unsavedSettings_[dataset_->id] = dataset_->settingsJson;
    pendingSave_ = std::move(save);
    saveTimer_->start();
}

void InspectSession::saveRulesNow()
{
    saveTimer_->stop();
    if (!pendingSave_)
        return;
    RulesSave save = std::move(*pendingSave_);
    pendingSave_.reset();
    // A damaged store refuses writes; say so here rather than through a worker's exception.
    if (store::ProjectStore* s = store(); s != nullptr && projectDir().toStdString() == save.projectDir
                                          && s->damage().has_value()) {
        unsavedSettings_.erase(save.datasetId);
        setSettingsProblem(tr("The quality rule choices could not be saved: the project file is damaged."));
        return;
    }
    // Written by a worker with a connection of its own, so the UI never waits for SQLite's write
    // lock while a job writes. Saves go one at a time, in order (one thread), and each knows its
    // project folder: one made just before the project closes still lands in that project. The
    // quick check already ran when the app opened the project, so the worker skips it.
    ++savesInFlight_;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, id = save.datasetId] {
        const QString error = watcher->result();
        watcher->deleteLater();
        --savesInFlight_;
        // The choices in memory stay authoritative until no newer change waits for this dataset.
        if (!(pendingSave_ && pendingSave_->datasetId == id))
            unsavedSettings_.erase(id);
        if (!error.isEmpty())
            setSettingsProblem(tr("The quality rule choices could not be saved in the project: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run(&writer_, [save = std::move(save)]() -> QString {
        try {
            store::OpenOptions options;
            options.quickCheckBudget = std::chrono::milliseconds(0);
            auto s = store::ProjectStore::open(save.projectDir, options);
            const auto record = s.dataset(save.datasetId);
            if (record) // removed meanwhile: nothing to keep the choices for
                s.setDatasetSettings(save.datasetId, withRuleChoices(record->settingsJson, save.rules));
            return {};
        } catch (const std::exception& e) {
            return QString::fromLocal8Bit(e.what());
        }
    }));
}

void InspectSession::setSettingsProblem(const QString& problem)
{
    if (problem == settingsProblem_)
        return;
    settingsProblem_ = problem;
    Q_EMIT settingsProblemChanged();
}

std::vector<int> InspectSession::rulesOn(corpus::Signal signal) const
{
    std::vector<int> found;
    for (size_t i = 0; i < rules_.size(); ++i)
        if (rules_[i].signal == signal)
            found.push_back(static_cast<int>(i));
    return found;
}

void InspectSession::scheduleRecount()
{
    if (signals_)
        recountTimer_->start();
}

bool InspectSession::recountPending() const
{
    return recountTimer_->isActive();
}

void InspectSession::recountNow()
{
    recountTimer_->stop();
    if (!signals_)
        return;
    std::shared_ptr<const corpus::SignalsFile> file = signals_;
    std::vector<corpus::QualityRule> rules = rules_;
    counter_.run(
        [file, rules](const std::atomic<bool>& cancel) { return countRules(*file, rules, &cancel); },
        [this](RuleCounts counts, const QString& error) {
            if (!error.isEmpty()) {
                loadProblem_ = tr("Counting what the rules remove failed: %1").arg(error);
                return;
            }
            counts_ = std::move(counts);
            Q_EMIT countsChanged();
        });
}

} // namespace adaptlab::corpus_panel
