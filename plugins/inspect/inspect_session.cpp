#include "inspect_session.h"

#include "job_specs.h"
#include "panel_context.h"
#include "store_access.h"

#include <QTimer>

#include <exception>
#include <stdexcept>

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

// reload()'s answer: the datasets, the tokenizer count and the stamp of one dataset's summary.
struct InspectSession::Listing {
    std::vector<store::DatasetRecord> datasets;
    int tokenizers = 0;
    int64_t stampFor = -1; // the dataset the stamp is of (the current one when asked)
    std::string stamp;
};

// loadDataset()'s answer: what was read for the dataset, and why a part could not be.
struct InspectSession::Loaded {
    int64_t datasetId = -1;
    bool hasSource = false;
    DatasetSource source;
    std::string sourceError;
    std::string stamp;
    bool hasSummary = false;
    corpus::CorpusSummary summary;
    nlohmann::json summaryJson = nlohmann::json::object();
    std::shared_ptr<const corpus::SignalsFile> signals;
    std::string mismatchError;
    std::string summaryError;
};

InspectSession::InspectSession(PanelContext* context, QObject* parent)
    : QObject(parent), context_(context), rules_(corpus::defaultQualityRules())
{
    recountTimer_ = new QTimer(this);
    recountTimer_->setSingleShot(true);
    recountTimer_->setInterval(kRecountDelayMs);
    connect(recountTimer_, &QTimer::timeout, this, &InspectSession::recountNow);
    reader_ = new StoreReader(this);
    writer_ = new StoreWriter(this);
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
    // A change made just before the window closes is still written: one small UPDATE, waited for
    // (the writer's destructor lets its queued calls finish).
    saveRulesNow();
    delete writer_;
    writer_ = nullptr;
}

QString InspectSession::projectDir() const
{
    // Only whether a project is open (a pointer), never a query: the SQL runs on the workers.
    return context_ != nullptr && context_->store() != nullptr ? context_->projectDir() : QString();
}

QString InspectSession::followProject()
{
    const QString dir = projectDir();
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    // Saves queued before this still go to the project they were made in (the writer keeps order).
    if (writer_->projectDir() != dir)
        writer_->setProject(dir);
    return dir;
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
    const quint64 generation = ++reloadGeneration_;
    if (followProject().isEmpty()) {
        reloading_ = false;
        applyListing({}, QString());
        return;
    }
    reloading_ = true;
    const int64_t current = dataset_ ? dataset_->id : -1;
    reader_->read(
        this,
        [current](const store::ProjectStore& s) {
            Listing listing;
            listing.datasets = s.datasets();
            for (const auto& artifact : s.artifacts())
                listing.tokenizers += artifact.kind == "tokenizer" ? 1 : 0;
            if (current >= 0) {
                listing.stampFor = current;
                if (const auto summary = s.datasetSummary(current))
                    listing.stamp = summary->updatedAt + '\n' + summary->signalsPath;
            }
            return listing;
        },
        [this, generation](Listing listing, const QString& error) {
            if (generation != reloadGeneration_)
                return; // a newer reload (or another project) is on its way
            reloading_ = false;
            applyListing(std::move(listing), error);
        });
}

void InspectSession::applyListing(Listing listing, const QString& error)
{
    if (!error.isEmpty()) {
        // A store that cannot be read now: keep what we had, and leave the current dataset be.
        Q_EMIT datasetsChanged();
        return;
    }
    for (auto& d : listing.datasets) {
        const auto unsaved = unsavedSettings_.find(d.id);
        if (unsaved != unsavedSettings_.end())
            d.settingsJson = unsaved->second;
    }
    datasets_ = std::move(listing.datasets);
    tokenizers_ = listing.tokenizers;
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
    // The reader answers in order: a load still in flight was asked after this listing and reads
    // a state at least as new; a stamp of another dataset says nothing about this one.
    if (loading_ || listing.stampFor != current->id) {
        dataset_ = *current;
        return;
    }
    if (listing.stamp != summaryStamp_ || current->metadataJson != dataset_->metadataJson)
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
        ++loadGeneration_; // a load in flight is for a dataset no longer shown
        loading_ = false;
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
    const quint64 generation = ++loadGeneration_;
    loading_ = !followProject().isEmpty();
    // The tabs show the dataset and its rules at once; its mapping and scan follow.
    Q_EMIT datasetChanged();
    Q_EMIT countsChanged();
    if (!loading_)
        return;
    reader_->read(
        this,
        [record](const store::ProjectStore& s) {
            Loaded loaded;
            loaded.datasetId = record.id;
            try {
                loaded.source = datasetSource(s, record);
                loaded.hasSource = true;
            } catch (const std::exception& e) {
                loaded.sourceError = e.what();
            }
            try {
                if (const auto summary = s.datasetSummary(record.id)) {
                    loaded.stamp = summary->updatedAt + '\n' + summary->signalsPath;
                    const auto json = nlohmann::json::parse(summary->summaryJson);
                    if (json.is_object() && !json.empty()) {
                        loaded.summary = corpus::CorpusSummary::fromJson(json);
                        loaded.summaryJson = json;
                        loaded.hasSummary = true;
                    }
                    if (!summary->signalsPath.empty()) {
                        // Opening reads the header; nothing more is read until a column is asked for.
                        auto file = std::make_shared<corpus::SignalsFile>(
                            corpus::SignalsFile::open(s.absolutePath(summary->signalsPath)));
                        // A file replaced or cut short since the scan would count and show the
                        // wrong documents: only the one the summary describes is used.
                        const uint64_t fingerprint = loaded.summary.signalsFingerprint;
                        corpus::requireSignalsMatch(*file, loaded.hasSummary ? loaded.summary.documents : -1,
                                                    fingerprint != 0 ? std::optional<uint64_t>(fingerprint)
                                                                     : std::nullopt);
                        loaded.signals = std::move(file);
                    }
                }
            } catch (const corpus::SignalsMismatch& e) {
                loaded.mismatchError = e.what();
            } catch (const std::exception& e) {
                loaded.summaryError = e.what();
            }
            return loaded;
        },
        [this, generation](Loaded loaded, const QString& error) {
            if (generation != loadGeneration_ || !dataset_ || dataset_->id != loaded.datasetId)
                return; // another dataset was chosen meanwhile
            loading_ = false;
            applyLoaded(std::move(loaded), error);
        });
}

void InspectSession::applyLoaded(Loaded loaded, const QString& error)
{
    hasSource_ = loaded.hasSource;
    source_ = std::move(loaded.source);
    summaryStamp_ = loaded.stamp;
    hasSummary_ = loaded.hasSummary;
    summary_ = std::move(loaded.summary);
    summaryJson_ = std::move(loaded.summaryJson);
    signals_ = std::move(loaded.signals);
    if (!error.isEmpty())
        loadProblem_ = tr("The project store could not be read: %1").arg(error);
    else if (!loaded.sourceError.empty())
        loadProblem_ = tr("The dataset's field mapping cannot be read: %1")
                           .arg(QString::fromLocal8Bit(loaded.sourceError.c_str()));
    if (!loaded.mismatchError.empty())
        loadProblem_ = tr("The dataset's signals file does not match its scan: %1. Inspect the dataset again.")
                           .arg(QString::fromLocal8Bit(loaded.mismatchError.c_str()));
    else if (!loaded.summaryError.empty())
        loadProblem_ = tr("The dataset's scan results cannot be read: %1. Scan it again.")
                           .arg(QString::fromLocal8Bit(loaded.summaryError.c_str()));
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
    // A damaged store refuses writes; say so here rather than through the writer's exception.
    // (damage() is what the app's open found, kept in memory: no query.)
    if (store::ProjectStore* s = context_ != nullptr ? context_->store() : nullptr;
        s != nullptr && projectDir().toStdString() == save.projectDir && s->damage().has_value()) {
        unsavedSettings_.erase(save.datasetId);
        setSettingsProblem(tr("The quality rule choices could not be saved: the project file is damaged."));
        return;
    }
    // Written by the writer with a connection of its own, so the UI never waits for SQLite's write
    // lock while a job writes. Saves go one at a time, in order, and each knows its project
    // folder: one made just before the project closes still lands in that project (the writer
    // moves to the next project only after the calls queued before).
    const QString dir = QString::fromStdString(save.projectDir);
    if (writer_->projectDir() != dir)
        writer_->setProject(dir);
    ++savesInFlight_;
    const int64_t savedId = save.datasetId;
    writer_->write(
        this,
        [save = std::move(save)](store::ProjectStore& s) {
            const auto record = s.dataset(save.datasetId);
            if (record) // removed meanwhile: nothing to keep the choices for
                s.setDatasetSettings(save.datasetId, withRuleChoices(record->settingsJson, save.rules));
        },
        [this, id = savedId](const QString& error) {
            --savesInFlight_;
            // The choices in memory stay authoritative until no newer change waits for this dataset.
            if (!(pendingSave_ && pendingSave_->datasetId == id))
                unsavedSettings_.erase(id);
            if (!error.isEmpty())
                setSettingsProblem(tr("The quality rule choices could not be saved in the project: %1").arg(error));
        });
}

void InspectSession::prepareAction(const QString& output, QObject* context,
                                   std::function<void(bool nameTaken, const QString& error)> done)
{
    if (!dataset_ || followProject().isEmpty()) {
        done(false, tr("No dataset is open."));
        return;
    }
    saveRulesNow(); // a save still waiting for the pause goes first
    const int64_t id = dataset_->id;
    // The choices as they are in memory ("quality_rules", or none after a reset).
    const nlohmann::json settings = nlohmann::json::parse(dataset_->settingsJson, nullptr, false);
    std::optional<nlohmann::json> rules;
    if (settings.is_object() && settings.contains(kRulesKey))
        rules = settings[kRulesKey];
    writer_->write(
        context,
        [id, rules, name = output.toStdString()](store::ProjectStore& s) {
            const auto record = s.dataset(id);
            if (!record)
                throw std::runtime_error("the dataset is no longer in the project");
            s.setDatasetSettings(id, withRuleChoices(record->settingsJson, rules));
            return s.datasetByName(name).has_value();
        },
        [done = std::move(done)](bool taken, const QString& error) { done(taken, error); });
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
