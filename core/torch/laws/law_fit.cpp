// The scaling-law fit (laws/laws.h, METHODS §6): L-BFGS (LibTorch's, strong-Wolfe line search) on
// the mean Huber loss of log predicted - log observed loss, in double precision on the CPU.
// Parameters stay in their domain by reparametrisation (exp for the positive ones), and the fit is
// multi-start: every initial value of a grid is scored at once, L-BFGS runs from the best few, the
// best end point wins (as Hoffmann et al. 2022 and Que et al. 2024 fit their laws).
//
// Token counts and model sizes are divided by the largest in the points before fitting, so B and A
// are fitted near 1 whatever the scale of D and N; they are turned back into the raw units on return.
#include "laws/laws.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

using adaptlab::laws::FitProblem;
using adaptlab::laws::FitSolution;
using adaptlab::laws::LawKind;
using adaptlab::laws::LossKind;

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// x^p for x >= 0 and p of any shape that broadcasts, with 0^p = 0 and finite gradients at x = 0
// (pow's gradient in p is x^p log x, which is 0 * -inf there).
torch::Tensor safePower(const torch::Tensor& x, const torch::Tensor& p)
{
    const torch::Tensor positive = x > 0;
    const torch::Tensor logX = torch::log(torch::where(positive, x, torch::ones_like(x)));
    return torch::where(positive, torch::exp(p * logX), torch::zeros_like(p * logX));
}

// The problem's data as tensors: r (the law's share for this loss), D / D_ref, N / N_ref, log loss.
struct Data {
    torch::Tensor r, tokens, sizes, logLoss;
    double tokensRef = 1.0, sizesRef = 1.0;
    double lossMin = 0.0, lossMax = 0.0, lossMean = 0.0;
};

Data dataOf(const FitProblem& problem)
{
    Data data;
    std::vector<double> r, tokens, sizes, loss;
    for (const auto& point : problem.points) {
        const bool domain = problem.loss == LossKind::Domain;
        // CMR's R is the domain share for both losses; D-CPT's r is the loss's own data share.
        r.push_back(problem.law == LawKind::Cmr || domain ? point.domainShare : 1.0 - point.domainShare);
        tokens.push_back(point.tokens);
        sizes.push_back(point.params > 0.0 ? point.params : 1.0);
        loss.push_back(domain ? point.domainLoss : point.generalLoss);
    }
    data.tokensRef = *std::max_element(tokens.begin(), tokens.end());
    data.sizesRef = *std::max_element(sizes.begin(), sizes.end());
    data.lossMin = *std::min_element(loss.begin(), loss.end());
    data.lossMax = *std::max_element(loss.begin(), loss.end());
    data.lossMean = std::accumulate(loss.begin(), loss.end(), 0.0) / double(loss.size());
    data.r = torch::tensor(r, kDouble);
    data.tokens = torch::tensor(tokens, kDouble) / data.tokensRef;
    data.sizes = torch::tensor(sizes, kDouble) / data.sizesRef;
    data.logLoss = torch::log(torch::tensor(loss, kDouble));
    return data;
}

// Predicted losses for THETA of shape (S, P) (S parameter sets): shape (S, n).
torch::Tensor predictions(const FitProblem& problem, const Data& data, const torch::Tensor& theta)
{
    const auto column = [&](int64_t i) { return theta.select(1, i).unsqueeze(1); }; // (S, 1)
    if (problem.law == LawKind::Cmr) {
        // a free, s = exp(.) > 0, b free.
        return column(0) * safePower(data.r.unsqueeze(0), torch::exp(column(1))) + column(2);
    }
    int64_t i = 0;
    torch::Tensor value = torch::exp(column(i++)); // E
    if (problem.withModelSize) {
        const torch::Tensor a = torch::exp(column(i++)), alpha = torch::exp(column(i++));
        value = value + a / torch::pow(data.sizes.unsqueeze(0), alpha);
    }
    const torch::Tensor b = torch::exp(column(i++)), eta = torch::exp(column(i++)), beta = torch::exp(column(i++));
    const torch::Tensor c = torch::exp(column(i++)), gamma = torch::exp(column(i++)), eps = torch::exp(column(i++));
    const torch::Tensor r = data.r.unsqueeze(0);
    return value + b * safePower(r, eta) / torch::pow(data.tokens.unsqueeze(0), beta) + c / torch::pow(r + eps, gamma);
}

// Mean Huber loss of the log residuals, per parameter set: shape (S).
torch::Tensor objective(const FitProblem& problem, const Data& data, const torch::Tensor& theta)
{
    // A CMR curve may cross 0 for a bad parameter set: its log is taken at a tiny floor, so the
    // start scores badly rather than as NaN.
    const torch::Tensor predicted = predictions(problem, data, theta).clamp_min(1e-12);
    const torch::Tensor residual = torch::log(predicted) - data.logLoss.unsqueeze(0);
    return torch::huber_loss(residual, torch::zeros_like(residual), at::Reduction::None, problem.huberDelta).mean(1);
}

// Every combination of the per-parameter candidate values (in theta space): shape (S, P).
torch::Tensor grid(const std::vector<std::vector<double>>& candidates)
{
    std::vector<torch::Tensor> axes;
    for (const auto& values : candidates)
        axes.push_back(torch::tensor(values, kDouble));
    std::vector<torch::Tensor> mesh = torch::meshgrid(axes, "ij");
    std::vector<torch::Tensor> flat;
    for (auto& m : mesh)
        flat.push_back(m.reshape({-1}));
    return torch::stack(flat, 1);
}

torch::Tensor initialGrid(const FitProblem& problem, const Data& data)
{
    const auto logs = [](std::initializer_list<double> values) {
        std::vector<double> out;
        for (const double v : values)
            out.push_back(std::log(v));
        return out;
    };
    const double low = data.lossMin, spread = std::max(data.lossMax - data.lossMin, 0.01 * data.lossMin);
    if (problem.law == LawKind::Cmr) {
        std::vector<double> a;
        for (const double f : {-2.0, -1.0, -0.5, -0.1, 0.1, 0.5, 1.0, 2.0})
            a.push_back(f * spread);
        return grid({a, logs({0.2, 0.5, 1.0, 2.0, 4.0}), {data.lossMin, data.lossMean, data.lossMax}});
    }
    std::vector<std::vector<double>> candidates;
    candidates.push_back(logs({0.3 * low, 0.6 * low, 0.9 * low}));   // E
    if (problem.withModelSize) {
        candidates.push_back(logs({0.1 * low, 0.5 * low}));          // A (N / N_ref)
        candidates.push_back(logs({0.1, 0.5}));                      // alpha
    }
    candidates.push_back(logs({0.01 * low, 0.1 * low, 0.5 * low}));  // B (D / D_ref)
    candidates.push_back(logs({0.3, 1.0}));                          // eta
    candidates.push_back(logs({0.1, 0.5}));                          // beta
    candidates.push_back(logs({0.01 * low, 0.1 * low, 0.5 * low}));  // C
    candidates.push_back(logs({0.1, 0.5, 1.5}));                     // gamma
    candidates.push_back(logs({0.01, 0.1, 1.0}));                    // eps
    return grid(candidates);
}

// L-BFGS from one start; returns its end point and objective (inf when it went non-finite).
std::pair<torch::Tensor, double> descend(const FitProblem& problem, const Data& data, const torch::Tensor& start)
{
    torch::Tensor theta = start.clone().unsqueeze(0).requires_grad_(true);
    torch::optim::LBFGS optimizer({theta}, torch::optim::LBFGSOptions(/*lr=*/1.0)
                                               .max_iter(100)
                                               .history_size(20)
                                               .tolerance_grad(1e-14)
                                               .tolerance_change(1e-15)
                                               .line_search_fn("strong_wolfe"));
    const auto closure = [&] {
        optimizer.zero_grad();
        torch::Tensor loss = objective(problem, data, theta).sum();
        loss.backward();
        return loss;
    };
    double previous = std::numeric_limits<double>::infinity();
    for (int round = 0; round < 3; ++round) {
        optimizer.step(closure);
        const double now = objective(problem, data, theta.detach()).item<double>();
        if (!std::isfinite(now))
            return {theta.detach().squeeze(0), std::numeric_limits<double>::infinity()};
        if (std::abs(previous - now) <= 1e-18 + 1e-12 * std::abs(now))
            break;
        previous = now;
    }
    const double end = objective(problem, data, theta.detach()).item<double>();
    return {theta.detach().squeeze(0), std::isfinite(end) ? end : std::numeric_limits<double>::infinity()};
}

} // namespace

extern "C" __attribute__((visibility("default"))) FitSolution adaptlab_torch_fit_law(const FitProblem& problem)
{
    const Data data = dataOf(problem);
    const torch::Tensor starts = initialGrid(problem, data);
    torch::Tensor scores;
    {
        const torch::NoGradGuard noGrad;
        scores = objective(problem, data, starts);
        scores = torch::where(torch::isfinite(scores), scores, torch::full_like(scores, 1e300));
    }
    const int64_t kept = std::min<int64_t>(std::max(problem.startsKept, 1), starts.size(0));
    const torch::Tensor order = std::get<1>(torch::topk(scores, kept, /*dim=*/0, /*largest=*/false));

    FitSolution best;
    best.objective = std::numeric_limits<double>::infinity();
    torch::Tensor bestTheta = starts[order[0].item<int64_t>()];
    for (int64_t k = 0; k < kept; ++k) {
        const auto [theta, value] = descend(problem, data, starts[order[k].item<int64_t>()]);
        ++best.starts;
        if (value < best.objective) {
            best.objective = value;
            bestTheta = theta;
        }
    }
    if (!std::isfinite(best.objective)) // every run diverged: the best start itself
        best.objective = scores[order[0].item<int64_t>()].item<double>();

    // Back to the law's parameters in raw units (parameterNames order).
    std::vector<double> theta(bestTheta.data_ptr<double>(), bestTheta.data_ptr<double>() + bestTheta.numel());
    if (problem.law == LawKind::Cmr) {
        best.values = {theta[0], std::exp(theta[1]), theta[2]};
        return best;
    }
    size_t i = 0;
    best.values.push_back(std::exp(theta[i++])); // E
    if (problem.withModelSize) {
        const double a = std::exp(theta[i++]), alpha = std::exp(theta[i++]);
        best.values.push_back(a * std::pow(data.sizesRef, alpha)); // A: A' / (N / N_ref)^alpha = A / N^alpha
        best.values.push_back(alpha);
    }
    const double b = std::exp(theta[i++]), eta = std::exp(theta[i++]), beta = std::exp(theta[i++]);
    best.values.push_back(b * std::pow(data.tokensRef, beta)); // B
    best.values.push_back(eta);
    best.values.push_back(beta);
    for (int k = 0; k < 3; ++k) // C, gamma, eps
        best.values.push_back(std::exp(theta[i++]));
    return best;
}
