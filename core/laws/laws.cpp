// Scaling laws for the mixture ratio (laws.h): the points CSV, the formulas, fit quality,
// degenerate grids and the recommendations. The L-BFGS fit is in torch/laws/law_fit.cpp.
#include "laws/laws.h"

#include "common/error.h"
#include "runtime/runtime.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace adaptlab::laws {

namespace {

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

std::string trimmed(std::string text)
{
    const auto blank = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!text.empty() && blank(text.back()))
        text.pop_back();
    size_t begin = 0;
    while (begin < text.size() && blank(text[begin]))
        ++begin;
    return text.substr(begin);
}

std::vector<std::string> fields(const std::string& line)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream stream(line);
    while (std::getline(stream, field, ','))
        out.push_back(trimmed(field));
    if (!line.empty() && line.back() == ',')
        out.emplace_back();
    return out;
}

// x^p for x >= 0, with 0^p = 0 (p > 0 in every law here).
double power(double x, double p)
{
    return x <= 0.0 ? 0.0 : std::pow(x, p);
}

size_t distinctCount(const std::vector<LawPoint>& points, double LawPoint::*field)
{
    std::set<double> values;
    for (const auto& point : points)
        values.insert(point.*field);
    return values.size();
}

double largestTokens(const std::vector<LawPoint>& points)
{
    double largest = 0.0;
    for (const auto& point : points)
        largest = std::max(largest, point.tokens);
    return largest;
}

// Several model sizes: every point has one (checked by degenerateGridReasons) and there are two or more.
bool withModelSize(const std::vector<LawPoint>& points)
{
    std::set<double> sizes;
    for (const auto& point : points)
        if (point.params > 0.0)
            sizes.insert(point.params);
    return sizes.size() >= 2;
}

// The points a law is fitted on: D-CPT all of them, CMR those at the final (largest) token count.
std::vector<size_t> pointsFor(LawKind law, const std::vector<LawPoint>& points)
{
    std::vector<size_t> used;
    const double last = largestTokens(points);
    for (size_t i = 0; i < points.size(); ++i)
        if (law == LawKind::Dcpt || points[i].tokens == last)
            used.push_back(i);
    return used;
}

double observed(const LawPoint& point, LossKind loss)
{
    return loss == LossKind::Domain ? point.domainLoss : point.generalLoss;
}

// The largest share in [0, 1], scanning up from 0, for which OK holds on the whole way there
// (a curve that dips back under the limit later does not count: the recommendation is a range
// starting at 0), refined by bisection. nullopt when OK fails at 0 already.
template <class Ok>
std::optional<double> largestShareFromZero(Ok ok)
{
    constexpr int kSteps = 2000;
    if (!ok(0.0))
        return std::nullopt;
    for (int i = 1; i <= kSteps; ++i) {
        const double r = double(i) / kSteps;
        if (ok(r))
            continue;
        double low = double(i - 1) / kSteps, high = r;
        for (int k = 0; k < 60; ++k) {
            const double middle = 0.5 * (low + high);
            (ok(middle) ? low : high) = middle;
        }
        return low;
    }
    return 1.0;
}

} // namespace

const char* toString(LawKind kind)
{
    return kind == LawKind::Dcpt ? "dcpt" : "cmr";
}

LawKind lawKindFromString(const std::string& text)
{
    if (text == "dcpt")
        return LawKind::Dcpt;
    if (text == "cmr")
        return LawKind::Cmr;
    throw Error("law: \"" + text + "\" is not a law (choose dcpt or cmr)");
}

const char* toString(LossKind kind)
{
    return kind == LossKind::Domain ? "domain" : "general";
}

std::vector<LawPoint> parsePoints(const std::string& text, const std::string& fileName)
{
    std::istringstream stream(text);
    std::string line;
    int lineNumber = 0;
    std::map<std::string, size_t> columns;
    bool haveHeader = false;
    std::vector<LawPoint> points;
    const auto fail = [&](int at, size_t column, const std::string& message) -> Error {
        return Error(fileName + ":" + std::to_string(at) + ":" + std::to_string(column + 1) + ": " + message);
    };
    while (std::getline(stream, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (trimmed(line).empty())
            continue;
        const std::vector<std::string> row = fields(line);
        if (!haveHeader) {
            for (size_t i = 0; i < row.size(); ++i) {
                if (columns.contains(row[i]))
                    throw fail(lineNumber, i, "the column \"" + row[i] + "\" is named twice");
                columns[row[i]] = i;
            }
            for (const char* needed : {"domain_share", "tokens", "domain_loss", "general_loss"})
                if (!columns.contains(needed))
                    throw Error(fileName + ":" + std::to_string(lineNumber) + ": the header has no \"" + needed +
                                "\" column (a points CSV needs domain_share, tokens, domain_loss, general_loss "
                                "and optionally params)");
            haveHeader = true;
            continue;
        }
        const auto value = [&](const char* name) {
            const size_t column = columns.at(name);
            if (column >= row.size())
                throw fail(lineNumber, column, std::string("no value for ") + name + " (the line has " +
                                                   std::to_string(row.size()) + " fields)");
            const std::string& field = row[column];
            char* end = nullptr;
            errno = 0;
            const double parsed = std::strtod(field.c_str(), &end);
            if (field.empty() || end != field.c_str() + field.size() || !std::isfinite(parsed) || errno == ERANGE)
                throw fail(lineNumber, column, std::string(name) + ": \"" + field + "\" is not a number");
            return std::pair{parsed, column};
        };
        LawPoint point;
        point.line = lineNumber;
        const auto [share, shareColumn] = value("domain_share");
        if (share < 0.0 || share > 1.0)
            throw fail(lineNumber, shareColumn, "domain_share: " + number(share) + " is outside 0..1");
        point.domainShare = share;
        const auto positive = [&](const char* name) {
            const auto [parsed, column] = value(name);
            if (parsed <= 0.0)
                throw fail(lineNumber, column, std::string(name) + ": " + number(parsed) + " must be above 0");
            return parsed;
        };
        point.tokens = positive("tokens");
        point.domainLoss = positive("domain_loss");
        point.generalLoss = positive("general_loss");
        if (columns.contains("params"))
            point.params = positive("params");
        points.push_back(point);
    }
    if (!haveHeader)
        throw Error(fileName + ": empty: a points CSV needs a header line (domain_share,tokens,domain_loss,general_loss)");
    if (points.empty())
        throw Error(fileName + ": no points after the header");
    return points;
}

std::vector<LawPoint> readPoints(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string() + ": cannot open the points CSV");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw Error(file.string() + ": cannot read the points CSV");
    return parsePoints(text.str(), file.string());
}

std::string pointsCsv(const std::vector<LawPoint>& points)
{
    const bool sizes = std::any_of(points.begin(), points.end(), [](const LawPoint& p) { return p.params > 0.0; });
    std::ostringstream out;
    out.precision(17);
    out << "domain_share,tokens," << (sizes ? "params," : "") << "domain_loss,general_loss\n";
    for (const auto& p : points) {
        out << p.domainShare << ',' << p.tokens << ',';
        if (sizes)
            out << p.params << ',';
        out << p.domainLoss << ',' << p.generalLoss << '\n';
    }
    return out.str();
}

double LawParams::get(const std::string& name) const
{
    for (const auto& [key, value] : values)
        if (key == name)
            return value;
    throw Error(std::string("the ") + toString(law) + " fit has no parameter " + name);
}

bool LawParams::has(const std::string& name) const
{
    return std::any_of(values.begin(), values.end(), [&](const auto& entry) { return entry.first == name; });
}

nlohmann::json LawParams::toJson() const
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : values)
        out[key] = value;
    return out;
}

std::vector<std::string> parameterNames(LawKind law, bool withModelSize)
{
    if (law == LawKind::Cmr)
        return {"a", "s", "b"};
    if (withModelSize)
        return {"E", "A", "alpha", "B", "eta", "beta", "C", "gamma", "eps"};
    return {"E", "B", "eta", "beta", "C", "gamma", "eps"};
}

double predict(const LawParams& params, LossKind loss, double domainShare, double tokens, double modelParams)
{
    if (params.law == LawKind::Cmr)
        return params.get("a") * power(domainShare, params.get("s")) + params.get("b");
    const double r = loss == LossKind::Domain ? domainShare : 1.0 - domainShare;
    double value = params.get("E") + params.get("B") * power(r, params.get("eta")) / std::pow(tokens, params.get("beta")) +
                   params.get("C") / std::pow(r + params.get("eps"), params.get("gamma"));
    if (params.has("A"))
        value += params.get("A") / std::pow(modelParams, params.get("alpha"));
    return value;
}

double huber(double residual, double delta)
{
    const double size = std::abs(residual);
    return size <= delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta);
}

double huberLoss(const std::vector<double>& predicted, const std::vector<double>& observedLosses, double delta)
{
    if (predicted.empty())
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < predicted.size(); ++i)
        sum += predicted[i] > 0.0 ? huber(std::log(predicted[i]) - std::log(observedLosses[i]), delta)
                                  : std::numeric_limits<double>::infinity();
    return sum / double(predicted.size());
}

std::optional<double> rSquared(const std::vector<double>& predicted, const std::vector<double>& observedLosses)
{
    if (observedLosses.size() < 2)
        return std::nullopt;
    double mean = 0.0;
    for (const double y : observedLosses)
        mean += y;
    mean /= double(observedLosses.size());
    double total = 0.0, residual = 0.0;
    for (size_t i = 0; i < observedLosses.size(); ++i) {
        total += (observedLosses[i] - mean) * (observedLosses[i] - mean);
        residual += (observedLosses[i] - predicted[i]) * (observedLosses[i] - predicted[i]);
    }
    if (total <= 0.0)
        return std::nullopt;
    return 1.0 - residual / total;
}

std::vector<std::string> degenerateGridReasons(LawKind law, const std::vector<LawPoint>& points)
{
    std::vector<std::string> reasons;
    if (points.empty())
        return {"there are no points"};
    const size_t sized = size_t(std::count_if(points.begin(), points.end(), [](const LawPoint& p) { return p.params > 0.0; }));
    if (sized != 0 && sized != points.size())
        reasons.push_back("model sizes (params) are given for " + std::to_string(sized) + " of " +
                          std::to_string(points.size()) + " points: give them for all or none");
    const bool sizes = withModelSize(points);
    const size_t parameters = parameterNames(law, sizes).size();
    if (law == LawKind::Cmr) {
        if (sizes)
            reasons.push_back("CMR is fitted for one model size; the points have several (use D-CPT, or one size's points)");
        std::vector<LawPoint> last;
        for (const size_t i : pointsFor(law, points))
            last.push_back(points[i]);
        const size_t shares = distinctCount(last, &LawPoint::domainShare);
        if (shares < parameters)
            reasons.push_back("only " + std::to_string(shares) + " distinct domain share(s) at the final token count (" +
                              number(largestTokens(points)) + "): L(R) = a R^s + b has " + std::to_string(parameters) +
                              " parameters");
        return reasons;
    }
    // D-CPT's share-dependent parameters: eta, C, gamma, eps (E sets the level).
    const size_t shares = distinctCount(points, &LawPoint::domainShare);
    if (shares < 4)
        reasons.push_back("only " + std::to_string(shares) +
                          " distinct domain share(s): the share terms (eta, C, gamma, eps) need at least 4");
    if (distinctCount(points, &LawPoint::tokens) < 2)
        reasons.push_back("one token count (" + number(points.front().tokens) +
                          "): the data term B r^eta / D^beta needs losses at two or more token counts");
    if (points.size() < parameters)
        reasons.push_back(std::to_string(points.size()) + " points for " + std::to_string(parameters) + " parameters");
    return reasons;
}

std::optional<double> maxDomainShareWithin(const LawParams& general, double tokens, double thresholdPct, double modelParams,
                                           std::string* why)
{
    const double base = predict(general, LossKind::General, 0.0, tokens, modelParams);
    if (!std::isfinite(base) || base <= 0.0) {
        if (why)
            *why = "the fitted general loss at domain share 0 is " + number(base) + ", not a loss";
        return std::nullopt;
    }
    const double limit = base * (1.0 + thresholdPct / 100.0);
    return largestShareFromZero([&](double r) {
        const double value = predict(general, LossKind::General, r, tokens, modelParams);
        return std::isfinite(value) && value <= limit;
    });
}

std::optional<double> minDomainLossShare(const LawParams& domain, double domainTokens, double modelParams, std::string* why)
{
    if (!(domainTokens > 0.0)) {
        if (why)
            *why = "no amount of domain tokens was given";
        return std::nullopt;
    }
    // With D_d domain tokens at share r the run trains on D = D_d / r tokens.
    const auto loss = [&](double r) { return predict(domain, LossKind::Domain, r, domainTokens / r, modelParams); };
    constexpr int kSteps = 2000;
    int best = kSteps;
    double bestValue = loss(1.0);
    for (int i = 1; i < kSteps; ++i) {
        const double value = loss(double(i) / kSteps);
        if (std::isfinite(value) && value < bestValue) {
            best = i;
            bestValue = value;
        }
    }
    if (!std::isfinite(bestValue)) {
        if (why)
            *why = "the fitted domain loss is not finite for these domain tokens";
        return std::nullopt;
    }
    if (best == kSteps)
        return 1.0;
    // Golden-section search in the grid cell around the best point.
    double low = double(best - 1) / kSteps, high = double(best + 1) / kSteps;
    low = std::max(low, 1e-9);
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double x1 = high - g * (high - low), x2 = low + g * (high - low);
    double f1 = loss(x1), f2 = loss(x2);
    for (int k = 0; k < 100; ++k) {
        if (f1 <= f2) {
            high = x2;
            x2 = x1;
            f2 = f1;
            x1 = high - g * (high - low);
            f1 = loss(x1);
        } else {
            low = x1;
            x1 = x2;
            f1 = f2;
            x2 = low + g * (high - low);
            f2 = loss(x2);
        }
    }
    return 0.5 * (low + high);
}

std::optional<double> criticalMixtureRatio(const LawParams& domain, const LawParams& general, double baseGeneralLoss,
                                           double eps, std::string* why)
{
    const auto refuse = [&](const std::string& reason) -> std::optional<double> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    // The domain loss improves with R when a < 0 (s > 0 by construction of the fit).
    if (!(domain.get("a") < 0.0))
        return refuse("the fitted domain loss does not fall as the domain share grows (a = " + number(domain.get("a")) +
                      "): more domain data is not predicted to help");
    const double limit = baseGeneralLoss + eps;
    const double a = general.get("a"), s = general.get("s"), b = general.get("b");
    // a R^s + b is monotone in R: the whole range when its end is within the limit, else the
    // crossing (closed form) when the curve rises.
    if (a + b <= limit)
        return 1.0;
    if (a <= 0.0 || b > limit)
        return refuse("the fitted general loss is above " + number(limit) + " (L_gen0 " + number(baseGeneralLoss) +
                      " + eps " + number(eps) + ") at every domain share");
    return std::pow((limit - b) / a, 1.0 / s);
}

FitResult assessFit(const std::vector<LawPoint>& points, const FitOptions& options, const std::optional<LawParams>& domain,
                    const std::optional<LawParams>& general)
{
    FitResult result;
    result.law = options.law;
    result.options = options;
    result.points = points;
    const std::vector<size_t> used = pointsFor(options.law, points);
    const auto rate = [&](LossKind loss, const LawParams& params) {
        LossFit fit;
        fit.loss = loss;
        fit.params = params;
        fit.pointsUsed = used;
        std::vector<double> seen;
        for (const size_t i : used) {
            const LawPoint& p = points[i];
            fit.predictions.push_back(predict(params, loss, p.domainShare, p.tokens, p.params));
            seen.push_back(observed(p, loss));
        }
        fit.huberLoss = huberLoss(fit.predictions, seen, options.huberDelta);
        fit.r2 = rSquared(fit.predictions, seen);
        std::vector<std::string> problems;
        if (!fit.r2)
            problems.push_back("R^2 is undefined: the observed " + std::string(toString(loss)) + " losses do not vary");
        else if (*fit.r2 < options.minR2)
            problems.push_back("R^2 " + number(*fit.r2) + " is below the minimum " + number(options.minR2));
        if (!(fit.huberLoss <= options.maxHuberLoss))
            problems.push_back("the Huber loss " + number(fit.huberLoss) + " is above the maximum " +
                               number(options.maxHuberLoss));
        fit.good = problems.empty();
        for (const auto& problem : problems)
            result.refusals.push_back({toString(loss), "poor fit of the " + std::string(toString(loss)) + " loss: " + problem +
                                                           "; no recommendation relies on it"});
        return fit;
    };
    if (domain)
        result.domain = rate(LossKind::Domain, *domain);
    if (general)
        result.general = rate(LossKind::General, *general);

    Recommendations& rec = result.recommendations;
    std::string why;
    // One model size for the recommendations: the largest in the points (0 = one size).
    double modelParams = 0.0;
    for (const auto& p : points)
        modelParams = std::max(modelParams, p.params);
    const bool domainGood = result.domain && result.domain->good, generalGood = result.general && result.general->good;
    if (options.law == LawKind::Dcpt) {
        rec.comparedAtTokens = options.tokens.value_or(largestTokens(points));
        const std::string key = "max_domain_share_within_pct";
        if (!result.general)
            {} // not fitted: the grid's refusal says why
        else if (!generalGood)
            result.refusals.push_back({key, "no fit of the general loss good enough to predict its increase"});
        else if (!(rec.maxDomainShareWithinPct = maxDomainShareWithin(result.general->params, rec.comparedAtTokens,
                                                                      options.thresholdPct, modelParams, &why)))
            result.refusals.push_back({key, why});
        const std::string minKey = "min_domain_loss_share";
        if (!options.domainTokens)
            result.refusals.push_back({minKey, "give the amount of domain tokens you have (--domain-tokens) to choose a share for it"});
        else if (!result.domain)
            {} // not fitted: the grid's refusal says why
        else if (!domainGood)
            result.refusals.push_back({minKey, "no fit of the domain loss good enough to minimise"});
        else if (!(rec.minDomainLossShare = minDomainLossShare(result.domain->params, *options.domainTokens, modelParams, &why)))
            result.refusals.push_back({minKey, why});
    } else {
        const std::string key = "critical_mixture_ratio";
        if (result.general)
            rec.baseGeneralLoss = options.baseGeneralLoss.value_or(result.general->params.get("b"));
        if (!result.domain || !result.general)
            {} // not fitted: the grid's refusal says why
        else if (!domainGood || !generalGood)
            result.refusals.push_back({key, "both losses need a good fit to find the critical mixture ratio"});
        else if (!(rec.criticalMixtureRatio = criticalMixtureRatio(result.domain->params, result.general->params,
                                                                   rec.baseGeneralLoss, options.cmrEps, &why)))
            result.refusals.push_back({key, why});
    }
    return result;
}

FitResult fitLaws(const std::vector<LawPoint>& points, const FitOptions& options)
{
    if (!(options.thresholdPct > 0.0) || !std::isfinite(options.thresholdPct))
        throw Error("threshold-pct: must be above 0, found " + number(options.thresholdPct));
    if (!(options.cmrEps >= 0.0) || !std::isfinite(options.cmrEps))
        throw Error("eps: must be 0 or more, found " + number(options.cmrEps));
    if (options.domainTokens && !(*options.domainTokens > 0.0))
        throw Error("domain-tokens: must be above 0, found " + number(*options.domainTokens));
    if (options.baseGeneralLoss && !(*options.baseGeneralLoss > 0.0))
        throw Error("base-general-loss: must be above 0, found " + number(*options.baseGeneralLoss));
    const std::vector<std::string> degenerate = degenerateGridReasons(options.law, points);
    if (!degenerate.empty()) {
        FitResult result = assessFit(points, options, std::nullopt, std::nullopt);
        std::vector<Refusal> refusals;
        for (const auto& reason : degenerate)
            refusals.push_back({"fit", "the grid cannot pin the law down: " + reason});
        refusals.insert(refusals.end(), result.refusals.begin(), result.refusals.end());
        result.refusals = std::move(refusals);
        return result;
    }
    const auto fit = runtime::torchFunction<FitLossFn>("adaptlab_torch_fit_law");
    const bool sizes = withModelSize(points);
    std::vector<LawPoint> used;
    for (const size_t i : pointsFor(options.law, points))
        used.push_back(points[i]);
    const auto solve = [&](LossKind loss) {
        FitProblem problem;
        problem.law = options.law;
        problem.loss = loss;
        problem.points = used;
        problem.withModelSize = sizes;
        problem.huberDelta = options.huberDelta;
        problem.startsKept = options.startsKept;
        const FitSolution solution = fit(problem);
        LawParams params;
        params.law = options.law;
        const auto names = parameterNames(options.law, sizes);
        for (size_t i = 0; i < names.size(); ++i)
            params.values.emplace_back(names[i], solution.values.at(i));
        return params;
    };
    return assessFit(points, options, solve(LossKind::Domain), solve(LossKind::General));
}

nlohmann::json FitResult::toJson() const
{
    using nlohmann::json;
    const auto optional = [](const std::optional<double>& value) { return value ? json(*value) : json(nullptr); };
    const auto lossJson = [&](const std::optional<LossFit>& fit) {
        if (!fit)
            return json(nullptr);
        return json{{"params", fit->params.toJson()},
                    {"r2", optional(fit->r2)},
                    {"huber_loss", fit->huberLoss},
                    {"good", fit->good},
                    {"predictions", fit->predictions},
                    {"points_used", fit->pointsUsed}};
    };
    json out;
    out["law"] = toString(law);
    out["points"] = points.size();
    out["domain"] = lossJson(domain);
    out["general"] = lossJson(general);
    // The worse of the two: the lower R^2 and the higher Huber loss (null when a fit is missing).
    if (domain && general && domain->r2 && general->r2)
        out["r2"] = std::min(*domain->r2, *general->r2);
    else
        out["r2"] = nullptr;
    out["huber_loss"] = domain && general ? json(std::max(domain->huberLoss, general->huberLoss)) : json(nullptr);

    json rec;
    rec["max_domain_share_within_pct"] = optional(recommendations.maxDomainShareWithinPct);
    // The contract's key names the threshold: max_domain_share_within_3pct for the default 3%.
    rec["max_domain_share_within_" + number(options.thresholdPct) + "pct"] = optional(recommendations.maxDomainShareWithinPct);
    rec["min_domain_loss_share"] = optional(recommendations.minDomainLossShare);
    rec["critical_mixture_ratio"] = optional(recommendations.criticalMixtureRatio);
    out["recommendations"] = rec;
    for (const auto& [key, value] : rec.items())
        out[key] = value;
    json settings = {{"threshold_pct", options.thresholdPct}, {"min_r2", options.minR2},
                     {"max_huber_loss", options.maxHuberLoss}, {"huber_delta", options.huberDelta}};
    if (law == LawKind::Dcpt) {
        settings["compared_at_tokens"] = recommendations.comparedAtTokens;
        settings["domain_tokens"] = optional(options.domainTokens);
    } else {
        settings["eps"] = options.cmrEps;
        settings["base_general_loss"] = recommendations.baseGeneralLoss;
        settings["base_general_loss_from"] = options.baseGeneralLoss ? "given" : "fitted general loss at R = 0 (b)";
    }
    out["settings"] = settings;
    json refused = json::array();
    for (const auto& refusal : refusals)
        refused.push_back({{"what", refusal.what}, {"reason", refusal.reason}});
    out["refusals"] = refused;
    return out;
}

} // namespace adaptlab::laws
