#include "clusters_result.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace adaptlab::mixture {

ClustersResult readClustersResult(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    if (!in)
        throw Error(path.toStdString() + ": cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json file = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (!file.is_object() || file.value("version", 0) != 1)
        throw Error(path.toStdString() + ": not a clusters file of version 1");
    try {
        ClustersResult result;
        result.path = path;
        result.sourceName = QString::fromStdString(file.at("source").value("name", std::string()));
        result.model = QString::fromStdString(file.value("model", std::string()));
        result.k = file.at("k").get<int>();
        result.documents = file.at("documents_clustered").get<qint64>();
        for (const auto& row : file.at("clusters")) {
            ClusterSummary cluster;
            cluster.id = row.at("id").get<int>();
            cluster.size = row.at("size").get<qint64>();
            for (const auto& word : row.at("top_words"))
                cluster.topWords << QString::fromStdString(word.get<std::string>());
            for (const auto& example : row.at("examples"))
                cluster.examples << QString::fromStdString(example.at("text").get<std::string>());
            result.clusters.push_back(std::move(cluster));
        }
        const auto& points = file.at("points_2d");
        const auto& assignment = file.at("assignment");
        if (points.size() != assignment.size())
            throw Error("points_2d and assignment differ in length");
        for (size_t i = 0; i < points.size(); ++i) {
            result.points.emplace_back(points[i].at(0).get<double>(), points[i].at(1).get<double>());
            result.assignment.push_back(assignment[i].get<int>());
        }
        const auto explained = file.value("explained_variance_2d", nlohmann::json::array());
        for (size_t i = 0; i < 2 && i < explained.size(); ++i)
            result.explained[i] = explained[i].get<double>();
        return result;
    } catch (const nlohmann::json::exception& error) {
        throw Error(path.toStdString() + ": " + error.what());
    } catch (const Error& error) {
        throw Error(path.toStdString() + ": " + error.what());
    }
}

} // namespace adaptlab::mixture
