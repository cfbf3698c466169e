// What the GUI calls jobs and runs, in the user's language: job kinds ("corpus_filter" ->
// "Filter"), a job's label from its spec ("Filter gcide → gcide-clean (run 4)"), run statuses,
// and the stages a running job reports. The one mapping the Jobs dock, the overview and the
// panels use; the engine keeps its stable English keys.
#pragma once

#include "adaptlab_widgets_export.h"
#include "job_runner.h"

#include "store/project_store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT JobText {
    Q_DECLARE_TR_FUNCTIONS(JobText)
public:
    // "Filter", "Train tokenizer", ...; a kind this build does not know is shown as it is.
    static QString kindName(const QString& kind);
    // What the job does to what, from its params: "Filter gcide → gcide-clean",
    // "Select from pile like law → pile-law", "Scan gcide". Falls back to the kind's name.
    static QString jobLabel(const QString& kind, const QJsonObject& params);
    // The same from a whole spec (JSON text with "kind" and "params"), and its run: "… (run 4)".
    static QString jobLabel(const std::string& specJson);
    static QString runTitle(const QString& specJson, qint64 runId);
    // "running", "done", "failed", "stopped", "queued" in the user's language.
    static QString runStatus(store::RunStatus status);
    // What the Jobs dock says of a job it follows: "Running", "Finished", "Failed", ...
    static QString runnerState(JobRunner::State state);
    // A stage a running job reports ("scan", "write", "fit target", "measure gcide", ...).
    static QString stageName(const QString& stage);
};

} // namespace adaptlab
