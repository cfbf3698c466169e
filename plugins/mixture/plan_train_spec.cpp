#include "plan_train_spec.h"

#include "train_spec.h"

#include "jobs/job_spec.h"

#include <nlohmann/json.hpp>

namespace adaptlab::mixture {

QString planTrainSpec(const QString& projectDir, const QString& base, const QString& tokenizer,
                      const QString& planPath, const data::MixturePlan& plan, const QString& device)
{
    nlohmann::json params = {
        {"base", base.toStdString()},
        {kMixturePlanParam, planPath.toStdString()},
        {"steps", plan.steps()},
        {"seq_len", plan.seqLen},
        {"batch", plan.globalBatch},
        {"seed", plan.seed},
    };
    if (!device.isEmpty() && device != QLatin1String("auto"))
        params["device"] = device.toStdString();
    if (!tokenizer.isEmpty())
        params["tokenizer"] = tokenizer.toStdString();
    nlohmann::json spec = {{"version", jobs::kSpecVersion}, {"kind", train_panel::kTrainKind}, {"params", std::move(params)}};
    if (!projectDir.isEmpty())
        spec["project"] = projectDir.toStdString();
    return QString::fromStdString(spec.dump(2));
}

} // namespace adaptlab::mixture
