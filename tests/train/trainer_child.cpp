// The trainer in a process of its own, for the tests that kill it: runs the tiny run of
// trainer_test_support.h on corpora a parent built, appends "STEP LOSS" per step to a file as it
// goes, turns SIGTERM into a stop request (as the job kind does), and with --hold-after N waits
// after step N until a signal comes, so the parent kills it at a known point.
//   trainer_child CORPORA_DIR RUN_DIR STEPS LOSSES_FILE [--resume] [--hold-after N]
#include "trainer_test_support.h"

#include "common/error.h"
#include "torch/train/trainer.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

namespace {
std::atomic<bool> g_stop{false};
void onTerminate(int) { g_stop = true; }
}

int main(int argc, char** argv)
{
    using namespace adaptlab;
    if (argc < 5) {
        std::fprintf(stderr, "usage: trainer_child CORPORA_DIR RUN_DIR STEPS LOSSES_FILE [--resume] [--hold-after N]\n");
        return 2;
    }
    std::signal(SIGTERM, onTerminate);
    const auto corpora = train::test::existingCorpora(argv[1]);
    train::TrainConfig config = train::test::tinyConfig(corpora, argv[2], std::atoll(argv[3]));
    const std::string lossesFile = argv[4];
    int64_t holdAfter = -1;
    for (int i = 5; i < argc; ++i) {
        if (std::strcmp(argv[i], "--resume") == 0)
            config.resume = true;
        else if (std::strcmp(argv[i], "--hold-after") == 0 && i + 1 < argc)
            holdAfter = std::atoll(argv[++i]);
    }

    train::TrainHooks hooks;
    hooks.stopRequested = [] { return g_stop.load(); };
    hooks.metrics = [&](int64_t step, int64_t, const std::vector<train::TrainMetric>& metrics) {
        for (const auto& m : metrics) {
            if (m.name != "train_loss")
                continue;
            FILE* out = std::fopen(lossesFile.c_str(), "a");
            std::fprintf(out, "%lld %.17g\n", static_cast<long long>(step), m.value);
            std::fclose(out);
            if (step == holdAfter) {
                std::printf("holding\n");
                std::fflush(stdout);
                while (!g_stop)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
    };
    try {
        const train::TrainResult result = train::runTraining(config, hooks);
        std::printf("done stopped=%d steps=%lld checkpoint=%s\n", result.stopped ? 1 : 0,
                    static_cast<long long>(result.stepsDone), result.lastCheckpoint.c_str());
        return 0;
    } catch (const Error& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
