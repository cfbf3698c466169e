// fake_job: a stand-in for `adaptlab-cli run --detach SPEC` in the JobRunner and Jobs dock tests.
// Plain C++ (no Qt, no core) so it tests the wire format as documented, not our own serializer.
//   fake_job --mode MODE [--marker FILE] [--events FILE] run [--detach] SPEC
// Like the real child it owns its run: every event goes to stdout AND is appended to the events
// file (default: events.jsonl in the working directory, the run folder), whose first line is
// {"event":"started","pid":P,"time":T}; a split write on stdout is a split write there too, so the
// follower's partial-line handling is tested. --detach starts a new session, as the real child.
// The spec is only checked to exist; the behaviour comes from --mode:
//   progress   log, three progress events, a metric, a stray line, a stderr line, done; exit 0
//   partial    events split across several writes, and two events in one write; exit 0
//   fail       some output on stdout and stderr, an error event; exit 3
//   crash      one line, then abort()
//   garbage    only lines that are not events (and a malformed one); exit 0 without "done"
//   gated      progress 1 of 3, then waits (a minute at most) until a file "go" exists in the
//              working directory, then progress 2 and 3 of 3 and done {"documents":3}; exit 0
//   hold       one progress event (1 of 4, eta 90 s), then waits; dies on SIGTERM
//   graceful   waits; on SIGTERM logs "checkpoint saved" and exits 0 (what the trainer does)
//   stubborn   ignores SIGTERM and waits; only SIGKILL ends it
// Every waiting mode prints {"event":"log","message":"ready"} once its signal handling is set up.
// --marker FILE: write our pid to FILE first thing, so a test can prove the program never ran, or
// check that it is gone (not even a zombie) afterwards.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <chrono>

#include <sys/time.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_terminate = 0;
std::FILE* g_events = nullptr;

void onTerm(int)
{
    g_terminate = 1;
}

void out(const char* text)
{
    std::fputs(text, stdout);
    std::fflush(stdout);
    if (g_events) {
        std::fputs(text, g_events);
        std::fflush(g_events);
    }
}

void err(const char* text)
{
    std::fputs(text, stderr);
    std::fflush(stderr);
}

void pause(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void ready()
{
    out("{\"event\":\"log\",\"level\":\"info\",\"message\":\"ready\"}\n");
}

} // namespace

int main(int argc, char** argv)
{
    std::string mode;
    std::string marker;
    std::string spec;
    std::string events = "events.jsonl";
    bool detach = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mode" && i + 1 < argc)
            mode = argv[++i];
        else if (arg == "--marker" && i + 1 < argc)
            marker = argv[++i];
        else if (arg == "--events" && i + 1 < argc)
            events = argv[++i];
        else if (arg == "--detach")
            detach = true;
        else if (arg == "run" && i + 1 < argc && std::string(argv[i + 1]) == "--detach") {
            detach = true;
            ++i;
            if (i + 1 < argc)
                spec = argv[++i];
        } else if (arg == "run" && i + 1 < argc)
            spec = argv[++i];
    }
    if (detach && getsid(0) != getpid())
        setsid();
    if (!marker.empty())
        std::ofstream(marker) << getpid() << "\n";
    if (spec.empty() || !std::ifstream(spec)) {
        err("fake_job: usage: fake_job --mode MODE run [--detach] SPEC (spec file must exist)\n");
        return 2;
    }
    g_events = std::fopen(events.c_str(), "a");
    if (!g_events) {
        err("fake_job: cannot open the events file\n");
        return 2;
    }
    timeval now{};
    gettimeofday(&now, nullptr);
    std::fprintf(g_events, "{\"event\":\"started\",\"pid\":%d,\"time\":%ld.%06ld}\n",
                 static_cast<int>(getpid()), static_cast<long>(now.tv_sec),
                 static_cast<long>(now.tv_usec));
    std::fflush(g_events);

    if (mode == "progress") {
        out("{\"event\":\"log\",\"level\":\"info\",\"message\":\"scanning\"}\n");
        for (int done = 1; done <= 3; ++done) {
            char line[128];
            std::snprintf(line, sizeof line,
                          "{\"event\":\"progress\",\"done\":%d,\"total\":3,\"eta_s\":%d,"
                          "\"stage\":\"scan\"}\n",
                          done, 3 - done);
            out(line);
        }
        out("{\"event\":\"metric\",\"name\":\"loss\",\"step\":7,\"tokens\":1024,\"value\":2.5}\n");
        out("a stray library print\n");
        err("a warning on stderr\n");
        out("{\"event\":\"done\",\"result\":{\"documents\":3}}\n");
        return 0;
    }
    if (mode == "partial") {
        out("{\"event\":\"prog");
        pause(80);
        out("ress\",\"done\":1,\"total\":2");
        pause(80);
        out(",\"stage\":\"split\"}\n{\"event\":\"log\",\"level\":\"warning\",\"message\":\"two in one\"}\n"
            "{\"event\":\"progress\",\"done\":2,\"total\":2}\n");
        pause(80);
        err("half a stderr ");
        pause(80);
        err("line\n");
        // The last line has no newline: it must still arrive once the process is gone.
        out("{\"event\":\"done\",\"result\":{\"ok\":true}}");
        return 0;
    }
    if (mode == "fail") {
        out("{\"event\":\"progress\",\"done\":1,\"total\":10}\n");
        out("reading shard 1\n");
        err("error: cannot open shard 2: No such file or directory\n");
        out("{\"event\":\"error\",\"message\":\"shard 2 is missing\",\"field\":\"params.path\"}\n");
        return 3;
    }
    if (mode == "crash") {
        out("about to crash\n");
        err("about to crash\n");
        std::abort();
    }
    if (mode == "garbage") {
        out("hello\n");
        out("{\"event\":\"progress\",\"done\":\n"); // malformed JSON
        out("{\"not_an_event\":1}\n");
        out("[1,2,3]\n");
        return 0;
    }
    if (mode == "gated") {
        out("{\"event\":\"progress\",\"done\":1,\"total\":3,\"stage\":\"scan\"}\n");
        ready();
        for (int i = 0; i < 600 && !std::ifstream("go"); ++i)
            pause(100);
        out("{\"event\":\"progress\",\"done\":2,\"total\":3,\"stage\":\"scan\"}\n");
        out("{\"event\":\"progress\",\"done\":3,\"total\":3,\"stage\":\"scan\"}\n");
        out("{\"event\":\"done\",\"result\":{\"documents\":3}}\n");
        return 0;
    }
    if (mode == "hold" || mode == "graceful" || mode == "stubborn") {
        if (mode == "graceful")
            std::signal(SIGTERM, onTerm);
        else if (mode == "stubborn")
            std::signal(SIGTERM, SIG_IGN);
        if (mode == "hold")
            out("{\"event\":\"progress\",\"done\":1,\"total\":4,\"eta_s\":90,\"stage\":\"hold\"}\n");
        ready();
        for (int i = 0; i < 600 && !g_terminate; ++i) // a minute at most, even if nobody stops us
            pause(100);
        if (g_terminate) {
            out("{\"event\":\"log\",\"level\":\"info\",\"message\":\"checkpoint saved\"}\n");
            out("{\"event\":\"stopped\",\"message\":\"stopped on request\"}\n");
            return 0;
        }
        return 4;
    }
    err("fake_job: unknown --mode\n");
    return 2;
}
