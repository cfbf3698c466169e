// Scaling laws for the mixture ratio (METHODS §6): the D-CPT law (Que et al. 2024) and the CMR law
// (Gu et al. 2024), fitted to pilot points (domain share, tokens, [params], domain loss, general
// loss), their fit quality, and the recommendations drawn from them, refused on a poor fit or a
// grid that cannot pin the law down. Torch-free: the L-BFGS fit itself is in torch/laws/law_fit.cpp
// (LibTorch's optimizer), reached through runtime::torchFunction by fitLaws().
//
//   D-CPT: L(N, D, r) = E + A / N^alpha + B * r^eta / D^beta + C / (r + eps)^gamma
//          domain loss with r = domain share, general loss with r = 1 - domain share;
//          with one model size the A / N^alpha term folds into E (A and alpha are not fitted).
//   CMR:   L(R) = a * R^s + b, R = domain share, per loss at the final (largest) token count.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace adaptlab::laws {

enum class LawKind { Dcpt, Cmr };
const char* toString(LawKind kind);       // "dcpt" | "cmr"
LawKind lawKindFromString(const std::string& text); // throws Error naming the choices

// Which loss a fit describes: the loss on the domain's held-out data or on the general data's.
enum class LossKind { Domain, General };
const char* toString(LossKind kind); // "domain" | "general"

struct LawPoint {
    double domainShare = 0.0; // in [0, 1]
    double tokens = 0.0;      // tokens trained on when the losses were measured (> 0)
    double params = 0.0;      // model size; 0 = one size (the column is absent)
    double domainLoss = 0.0;  // held-out loss on the domain source (> 0)
    double generalLoss = 0.0; // held-out loss on the general source (> 0)
    int line = 0;             // CSV line it came from (1 = the header); 0 when made in code
};

// The points CSV: a header naming `domain_share`, `tokens`, `domain_loss`, `general_loss` and
// optionally `params`, in any order (other columns are ignored); one point per line; blank lines
// skipped. Throws Error "FILE:LINE:COLUMN: ..." (COLUMN is the 1-based field number) for a missing
// column, a field that is not a finite number, a share outside [0, 1], a loss or token count <= 0.
std::vector<LawPoint> readPoints(const std::filesystem::path& file);
std::vector<LawPoint> parsePoints(const std::string& text, const std::string& fileName);
std::string pointsCsv(const std::vector<LawPoint>& points); // the same format, with `params` when any is > 0

// A fitted law's parameters, named as in the formulas above (D-CPT: E A alpha B eta beta C gamma
// eps, without A and alpha for one model size; CMR: a s b).
struct LawParams {
    LawKind law = LawKind::Cmr;
    std::vector<std::pair<std::string, double>> values;
    double get(const std::string& name) const; // throws Error for a name not fitted
    bool has(const std::string& name) const;
    nlohmann::json toJson() const; // {"E": 2.1, ...}
};

// The parameter names a fit has (withModelSize: D-CPT's N term is fitted).
std::vector<std::string> parameterNames(LawKind law, bool withModelSize);

// The law's prediction for one loss. D-CPT uses r = share for the domain loss and 1 - share for the
// general loss; CMR ignores tokens and params.
double predict(const LawParams& params, LossKind loss, double domainShare, double tokens, double modelParams = 0.0);

// Fit quality. huberLoss: mean over points of Huber_delta(log predicted - log observed) (delta on
// the log loss, as the fit minimises); rSquared: 1 - SS_res / SS_tot on the losses themselves
// (nullopt when the observed losses do not vary: R^2 means nothing then).
double huber(double residual, double delta);
double huberLoss(const std::vector<double>& predicted, const std::vector<double>& observed, double delta);
std::optional<double> rSquared(const std::vector<double>& predicted, const std::vector<double>& observed);

struct FitOptions {
    LawKind law = LawKind::Dcpt;
    double huberDelta = 1e-3;       // on the log loss (METHODS §6, a choice)
    double minR2 = 0.8;             // below it no recommendation is made
    double maxHuberLoss = 5e-5;     // above it neither: with delta 1e-3 about a mean error of 5%
    double thresholdPct = 3.0;      // D-CPT: the general loss may rise this many percent
    double cmrEps = 0.05;           // CMR: the general loss may rise this much (absolute)
    std::optional<double> baseGeneralLoss; // CMR: L_gen0; default the fitted general loss at R = 0 (b)
    std::optional<double> domainTokens;    // D-CPT use (2): a fixed amount of domain tokens D_d
    std::optional<double> tokens;          // D-CPT use (1): the budget D compared at; default the largest in the points
    int startsKept = 8;             // multi-start: L-BFGS runs from the best initial values of the grid
};

// A refusal: what was not done and why, in words for the user.
struct Refusal {
    std::string what;   // "fit" | "domain" | "general" | a recommendation key
    std::string reason;
};

struct LossFit {
    LossKind loss = LossKind::Domain;
    LawParams params;
    double huberLoss = 0.0;
    std::optional<double> r2;
    std::vector<double> predictions; // per point used, in their order
    std::vector<size_t> pointsUsed;  // indices into the points (CMR: those at the final token count)
    bool good = false;               // R^2 >= minR2 and Huber <= maxHuberLoss
};

struct Recommendations {
    // D-CPT (1): the largest domain share whose predicted general loss stays within T% of the
    // prediction at domain share 0, at the same token count.
    std::optional<double> maxDomainShareWithinPct;
    // D-CPT (2): the share minimising L_d(D_d / r, r) for the fixed domain tokens D_d.
    std::optional<double> minDomainLossShare;
    // CMR: the largest R whose predicted general loss stays <= L_gen0 + eps while the domain loss improves.
    std::optional<double> criticalMixtureRatio;
    double comparedAtTokens = 0.0;    // D-CPT (1): the D used
    double baseGeneralLoss = 0.0;     // CMR: the L_gen0 used
};

struct FitResult {
    LawKind law = LawKind::Dcpt;
    FitOptions options;
    std::vector<LawPoint> points;
    std::optional<LossFit> domain, general; // nullopt when that fit was refused
    Recommendations recommendations;
    std::vector<Refusal> refusals;
    // The `laws fit --json` object (keys documented in app/cli/laws_command.h).
    nlohmann::json toJson() const;
};

// Why POINTS cannot pin LAW down (empty when they can): fewer distinct shares than the law's
// share-dependent parameters, one token count for D-CPT's D term, fewer points than parameters,
// model sizes given on some points only.
std::vector<std::string> degenerateGridReasons(LawKind law, const std::vector<LawPoint>& points);

// The recommendations from fitted parameters (closed form where there is one, else a fine scan and
// bisection); each nullopt with a Refusal when it cannot be made. Exposed for the tests and the tab.
std::optional<double> maxDomainShareWithin(const LawParams& general, double tokens, double thresholdPct,
                                           double modelParams, std::string* why = nullptr);
std::optional<double> minDomainLossShare(const LawParams& domain, double domainTokens, double modelParams,
                                         std::string* why = nullptr);
std::optional<double> criticalMixtureRatio(const LawParams& domain, const LawParams& general, double baseGeneralLoss,
                                           double eps, std::string* why = nullptr);

// What the LibTorch side fits: one loss of one law over the points (indices POINTS of ALL).
struct FitProblem {
    LawKind law = LawKind::Dcpt;
    LossKind loss = LossKind::Domain;
    std::vector<LawPoint> points;
    bool withModelSize = false;
    double huberDelta = 1e-3;
    int startsKept = 8;
};
// The best parameter values found, in parameterNames(law, withModelSize) order, and its objective.
struct FitSolution {
    std::vector<double> values;
    double objective = 0.0;
    int starts = 0; // L-BFGS runs made
};
// runtime::torchFunction<FitLossFn>("adaptlab_torch_fit_law").
using FitLossFn = FitSolution (*)(const FitProblem& problem);

// Checks the grid, fits both losses (LibTorch, loaded on first use), rates the fits and makes the
// recommendations. Refusals are in the result, never thrown; throws Error only for bad options.
FitResult fitLaws(const std::vector<LawPoint>& points, const FitOptions& options);
// The rating and recommendations part of fitLaws, from solutions already found (the tests and the
// reference script check it with known parameters).
FitResult assessFit(const std::vector<LawPoint>& points, const FitOptions& options,
                    const std::optional<LawParams>& domain, const std::optional<LawParams>& general);

} // namespace adaptlab::laws
