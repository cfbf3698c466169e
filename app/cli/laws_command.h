// `adaptlab-cli laws fit` (METHODS §6, laws/laws.h): fit the D-CPT or CMR law to pilot points and
// print the fits, their quality and the recommendations.
//
// laws fit --law dcpt|cmr --points FILE.csv [--threshold-pct T] [--eps E] [--base-general-loss L]
//          [--domain-tokens D] [--json]
// --json prints one object: {"law", "points", "domain": {"params", "r2", "huber_loss", "good",
// "predictions", "points_used"}, "general": {...}, "r2" (the worse of the two), "huber_loss" (the
// worse), "recommendations": {"max_domain_share_within_pct", "max_domain_share_within_<T>pct",
// "min_domain_loss_share", "critical_mixture_ratio"}, the same recommendation keys at the top level
// (null when refused or not the law's), "settings", "refusals": [{"what", "reason"}]}.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "laws". Exit 0 fitted (refusals are results, not failures), 1 failed (a
// bad CSV: the message names its line and column), 2 refused (bad flags).
int lawsCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
