// Domain discovery by clustering (CLIMB-style, issue 12): documents embedded with a model of the
// project (the mean-pooled last hidden state), k-means on the embeddings, a 2-D picture of them,
// and the words that tell the clusters apart. Torch-free: the tensor work runs in
// libadaptlab_torch.so (core/torch/cluster/cluster_entry.cpp), reached through
// runtime::torchFunction; these functions check their input first, so a refusal never loads
// LibTorch. Blocking and compute-bound: the GUI reaches them through the `cluster` job, never its
// UI thread.
#pragma once

#include "model/inference.h" // ModelInputError

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::model {

// Row-major (rows, cols) float32: embeddings, centroids, projections.
struct Matrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<float> values; // rows * cols
    float at(int64_t row, int64_t col) const { return values[size_t(row * cols + col)]; }
};

struct EmbeddingRequest {
    std::filesystem::path modelFolder;            // a Hugging Face Llama folder (or a checkpoint of one)
    std::vector<std::vector<int32_t>> documents;  // token ids, at least one per document
    int64_t maxTokens = 256;                      // only the first maxTokens ids of a document count
    int64_t batchSize = 16;                       // documents per forward pass (padded to the longest)
    std::string device = "cpu";                   // "auto" | "cpu" | "cuda" | "cuda:N"
    // Called after each batch with the documents embedded so far; may throw (a stopped job) to stop.
    std::function<void(int64_t done, int64_t total)> onBatch;
};

// One row per document: the mean over its (first maxTokens) positions of the model's last hidden
// state after the final norm, padding excluded; cols = hidden size. ModelInputError for refused
// input (folder, empty document, ids outside the vocabulary, options).
Matrix embedDocuments(const EmbeddingRequest& request);

struct KMeansOptions {
    int64_t k = 8;
    uint64_t seed = 0;            // k-means++ draws: the same seed and points give the same clusters
    int64_t maxIterations = 100;  // Lloyd iterations at most
    // Converged when the centroids' total squared move in an iteration is at most tolerance times
    // the points' mean per-coordinate variance (scikit-learn's rule, independent of the scale).
    double tolerance = 1e-4;
    std::string device = "cpu";
};

struct KMeansResult {
    std::vector<int64_t> assignment; // the cluster of each point, 0..k-1
    Matrix centroids;                // (k, cols)
    std::vector<int64_t> sizes;      // points per cluster (none empty)
    int64_t iterations = 0;
    bool converged = false;
    double inertia = 0.0;            // sum of squared distances to the assigned centroids
    int64_t reseeded = 0;            // empty clusters moved to the farthest point, all iterations
};

// k-means++ initialisation (Arthur & Vassilvitskii 2007) then Lloyd iterations on the device. An
// empty cluster is re-seeded at the point farthest from its centroid. ModelInputError when k < 1,
// when the points have fewer distinct rows than k (k-means++ could not place k centroids), or for
// non-finite values.
KMeansResult kMeans(const Matrix& points, const KMeansOptions& options);

// The points projected on their first COUNT principal components (centred; each axis' sign fixed
// so that its largest loading is positive): (rows, count), and the variance each explains (a
// fraction of the total) in explained. Zero columns when there are fewer dimensions or points.
Matrix principalComponents(const Matrix& points, int64_t count, std::vector<double>* explained = nullptr,
                           const std::string& device = "cpu");

// The number of distinct rows (exact float equality).
int64_t distinctRows(const Matrix& points);

// ---- the words that tell clusters apart (no LibTorch) --------------------------------------------

// The words of a text as the top-words count them: runs of letters and digits (UTF-8 letters
// included), ASCII lower-cased, at least 2 characters, not a number, not an English stop word.
std::vector<std::string> countedWords(std::string_view text);
bool isStopWord(std::string_view lowerCaseWord);

// For each cluster 0..k-1, up to COUNT words by class-based tf-idf (c-TF-IDF, Grootendorst 2022):
// score(w, c) = tf(w, c) * log(1 + A / f(w)), where tf is w's share of the words in cluster c, f(w)
// the count of w over every cluster and A the mean number of words per cluster: frequent in the
// cluster and rare in the rest. Ties go to the word first in byte order. TEXTS[i] belongs to
// cluster ASSIGNMENT[i] (a negative cluster is skipped).
std::vector<std::vector<std::string>> distinctiveWords(const std::vector<std::string_view>& texts,
                                                       const std::vector<int64_t>& assignment, int64_t k,
                                                       size_t count = 8);

// The first MAXCHARS characters of a text (whole UTF-8 characters), for a cluster's examples.
std::string textPrefix(std::string_view text, size_t maxChars = 300);

// ---- what the torch side exports (core/torch/cluster/cluster_entry.cpp) --------------------------
using EmbedDocumentsFn = Matrix (*)(const EmbeddingRequest&);
using KMeansFn = KMeansResult (*)(const Matrix&, const KMeansOptions&);
using PrincipalComponentsFn = Matrix (*)(const Matrix&, int64_t, std::vector<double>*, const std::string&);

} // namespace adaptlab::model
