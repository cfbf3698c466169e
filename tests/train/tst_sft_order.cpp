// The SFT row order (train/sft_order.h) on examples the test makes by hand: the packed layout
// (segments, restarting positions, padding, the untrained first target of each example) checked
// token by token, truncation counted, examples without a trained token left out, one example per
// row without packing, seeded epochs that visit every example once, purity (a fresh order, any call
// order) and rank slices, held-out rows in file order, the held-out split, and refusals.
#include "train/data_order.h"
#include "train/sft_order.h"

#include "common/error.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

using namespace adaptlab;
using namespace adaptlab::train;

namespace {

constexpr int32_t kPad = 0;
constexpr int64_t kVocab = 10000;

// Example I of length LENGTH: ids 100*I + k (unique per example, so a row's tokens say where they
// came from), the first PROMPT tokens untrained, the rest trained.
data::RenderedExample example(int i, int length, int prompt)
{
    data::RenderedExample e;
    for (int k = 0; k < length; ++k) {
        e.ids.push_back(100 * i + k + 1);
        e.lossMask.push_back(k >= prompt ? 1 : 0);
    }
    return e;
}

SftPlan plan(int64_t seqLen, int64_t globalBatch, bool packing = true, uint64_t seed = 3)
{
    SftPlan p;
    p.seqLen = seqLen;
    p.globalBatch = globalBatch;
    p.seed = seed;
    p.packing = packing;
    p.padId = kPad;
    p.vocabSize = kVocab;
    return p;
}

std::vector<int32_t> slice(const std::vector<int32_t>& values, const Batch& batch, int64_t row)
{
    return {values.begin() + row * batch.seqLen, values.begin() + (row + 1) * batch.seqLen};
}

// Which examples (by id / 100) a row's inputs hold, in order, ignoring padding.
std::vector<int> examplesInRow(const Batch& batch, int64_t row)
{
    std::vector<int> found;
    for (int32_t id : slice(batch.inputs, batch, row)) {
        if (id == kPad)
            continue;
        const int e = (id - 1) / 100;
        if (found.empty() || found.back() != e)
            found.push_back(e);
    }
    return found;
}

bool sameBatch(const Batch& a, const Batch& b)
{
    return a.rows == b.rows && a.inputs == b.inputs && a.targets == b.targets && a.lossMask == b.lossMask &&
           a.positions == b.positions && a.segmentIds == b.segmentIds;
}

} // namespace

class TestSftOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Two examples of 4 and 3 tokens in a row of 9 + 1: worked out by hand.
    void packedLayout()
    {
        std::vector<data::RenderedExample> train{example(0, 4, 2), example(1, 3, 1)};
        // No packing shuffle to worry about: held-out rows keep file order, so the layout is fixed.
        SftOrder order(plan(9, 1), {example(5, 1, 0), example(6, 2, 1)}, train);
        const Batch b = order.heldOut(0, 10);
        QCOMPARE(b.rows, int64_t(1));
        // Packed tokens: 1 2 3 4 | 101 102 103 | pad pad pad
        QCOMPARE(slice(b.inputs, b, 0), (std::vector<int32_t>{1, 2, 3, 4, 101, 102, 103, kPad, kPad}));
        QCOMPARE(slice(b.targets, b, 0), (std::vector<int32_t>{2, 3, 4, 101, 102, 103, kPad, kPad, kPad}));
        // Targets: 2 (mask 0, prompt), 3 and 4 trained, 101 is the next example's first token (never
        // trained), 102 and 103 trained, padding not.
        const std::vector<uint8_t> mask(b.lossMask.begin(), b.lossMask.begin() + 9);
        QCOMPARE(mask, (std::vector<uint8_t>{0, 1, 1, 0, 1, 1, 0, 0, 0}));
        QCOMPARE(slice(b.positions, b, 0), (std::vector<int32_t>{0, 1, 2, 3, 0, 1, 2, 0, 1}));
        QCOMPARE(slice(b.segmentIds, b, 0), (std::vector<int32_t>{0, 0, 0, 0, 1, 1, 1, 2, 2}));
        QCOMPARE(b.segments.size(), size_t(2));
        QCOMPARE(b.segments[1].begin, int64_t(4));
        QCOMPARE(b.segments[1].length, int64_t(3));
        QCOMPARE(b.segments[1].document, uint64_t(1));
        QCOMPARE(b.sourceIndex, std::vector<int32_t>{0});
        QCOMPARE(order.sourceName(0), std::string("sft"));
        QCOMPARE(order.sourceCount(), size_t(1));
    }

    // An example that fills a row exactly ends it; one that does not fit starts the next row.
    void greedyRowsAndTruncation()
    {
        // capacity 8 + 1 = 9 tokens; the 12-token example is cut to 9 and counted.
        std::vector<data::RenderedExample> held{example(0, 5, 1), example(1, 4, 1), example(2, 5, 1),
                                                example(3, 12, 1), example(4, 9, 1)};
        SftOrder order(plan(8, 1), {example(9, 3, 1)}, held);
        QCOMPARE(order.truncatedExamples(), int64_t(0)); // truncation counts training examples
        const Batch b = order.heldOut(0, 100);
        QCOMPARE(b.rows, int64_t(4));
        QCOMPARE(examplesInRow(b, 0), (std::vector<int>{0, 1})); // 5 + 4 = 9 fill the row
        QCOMPARE(examplesInRow(b, 1), (std::vector<int>{2}));    // 5 + 12 does not fit
        QCOMPARE(examplesInRow(b, 2), (std::vector<int>{3}));    // cut to 9
        QCOMPARE(b.targets[static_cast<size_t>(2 * 8 + 7)], int32_t(309)); // its 9th token is the last target
        QVERIFY(b.segments[3].cut);
        QCOMPARE(examplesInRow(b, 3), (std::vector<int>{4}));
        QCOMPARE(order.heldOut(0, 2).rows, int64_t(2));

        SftOrder cutTrain(plan(8, 2), {example(0, 20, 1), example(1, 3, 1), example(2, 30, 2)}, {});
        QCOMPARE(cutTrain.truncatedExamples(), int64_t(2));
        QCOMPARE(cutTrain.trainExamples(), int64_t(3));
    }

    // Examples whose trained tokens all lie past the row (or that have none) are left out.
    void untrainableExamplesLeftOut()
    {
        data::RenderedExample none = example(1, 5, 5);
        data::RenderedExample onlyFirst = example(2, 3, 0);
        onlyFirst.lossMask = {1, 0, 0}; // its first token is never a target
        SftOrder order(plan(8, 1), {example(0, 4, 1), none, example(3, 20, 15), onlyFirst}, {});
        QCOMPARE(order.trainExamples(), int64_t(1));
        QCOMPARE(order.truncatedExamples(), int64_t(1));
        QVERIFY_THROWS_EXCEPTION(Error, SftOrder(plan(8, 1), {none, onlyFirst}, {}));
    }

    void noPackingOneExamplePerRow()
    {
        std::vector<data::RenderedExample> train;
        for (int i = 0; i < 6; ++i)
            train.push_back(example(i, 3, 1));
        SftOrder order(plan(16, 3, /*packing=*/false), train, {});
        std::set<int> seen;
        for (int64_t step = 0; step < 2; ++step) {
            const Batch b = order.rows(step, 0, 3);
            for (int64_t r = 0; r < 3; ++r) {
                const std::vector<int> in = examplesInRow(b, r);
                QCOMPARE(in.size(), size_t(1));
                seen.insert(in.front());
                // 3 tokens then padding in segment 1 with mask 0.
                QCOMPARE(b.segmentIds[static_cast<size_t>(r * 16 + 3)], int32_t(1));
                for (int64_t t = 2; t < 16; ++t)
                    QCOMPARE(b.lossMask[static_cast<size_t>(r * 16 + t)], uint8_t(0));
            }
        }
        QCOMPARE(seen.size(), size_t(6)); // the first epoch visits each example once
        QCOMPARE(order.epochsFor(2), 1.0);
    }

    // Every epoch is a permutation: with packing off, rows [e*N, (e+1)*N) hold every example once;
    // seeds and epochs give different orders.
    void seededEpochs()
    {
        std::vector<data::RenderedExample> train;
        for (int i = 0; i < 9; ++i)
            train.push_back(example(i, 2, 1));
        auto epochOrder = [&](uint64_t seed, int epoch) {
            SftOrder order(plan(4, 9, false, seed), train, {});
            const Batch b = order.rows(epoch, 0, 9);
            std::vector<int> visited;
            for (int64_t r = 0; r < 9; ++r)
                visited.push_back(examplesInRow(b, r).front());
            return visited;
        };
        for (int epoch = 0; epoch < 3; ++epoch) {
            std::vector<int> sorted = epochOrder(1, epoch);
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
        }
        QVERIFY(epochOrder(1, 0) != epochOrder(1, 1));
        QVERIFY(epochOrder(1, 0) != epochOrder(2, 0));
        QCOMPARE(epochOrder(1, 0), epochOrder(1, 0));
    }

    // Packed stream: consecutive rows continue the stream (no example skipped or repeated within an
    // epoch); a fresh order asked for a late step first gives the same rows; rank slices
    // concatenate to the batch.
    void purityAndRankSlices()
    {
        std::vector<data::RenderedExample> train;
        for (int i = 0; i < 40; ++i)
            train.push_back(example(i, 2 + (i * 7) % 9, 1));
        const SftPlan p = plan(16, 4);
        SftOrder walked(p, train, {});
        std::vector<Batch> batches;
        std::map<uint64_t, int> visits;
        int64_t segments = 0;
        for (int64_t step = 0; step < 12; ++step) {
            batches.push_back(walked.rows(step, 0, 4));
            for (const DocumentSegment& part : batches.back().segments) {
                ++visits[part.document];
                ++segments;
            }
        }
        // The rows hold the stream's first E * 40 examples: every example floor(E) or floor(E) + 1
        // times, and exactly the remainder of them the extra time.
        const double epochs = walked.epochsFor(12);
        QCOMPARE(static_cast<double>(segments), epochs * 40);
        QVERIFY(epochs > 1.0);
        const int whole = static_cast<int>(segments / 40);
        int extra = 0;
        QCOMPARE(visits.size(), size_t(40));
        for (const auto& [e, count] : visits) {
            QVERIFY2(count == whole || count == whole + 1, qPrintable(QString::number(e)));
            extra += count - whole;
        }
        QCOMPARE(extra, static_cast<int>(segments % 40));

        SftOrder fresh(p, train, {});
        QVERIFY(sameBatch(fresh.rows(9, 0, 4), batches[9]));
        QVERIFY(sameBatch(fresh.rows(2, 0, 4), batches[2]));
        // Two ranks of two rows each.
        for (int64_t step : {0, 5, 11}) {
            SftOrder rank1(p, train, {});
            const Batch second = rank1.rows(step, 2, 2);
            const Batch first = SftOrder(p, train, {}).rows(step, 0, 2);
            std::vector<int32_t> inputs = first.inputs;
            inputs.insert(inputs.end(), second.inputs.begin(), second.inputs.end());
            std::vector<uint8_t> mask = first.lossMask;
            mask.insert(mask.end(), second.lossMask.begin(), second.lossMask.end());
            std::vector<int32_t> positions = first.positions;
            positions.insert(positions.end(), second.positions.begin(), second.positions.end());
            QCOMPARE(inputs, batches[static_cast<size_t>(step)].inputs);
            QCOMPARE(mask, batches[static_cast<size_t>(step)].lossMask);
            QCOMPARE(positions, batches[static_cast<size_t>(step)].positions);
        }
        // Trained targets per row are those of its examples (nothing trained across a boundary):
        // every trained target's input is in the same segment and the target is not a pad.
        for (const Batch& b : batches)
            for (size_t t = 0; t < b.lossMask.size(); ++t)
                if (b.lossMask[t]) {
                    QVERIFY(b.targets[t] != kPad);
                    QCOMPARE((b.targets[t] - 1) / 100, (b.inputs[t] - 1) / 100);
                }
    }

    void splitHeldOutFractions()
    {
        std::vector<data::RenderedExample> all;
        for (int i = 0; i < 40; ++i)
            all.push_back(example(i, 3, 1));
        auto [train, held] = splitHeldOut(all, 0.1, 5);
        QCOMPARE(held.size(), size_t(4));
        QCOMPARE(train.size(), size_t(36));
        std::set<int32_t> ids;
        for (const auto* side : {&train, &held}) {
            for (size_t i = 1; i < side->size(); ++i) // file order kept on both sides
                QVERIFY((*side)[i - 1].ids.front() < (*side)[i].ids.front());
            for (const auto& e : *side)
                ids.insert(e.ids.front());
        }
        QCOMPARE(ids.size(), size_t(40));
        QCOMPARE(splitHeldOut(all, 0.1, 5).second.front().ids, held.front().ids); // seeded
        bool differs = false;
        for (uint64_t seed = 6; seed < 10 && !differs; ++seed)
            differs = splitHeldOut(all, 0.1, seed).second.front().ids != held.front().ids;
        QVERIFY(differs);

        QCOMPARE(splitHeldOut({example(0, 3, 1), example(1, 3, 1)}, 0.01, 1).second.size(), size_t(1)); // at least one
        QCOMPARE(splitHeldOut({example(0, 3, 1), example(1, 3, 1)}, 0.99, 1).first.size(), size_t(1));  // one trains
        QCOMPARE(splitHeldOut({example(0, 3, 1)}, 0.5, 1).second.size(), size_t(0));
        QCOMPARE(splitHeldOut(all, 0.0, 1).second.size(), size_t(0));
    }

    void refusals()
    {
        data::RenderedExample bad = example(0, 4, 1);
        bad.ids[2] = static_cast<int32_t>(kVocab);
        try {
            SftOrder order(plan(8, 1), {example(1, 3, 1), bad}, {});
            QFAIL("an id outside the vocabulary was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("training example 2") && QString(e.what()).contains("10000"), e.what());
        }
        data::RenderedExample ragged = example(0, 4, 1);
        ragged.lossMask.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, SftOrder(plan(8, 1), {example(1, 3, 1)}, {ragged}));
        QVERIFY_THROWS_EXCEPTION(Error, SftOrder(plan(8, 1), {}, {}));
        SftOrder order(plan(8, 2), {example(1, 3, 1)}, {});
        QVERIFY_THROWS_EXCEPTION(Error, order.rows(0, 1, 2));
        QVERIFY_THROWS_EXCEPTION(Error, order.heldOut(1, 4));
        QCOMPARE(order.heldOut(0, 4).rows, int64_t(0));
    }

    // DataOrder is a RowSource too (the trainer holds either): its overrides answer from its plan.
    void dataOrderIsARowSource()
    {
        static_assert(std::is_base_of_v<RowSource, DataOrder>);
        static_assert(std::is_base_of_v<RowSource, SftOrder>);
        SftOrder order(plan(8, 2), {example(1, 3, 1)}, {});
        const RowSource& source = order;
        QCOMPARE(source.seqLen(), int64_t(8));
        QCOMPARE(source.globalBatch(), int64_t(2));
        QCOMPARE(source.vocabSize(), kVocab);
    }
};

QTEST_GUILESS_MAIN(TestSftOrder)
#include "tst_sft_order.moc"
