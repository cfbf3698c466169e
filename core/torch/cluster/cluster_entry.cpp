// The LibTorch side of model/cluster.h: document embeddings (the mean-pooled last hidden state),
// k-means (k-means++ then Lloyd) and principal components, on the device the caller resolved.
// cluster.cpp has checked the input before LibTorch was loaded. One translation unit: LibTorch's
// headers are what a unit costs to compile.
//
// Shapes: N = points (documents), D = embedding width (the model's hidden size C), K = clusters,
// B = documents in a batch, T = the batch's longest document (at most maxTokens).
#include "model/cluster.h"

#include "common/error.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace adaptlab::model {

namespace {

// ---- embeddings ----------------------------------------------------------------------------------

Matrix embed(const EmbeddingRequest& request)
{
    torch::NoGradGuard noGrad;
    const torch::Device device(request.device);
    LlamaForCausalLM llama = loadHfModel(request.modelFolder, device);
    llama->eval();
    const int64_t total = int64_t(request.documents.size());
    Matrix out;
    out.rows = total;
    out.cols = llama->config().hiddenSize;
    out.values.assign(size_t(out.rows * out.cols), 0.0f);
    const auto length = [&](int64_t d) { return std::min<int64_t>(int64_t(request.documents[size_t(d)].size()), request.maxTokens); };
    // Batches of similar lengths waste little on padding; the rows go back to their documents' places.
    std::vector<int64_t> order(static_cast<size_t>(total));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return length(a) < length(b); });
    for (int64_t start = 0; start < total; start += request.batchSize) {
        const int64_t B = std::min(request.batchSize, total - start);
        int64_t T = 0;
        for (int64_t b = 0; b < B; ++b)
            T = std::max(T, length(order[size_t(start + b)]));
        // Padding goes on the right with id 0: attention is causal, so no real position sees it,
        // and the mask leaves it out of the mean.
        torch::Tensor ids = torch::zeros({B, T}, torch::kInt64);  // (B, T)
        torch::Tensor mask = torch::zeros({B, T}, torch::kFloat32); // (B, T)
        auto idsAccess = ids.accessor<int64_t, 2>();
        auto maskAccess = mask.accessor<float, 2>();
        for (int64_t b = 0; b < B; ++b) {
            const auto& doc = request.documents[size_t(order[size_t(start + b)])];
            for (int64_t t = 0; t < length(order[size_t(start + b)]); ++t) {
                idsAccess[b][t] = doc[size_t(t)];
                maskAccess[b][t] = 1.0f;
            }
        }
        const torch::Tensor hidden = llama->hiddenStates(ids.to(device)).to(torch::kFloat32); // (B, T, C)
        const torch::Tensor m = mask.to(device).unsqueeze(-1);                                // (B, T, 1)
        const torch::Tensor mean = ((hidden * m).sum(1) / m.sum(1)).contiguous().to(torch::kCPU); // (B, C)
        const float* rows = mean.data_ptr<float>();
        for (int64_t b = 0; b < B; ++b)
            std::copy(rows + b * out.cols, rows + (b + 1) * out.cols, out.values.begin() + order[size_t(start + b)] * out.cols);
        if (request.onBatch)
            request.onBatch(start + B, total);
    }
    return out;
}

// ---- k-means -------------------------------------------------------------------------------------

torch::Tensor toTensor(const Matrix& points, const torch::Device& device)
{
    return torch::from_blob(const_cast<float*>(points.values.data()), {points.rows, points.cols}, torch::kFloat32)
        .to(device, /*non_blocking=*/false, /*copy=*/true); // (N, D)
}

// A uniform double in [0, 1) from the engine's next 53 bits: the same on every platform, unlike
// std::uniform_real_distribution, whose algorithm the standard leaves open.
double uniform01(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

// Squared distances of every point to each centroid: (N, D), (K, D) -> (N, K), never negative.
torch::Tensor squaredDistances(const torch::Tensor& x, const torch::Tensor& centroids)
{
    // Differences rather than the |x|^2 - 2 x.c + |c|^2 expansion: a point chosen twice or a
    // duplicate of a centroid is at distance 0 exactly, not at a rounding error above it.
    return torch::cdist(x, centroids, /*p=*/2.0, /*compute_mode=donot_use_mm_for_euclid_dist*/ 2).pow(2);
}

// k-means++: the first centroid a uniform draw, each next one a point drawn with probability
// proportional to its squared distance to the nearest centroid so far. The draws are made on the
// CPU from the seed, so the choice does not depend on the device's random generator.
torch::Tensor kMeansPlusPlus(const torch::Tensor& x, int64_t k, std::mt19937_64& rng)
{
    const int64_t n = x.size(0);
    std::vector<int64_t> chosen{int64_t(rng() % uint64_t(n))};
    torch::Tensor nearest = squaredDistances(x, x.narrow(0, chosen[0], 1)).squeeze(1); // (N)
    while (int64_t(chosen.size()) < k) {
        const torch::Tensor weights = nearest.to(torch::kCPU, torch::kFloat64).cumsum(0); // (N)
        const double totalWeight = weights[n - 1].item<double>();
        int64_t next = 0;
        if (totalWeight > 0.0) {
            const double r = uniform01(rng) * totalWeight;
            const double* cumulative = weights.data_ptr<double>();
            next = int64_t(std::upper_bound(cumulative, cumulative + n, r) - cumulative);
            // r < totalWeight, so the point found has a positive weight; only when the product
            // rounds up to the total does the search run off the end: the last weighted point then.
            if (next >= n) {
                next = n - 1;
                while (next > 0 && cumulative[next] == cumulative[next - 1])
                    --next;
            }
        } else {
            next = nearest.argmax().item<int64_t>(); // unreachable with k distinct points (cluster.cpp checks)
        }
        chosen.push_back(next);
        nearest = torch::minimum(nearest, squaredDistances(x, x.narrow(0, next, 1)).squeeze(1));
    }
    return x.index_select(0, torch::tensor(chosen, torch::kInt64).to(x.device())).clone(); // (K, D)
}

struct Assignment {
    torch::Tensor cluster;  // (N) int64, on the CPU
    torch::Tensor distance; // (N) float64 squared distance to the cluster's centroid, on the CPU
};

Assignment assign(const torch::Tensor& x, const torch::Tensor& centroids)
{
    const auto [distance, cluster] = squaredDistances(x, centroids).min(1); // ties: the lowest index
    return {cluster.to(torch::kCPU), distance.to(torch::kCPU, torch::kFloat64)};
}

// Every empty cluster takes the point farthest from its centroid among those whose cluster keeps
// another member, farthest first. Returns how many clusters were re-seeded.
int64_t reseedEmpty(Assignment& a, int64_t k)
{
    std::vector<int64_t> sizes(size_t(k), 0);
    int64_t* cluster = a.cluster.data_ptr<int64_t>();
    double* distance = a.distance.data_ptr<double>();
    const int64_t n = a.cluster.size(0);
    for (int64_t i = 0; i < n; ++i)
        ++sizes[size_t(cluster[i])];
    int64_t reseeded = 0;
    for (int64_t c = 0; c < k; ++c) {
        if (sizes[size_t(c)] > 0)
            continue;
        int64_t farthest = -1;
        for (int64_t i = 0; i < n; ++i)
            if (sizes[size_t(cluster[i])] > 1 && (farthest < 0 || distance[i] > distance[farthest]))
                farthest = i;
        if (farthest < 0)
            throw Error("k-means: no point left to re-seed an empty cluster (fewer points than clusters)");
        --sizes[size_t(cluster[farthest])];
        cluster[farthest] = c;
        distance[farthest] = 0.0; // it becomes its cluster's centroid
        sizes[size_t(c)] = 1;
        ++reseeded;
    }
    return reseeded;
}

// The mean of each cluster's points: (N, D) and the assignment -> (K, D), accumulated in float64.
torch::Tensor clusterMeans(const torch::Tensor& x, const torch::Tensor& cluster, int64_t k)
{
    const torch::Tensor index = cluster.to(x.device());
    const torch::Tensor sums = torch::zeros({k, x.size(1)}, x.options().dtype(torch::kFloat64))
                                   .index_add_(0, index, x.to(torch::kFloat64)); // (K, D)
    const torch::Tensor counts = torch::bincount(index, /*weights=*/{}, /*minlength=*/k).to(torch::kFloat64); // (K)
    return (sums / counts.unsqueeze(1)).to(torch::kFloat32);
}

KMeansResult kmeans(const Matrix& points, const KMeansOptions& options)
{
    torch::NoGradGuard noGrad;
    const torch::Device device(options.device);
    const torch::Tensor x = toTensor(points, device); // (N, D)
    const int64_t k = options.k;
    std::mt19937_64 rng(options.seed);
    torch::Tensor centroids = kMeansPlusPlus(x, k, rng); // (K, D)
    // Converged when the centroids move less than this in total (squared), scaled by the data.
    const double threshold = options.tolerance * x.to(torch::kFloat64).var(0, /*unbiased=*/false).mean().item<double>();
    KMeansResult result;
    for (result.iterations = 1; result.iterations <= options.maxIterations; ++result.iterations) {
        Assignment a = assign(x, centroids);
        result.reseeded += reseedEmpty(a, k);
        const torch::Tensor next = clusterMeans(x, a.cluster, k);
        const double shift = (next - centroids).to(torch::kFloat64).pow(2).sum().item<double>();
        centroids = next;
        if (shift <= threshold) {
            result.converged = true;
            break;
        }
    }
    result.iterations = std::min(result.iterations, options.maxIterations);
    // The points go to their nearest final centroid; a cluster left empty by that takes a point again.
    Assignment final = assign(x, centroids);
    if (const int64_t reseeded = reseedEmpty(final, k); reseeded > 0) {
        result.reseeded += reseeded;
        centroids = clusterMeans(x, final.cluster, k);
    }
    const torch::Tensor index = final.cluster.to(device);
    result.inertia = (x - centroids.index_select(0, index)).to(torch::kFloat64).pow(2).sum().item<double>();
    const torch::Tensor sizes = torch::bincount(final.cluster, /*weights=*/{}, /*minlength=*/k);
    result.sizes.assign(sizes.data_ptr<int64_t>(), sizes.data_ptr<int64_t>() + k);
    result.assignment.assign(final.cluster.data_ptr<int64_t>(), final.cluster.data_ptr<int64_t>() + points.rows);
    const torch::Tensor c = centroids.contiguous().to(torch::kCPU);
    result.centroids.rows = k;
    result.centroids.cols = points.cols;
    result.centroids.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + k * points.cols);
    return result;
}

// ---- principal components ------------------------------------------------------------------------

Matrix pca(const Matrix& points, int64_t count, std::vector<double>* explained, const std::string& deviceName)
{
    torch::NoGradGuard noGrad;
    Matrix out;
    out.rows = points.rows;
    out.cols = count;
    out.values.assign(size_t(points.rows * count), 0.0f);
    if (explained)
        explained->assign(size_t(count), 0.0);
    if (points.rows < 2 || points.cols < 1)
        return out;
    const torch::Device device(deviceName);
    const torch::Tensor x = toTensor(points, device).to(torch::kFloat64);
    const torch::Tensor centred = x - x.mean(0, /*keepdim=*/true); // (N, D)
    const auto [u, s, vh] = torch::linalg_svd(centred, /*full_matrices=*/false);
    const int64_t r = std::min(count, vh.size(0));
    torch::Tensor axes = vh.narrow(0, 0, r).clone(); // (r, D)
    // An axis and its negation are equally principal: the sign that makes the largest loading
    // positive, so the picture does not flip between runs or devices.
    const torch::Tensor pivot = axes.gather(1, axes.abs().argmax(1, /*keepdim=*/true)); // (r, 1)
    axes = torch::where(pivot < 0, -axes, axes);
    const torch::Tensor projected = centred.mm(axes.t()).to(torch::kCPU, torch::kFloat32).contiguous(); // (N, r)
    const float* p = projected.data_ptr<float>();
    for (int64_t i = 0; i < points.rows; ++i)
        for (int64_t j = 0; j < r; ++j)
            out.values[size_t(i * count + j)] = p[i * r + j];
    if (explained) {
        const torch::Tensor variance = s.pow(2).to(torch::kCPU);
        const double totalVariance = variance.sum().item<double>();
        for (int64_t j = 0; j < r && totalVariance > 0.0; ++j)
            (*explained)[size_t(j)] = variance[j].item<double>() / totalVariance;
    }
    return out;
}

} // namespace

} // namespace adaptlab::model

using namespace adaptlab;

extern "C" __attribute__((visibility("default"))) model::Matrix
adaptlab_torch_embed_documents(const model::EmbeddingRequest& request)
{
    return model::embed(request);
}

extern "C" __attribute__((visibility("default"))) model::KMeansResult
adaptlab_torch_kmeans(const model::Matrix& points, const model::KMeansOptions& options)
{
    return model::kmeans(points, options);
}

extern "C" __attribute__((visibility("default"))) model::Matrix
adaptlab_torch_principal_components(const model::Matrix& points, int64_t count, std::vector<double>* explained,
                                    const std::string& device)
{
    return model::pca(points, count, explained, device);
}
