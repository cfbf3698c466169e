// Fertility: how many tokens a tokenizer needs per word of each dataset, for one or two tokenizers
// (job kind tokenizer_fertility), as grouped bars, a table of the measures, and the vocabulary-gap
// list of the chosen dataset and tokenizer: the words that cost the most tokens in total, with the
// pieces they are cut into.
#pragma once

#include "fertility_report.h"
#include "tokenizer_catalog.h"

#include "job_runner.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace adaptlab {
class ChartView;
class PanelContext;
class ParamForm;
}

namespace adaptlab::tokenizer_panel {

class FertilityTab final : public QWidget {
    Q_OBJECT
public:
    explicit FertilityTab(PanelContext* context, QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    // The tokenizer selected in the panel's list becomes the first one measured.
    void setPrimaryTokenizer(const QString& path);

    QListWidget* datasetList() const { return datasets_; }
    QComboBox* firstBox() const { return first_; }
    QComboBox* secondBox() const { return second_; }
    QPushButton* runButton() const { return run_; }
    ChartView* chart() const { return chart_; }
    QTableWidget* summaryTable() const { return summary_; }
    QTableWidget* gapTable() const { return gaps_; }
    QLabel* statusLabel() const { return status_; }
    JobRunner* runner() const { return runner_; }
    const std::optional<FertilityReport>& report() const { return report_; }

    // Starts the job with what is chosen; false (and the status says why) when refused.
    bool startRun();
    // Shows RESULT (the job's result JSON); false when it cannot be read (the status says why).
    bool showResult(const QString& result);
    // The gap list of INPUT measured with tokenizer number TOKENIZER of the report.
    void showGaps(const QString& input, int tokenizer);

Q_SIGNALS:
    void resultShown();

private:
    QString tokenizerName(const QString& path) const;
    void updateRunButton();

    PanelContext* context_;
    std::vector<TokenizerEntry> tokenizers_;
    QListWidget* datasets_ = nullptr;
    QComboBox* first_ = nullptr;
    QComboBox* second_ = nullptr;
    ParamForm* form_ = nullptr; // sample size and gap words, when this build has the job
    QPushButton* run_ = nullptr;
    QLabel* status_ = nullptr;
    ChartView* chart_ = nullptr;
    QTableWidget* summary_ = nullptr;
    QLabel* gapTitle_ = nullptr;
    QTableWidget* gaps_ = nullptr;
    QPointer<JobRunner> runner_;
    std::optional<FertilityReport> report_;
    qint64 shownRun_ = -1;
};

} // namespace adaptlab::tokenizer_panel
