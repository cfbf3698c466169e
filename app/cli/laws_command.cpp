// `adaptlab-cli laws fit` (laws_command.h).
#include "laws_command.h"

#include "common/error.h"
#include "laws/laws.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace adaptlab::cli {

namespace {

constexpr const char* kLawsUsage = R"(usage: adaptlab-cli laws fit --law dcpt|cmr --points FILE.csv [options] [--json]

Fits a scaling law for the mixture ratio (METHODS §6) to pilot-run points and recommends a domain
share, or says why it will not.

  --law dcpt            D-CPT (Que et al. 2024): L = E + A/N^alpha + B r^eta / D^beta + C / (r + eps)^gamma,
                        for the domain loss (r = domain share) and the general loss (r = 1 - share)
  --law cmr             CMR (Gu et al. 2024): L(R) = a R^s + b per loss at the final token count
  --points FILE.csv     header with domain_share, tokens, domain_loss, general_loss [, params]
  --threshold-pct T     D-CPT: the general loss may rise T% (default 3)
  --domain-tokens D     D-CPT: the share minimising the domain loss for D domain tokens
  --eps E               CMR: the general loss may rise by E (default 0.05)
  --base-general-loss L CMR: L_gen0, the general loss to stay near (default: the fitted
                        general loss at R = 0, b)
  --json                one JSON object: law, points, domain and general ({params, r2,
                        huber_loss, good, predictions, points_used}), r2 and huber_loss (the
                        worse of the two), recommendations, the recommendation keys again at the
                        top level (max_domain_share_within_pct, max_domain_share_within_<T>pct,
                        min_domain_loss_share, critical_mixture_ratio; null when refused or not
                        the law's), settings, refusals [{what, reason}]
exit: 0 fitted (a refused recommendation is a result), 1 failed (a CSV that cannot be read: the
message names the line and column), 2 refused (bad flags)
)";

class Refusal : public Error {
public:
    using Error::Error;
};

double number(const std::string& flag, const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value))
        throw Refusal("laws fit: " + flag + " needs a number, not \"" + text + "\"");
    return value;
}

std::string shown(const std::optional<double>& value, int digits = 4)
{
    if (!value)
        return "-";
    char text[64];
    std::snprintf(text, sizeof text, "%.*g", digits, *value);
    return text;
}

void printTable(const laws::FitResult& result)
{
    std::cout << "law " << laws::toString(result.law) << ", " << result.points.size() << " points\n";
    for (const auto* fit : {&result.domain, &result.general}) {
        if (!*fit)
            continue;
        const laws::LossFit& f = **fit;
        std::cout << "  " << laws::toString(f.loss) << " loss: R^2 " << shown(f.r2) << ", Huber "
                  << shown(f.huberLoss) << (f.good ? "" : " (poor fit)") << "\n   ";
        for (const auto& [name, value] : f.params.values)
            std::cout << " " << name << "=" << shown(value, 6);
        std::cout << "\n";
    }
    const auto& rec = result.recommendations;
    if (result.law == laws::LawKind::Dcpt) {
        std::cout << "  largest domain share within " << shown(result.options.thresholdPct) << "% general-loss increase: "
                  << shown(rec.maxDomainShareWithinPct) << "\n"
                  << "  domain share minimising the domain loss for the given domain tokens: "
                  << shown(rec.minDomainLossShare) << "\n";
    } else {
        std::cout << "  critical mixture ratio: " << shown(rec.criticalMixtureRatio) << " (general loss <= "
                  << shown(rec.baseGeneralLoss) << " + " << shown(result.options.cmrEps) << ")\n";
    }
    for (const auto& refusal : result.refusals)
        std::cout << "  refused (" << refusal.what << "): " << refusal.reason << "\n";
}

} // namespace

int lawsCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kLawsUsage;
        return args.empty() ? 2 : 0;
    }
    const auto refused = [](const std::string& message) {
        std::cerr << "adaptlab-cli: " << message << "\n";
        return 2;
    };
    if (args[0] != "fit")
        return refused("laws: unknown subcommand \"" + args[0] + "\" (adaptlab-cli laws --help)");
    laws::FitOptions options;
    std::string points, law;
    bool asJson = false;
    try {
        for (size_t i = 1; i < args.size(); ++i) {
            const std::string& a = args[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= args.size())
                    throw Refusal("laws fit: " + a + " needs a value");
                return args[++i];
            };
            if (a == "--law") {
                law = value();
                try {
                    options.law = laws::lawKindFromString(law);
                } catch (const Error& error) {
                    throw Refusal(std::string("laws fit: --") + error.what());
                }
            } else if (a == "--points") {
                points = value();
            } else if (a == "--threshold-pct") {
                options.thresholdPct = number(a, value());
                if (options.thresholdPct <= 0.0)
                    throw Refusal("laws fit: --threshold-pct must be above 0");
            } else if (a == "--eps") {
                options.cmrEps = number(a, value());
                if (options.cmrEps < 0.0)
                    throw Refusal("laws fit: --eps must be 0 or more");
            } else if (a == "--base-general-loss") {
                options.baseGeneralLoss = number(a, value());
                if (*options.baseGeneralLoss <= 0.0)
                    throw Refusal("laws fit: --base-general-loss must be above 0");
            } else if (a == "--domain-tokens") {
                options.domainTokens = number(a, value());
                if (*options.domainTokens <= 0.0)
                    throw Refusal("laws fit: --domain-tokens must be above 0");
            } else if (a == "--json") {
                asJson = true;
            } else {
                throw Refusal("laws fit: unknown argument " + a + " (adaptlab-cli laws --help lists the options)");
            }
        }
        if (law.empty())
            throw Refusal("laws fit: --law dcpt|cmr is required");
        if (points.empty())
            throw Refusal("laws fit: --points FILE.csv is required");
        if (options.law == laws::LawKind::Cmr && options.domainTokens)
            throw Refusal("laws fit: --domain-tokens is D-CPT's (--law dcpt)");
        if (options.law == laws::LawKind::Dcpt && options.baseGeneralLoss)
            throw Refusal("laws fit: --base-general-loss is CMR's (--law cmr)");
    } catch (const Refusal& refusal) {
        return refused(refusal.what());
    }

    const laws::FitResult result = laws::fitLaws(laws::readPoints(points), options);
    if (asJson)
        std::cout << result.toJson().dump() << "\n";
    else
        printTable(result);
    return 0;
}

} // namespace adaptlab::cli
