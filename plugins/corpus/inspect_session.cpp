#include "inspect_session.h"

#include "panel_context.h"

#include <QTimer>

#include <exception>

namespace adaptlab::corpus_panel {

namespace {

// A drag on a histogram moves the threshold many times a second; count once it pauses.
constexpr int kRecountDelayMs = 120;

} // namespace

InspectSession::InspectSession(PanelContext* context, QObject* parent)
    : QObject(parent), context_(context), rules_(corpus::defaultQualityRules())
{
    recountTimer_ = new QTimer(this);
    recountTimer_->setSingleShot(true);
    recountTimer_->setInterval(kRecountDelayMs);
    connect(recountTimer_, &QTimer::timeout, this, &InspectSession::recountNow);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, [this] {
            setDataset(-1);
            reload();
        });
        connect(context_, &PanelContext::storeChanged, this, &InspectSession::reload);
    }
}

InspectSession::~InspectSession() = default;

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
        loadDataset(*current);
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
        hasSource_ = hasSummary_ = false;
        source_ = {};
        summary_ = {};
        signals_.reset();
        summaryStamp_.clear();
        loadProblem_.clear();
        counts_ = {};
        Q_EMIT datasetChanged();
        Q_EMIT countsChanged();
        return true;
    }
    for (const auto& d : datasets_) {
        if (d.id == id) {
            if (dataset_ && dataset_->id == id)
                return true;
            loadDataset(d);
            return true;
        }
    }
    return false;
}

void InspectSession::loadDataset(const store::DatasetRecord& record)
{
    counter_.cancel();
    dataset_ = record;
    hasSource_ = hasSummary_ = false;
    source_ = {};
    summary_ = {};
    signals_.reset();
    summaryStamp_.clear();
    loadProblem_.clear();
    counts_ = {};

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
}

void InspectSession::setEnabled(int rule, bool enabled)
{
    if (rule < 0 || rule >= static_cast<int>(rules_.size()) || rules_[rule].enabled == enabled)
        return;
    rules_[rule].enabled = enabled;
    Q_EMIT ruleChanged(rule);
    scheduleRecount();
}

void InspectSession::resetRules()
{
    rules_ = corpus::defaultQualityRules();
    Q_EMIT rulesReset();
    scheduleRecount();
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
