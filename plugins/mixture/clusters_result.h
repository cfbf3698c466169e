// What the Clusters tab shows of a cluster run: its clusters.json (written by the `cluster` job,
// core/jobs/cluster_job.cpp) read into values the views take. Read on a worker (BackgroundTask),
// never on the UI thread.
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace adaptlab::mixture {

struct ClusterSummary {
    int id = 0;
    qint64 size = 0;
    QStringList topWords;
    QStringList examples; // the first characters of the documents nearest the centroid
};

struct ClustersResult {
    QString path;          // the clusters.json read
    QString sourceName;    // the dataset (or files) clustered
    QString model;
    int k = 0;
    qint64 documents = 0;
    std::vector<ClusterSummary> clusters;
    std::vector<QPointF> points; // each clustered document in the 2-D picture
    std::vector<int> assignment; // its cluster
    double explained[2] = {0, 0}; // the variance each axis explains (fractions)
};

// Throws adaptlab::Error naming the file and what is wrong with it.
ClustersResult readClustersResult(const QString& path);

} // namespace adaptlab::mixture
