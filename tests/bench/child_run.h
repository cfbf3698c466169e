// What the whole-process benchmarks measure of a child: its wall time and peak RSS.
#pragma once

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace adaptlab::bench {

struct ChildRun {
    double seconds = 0;
    long maxRssKb = 0;
    int status = 0; // as wait4() reports it
};

// Runs argv (found on PATH) with stdout to `stdoutPath`; exits the benchmark when it cannot start.
inline ChildRun runChild(const std::vector<std::string>& argv, const std::string& stdoutPath)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::cerr << "cannot start " << argv[0] << "\n";
        std::exit(1);
    }
    ChildRun run;
    rusage usage{};
    wait4(pid, &run.status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.maxRssKb = usage.ru_maxrss;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace adaptlab::bench
