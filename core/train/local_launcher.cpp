#include "train/local_launcher.h"

#include "common/error.h"
#include "train/launch_environment.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <spawn.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

extern char** environ;

namespace adaptlab::train {

namespace {

constexpr auto kKillGrace = std::chrono::seconds(30);

[[noreturn]] void throwErrno(const std::string& what)
{
    throw Error(what + ": " + std::strerror(errno));
}

// Closes a descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept
    {
        reset(std::exchange(other.fd_, -1));
        return *this;
    }
    int get() const { return fd_; }
    void reset(int fd = -1)
    {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_;
};

int exitCode(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

// The parent's environment without any launcher variable, plus this worker's.
std::vector<std::string> workerEnvironment(int rank, int nproc, uint16_t port)
{
    static const std::set<std::string> launcherVariables = {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE",
                                                            "MASTER_ADDR", "MASTER_PORT", "GROUP_RANK"};
    std::vector<std::string> env;
    for (char** entry = environ; *entry; ++entry) {
        const std::string_view text(*entry);
        const std::string name(text.substr(0, text.find('=')));
        if (!launcherVariables.count(name))
            env.emplace_back(text);
    }
    env.push_back("RANK=" + std::to_string(rank));
    env.push_back("WORLD_SIZE=" + std::to_string(nproc));
    env.push_back("LOCAL_RANK=" + std::to_string(rank));
    // No LOCAL_WORLD_SIZE: the trainer divides the cores it sees by it (as under torchrun, which
    // does not pin), and these workers already see only their share (their affinity mask).
    env.push_back("MASTER_ADDR=127.0.0.1");
    env.push_back("MASTER_PORT=" + std::to_string(port));
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> result;
    result.reserve(strings.size() + 1);
    for (std::string& s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

std::vector<int> affinityCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    std::vector<int> cpus;
    if (sched_getaffinity(0, sizeof(set), &set) != 0)
        return cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &set))
            cpus.push_back(cpu);
    return cpus;
}

// A worker whose output is relayed: the bytes of its last unfinished line wait in `pending`.
struct Worker {
    int rank = 0;
    pid_t pid = -1;
    std::optional<int> status; // set once reaped
    Fd output;                 // read end of its stdout+stderr pipe (ranks > 0)
    std::string pending;
};

void writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // stderr gone: the workers' own exit codes still tell the story
        text.remove_prefix(static_cast<size_t>(n));
    }
}

// Reads what is there; complete lines go to stderr with the rank's prefix. At end of file (or
// `final`) the unfinished line goes too, and the pipe is closed.
void relay(Worker& worker, bool final)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(worker.output.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0) {
            worker.pending.append(buffer, static_cast<size_t>(n));
            size_t start = 0;
            for (size_t newline; (newline = worker.pending.find('\n', start)) != std::string::npos; start = newline + 1)
                writeAll(STDERR_FILENO, "[rank " + std::to_string(worker.rank) + "] "
                                            + worker.pending.substr(start, newline + 1 - start));
            worker.pending.erase(0, start);
            continue;
        }
        const bool atEnd = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        if (atEnd || final) {
            if (!worker.pending.empty())
                writeAll(STDERR_FILENO, "[rank " + std::to_string(worker.rank) + "] " + worker.pending + "\n");
            worker.pending.clear();
            worker.output.reset();
        }
        return;
    }
}

// Blocks the signals the supervisor handles through a signalfd, and restores the mask after.
class SignalScope {
public:
    SignalScope()
    {
        sigemptyset(&handled_);
        for (const int signal : {SIGCHLD, SIGTERM, SIGINT})
            sigaddset(&handled_, signal);
        if (pthread_sigmask(SIG_BLOCK, &handled_, &previous_) != 0)
            throwErrno("cannot block signals for the local workers");
        fd_.reset(signalfd(-1, &handled_, SFD_CLOEXEC | SFD_NONBLOCK));
        if (fd_.get() < 0) {
            const int error = errno;
            pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
            errno = error;
            throwErrno("cannot watch signals for the local workers");
        }
    }
    ~SignalScope()
    {
        fd_.reset();
        // A SIGCHLD of ours that arrived after the last read must not reach a handler elsewhere.
        timespec zero{};
        sigset_t child;
        sigemptyset(&child);
        sigaddset(&child, SIGCHLD);
        while (sigtimedwait(&child, nullptr, &zero) > 0) {
        }
        pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    int fd() const { return fd_.get(); }

private:
    sigset_t handled_{}, previous_{};
    Fd fd_;
};

class Supervisor {
public:
    Supervisor(int nproc, std::vector<std::string> argv) : nproc_(nproc), argv_(std::move(argv)) {}

    ~Supervisor()
    {
        // An exception while starting: no worker may outlive the launcher.
        for (Worker& w : workers_)
            if (w.pid > 0 && !w.status) {
                ::kill(w.pid, SIGKILL);
                int status = 0;
                while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
                }
            }
    }

    int run()
    {
        start();
        while (running() > 0 || anyOutput())
            step();
        // The first rank that failed is the cause; the others were stopped because of it.
        return failedOrder_.empty() ? 0 : exitCode(*workers_[failedOrder_.front()].status);
    }

private:
    void start()
    {
        const uint16_t port = freeLocalPort();
        const std::vector<int> cpus = affinityCpus();
        cpu_set_t original;
        CPU_ZERO(&original);
        const bool pin = !cpus.empty() && sched_getaffinity(0, sizeof original, &original) == 0;
        workers_.resize(static_cast<size_t>(nproc_));
        for (int rank = 0; rank < nproc_; ++rank) {
            Worker& worker = workers_[static_cast<size_t>(rank)];
            worker.rank = rank;
            std::vector<std::string> env = workerEnvironment(rank, nproc_, port);
            std::vector<std::string> args = argv_;
            std::vector<char*> envp = pointers(env);
            std::vector<char*> argp = pointers(args);

            posix_spawn_file_actions_t actions;
            posix_spawn_file_actions_init(&actions);
            Fd writeEnd;
            if (rank > 0) {
                int fds[2];
                if (pipe2(fds, O_CLOEXEC) != 0)
                    throwErrno("cannot make a pipe for rank " + std::to_string(rank));
                worker.output.reset(fds[0]);
                writeEnd.reset(fds[1]);
                fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
                posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
                posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
            }
            posix_spawnattr_t attributes;
            posix_spawnattr_init(&attributes);
            sigset_t empty;
            sigemptyset(&empty);
            posix_spawnattr_setsigmask(&attributes, &empty); // the workers handle SIGTERM themselves
            posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
            // The child inherits this thread's affinity: set its share, spawn, put ours back.
            if (pin) {
                cpu_set_t share;
                CPU_ZERO(&share);
                for (const int cpu : cpuShare(cpus, rank, nproc_))
                    CPU_SET(cpu, &share);
                sched_setaffinity(0, sizeof share, &share);
            }
            const int error = posix_spawnp(&worker.pid, argp[0], &actions, &attributes, argp.data(), envp.data());
            if (pin)
                sched_setaffinity(0, sizeof original, &original);
            posix_spawnattr_destroy(&attributes);
            posix_spawn_file_actions_destroy(&actions);
            if (error != 0) {
                worker.pid = -1;
                throw Error("cannot start local worker " + std::to_string(rank) + " (" + argv_.front()
                            + "): " + std::strerror(error));
            }
        }
    }

    int running() const
    {
        int count = 0;
        for (const Worker& w : workers_)
            count += w.status ? 0 : 1;
        return count;
    }

    bool anyOutput() const
    {
        for (const Worker& w : workers_)
            if (w.output.get() >= 0)
                return true;
        return false;
    }

    void step()
    {
        std::vector<pollfd> fds;
        fds.push_back({signals_.fd(), POLLIN, 0});
        std::vector<Worker*> polled;
        for (Worker& w : workers_)
            if (w.output.get() >= 0) {
                fds.push_back({w.output.get(), POLLIN, 0});
                polled.push_back(&w);
            }
        int timeoutMs = -1;
        if (killDeadline_) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*killDeadline_ - std::chrono::steady_clock::now());
            timeoutMs = static_cast<int>(std::max<int64_t>(0, left.count()));
        }
        // Every worker reaped: what is left in the pipes is read now, without waiting for a
        // grandchild that may still hold one open.
        if (running() == 0) {
            for (Worker* w : polled)
                relay(*w, true);
            return;
        }
        const int ready = poll(fds.data(), fds.size(), timeoutMs);
        if (ready < 0 && errno != EINTR)
            throwErrno("waiting for the local workers");
        if (fds[0].revents & POLLIN)
            readSignals();
        for (size_t i = 1; i < fds.size(); ++i)
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                relay(*polled[i - 1], false);
        if (killDeadline_ && std::chrono::steady_clock::now() >= *killDeadline_) {
            signalAll(SIGKILL);
            killDeadline_.reset();
        }
    }

    void readSignals()
    {
        signalfd_siginfo info{};
        while (::read(signals_.fd(), &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            if (info.ssi_signo == SIGCHLD) {
                reap();
            } else if (!stopForwarded_) {
                stopForwarded_ = true;
                signalAll(SIGTERM);
            } else {
                signalAll(SIGKILL); // a second request: the user means it
            }
        }
    }

    void reap()
    {
        for (Worker& w : workers_) {
            if (w.status || w.pid <= 0)
                continue;
            int status = 0;
            const pid_t done = waitpid(w.pid, &status, WNOHANG);
            if (done != w.pid)
                continue;
            w.status = status;
            if (exitCode(status) != 0) {
                failedOrder_.push_back(static_cast<size_t>(w.rank));
                // The others would wait in a collective for a peer that is gone.
                if (!killDeadline_ && running() > 0) {
                    signalAll(SIGTERM);
                    killDeadline_ = std::chrono::steady_clock::now() + kKillGrace;
                }
            }
        }
    }

    void signalAll(int signal)
    {
        for (const Worker& w : workers_)
            if (w.pid > 0 && !w.status)
                ::kill(w.pid, signal);
    }

    int nproc_;
    std::vector<std::string> argv_;
    SignalScope signals_; // before any child exists, so no SIGCHLD is lost
    std::vector<Worker> workers_;
    std::vector<size_t> failedOrder_; // ranks, in the order they failed
    std::optional<std::chrono::steady_clock::time_point> killDeadline_;
    bool stopForwarded_ = false;
};

} // namespace

std::vector<std::string> withoutNprocOption(const std::vector<std::string>& argv)
{
    std::vector<std::string> result;
    for (size_t i = 0; i < argv.size(); ++i) {
        if (i > 0 && argv[i] == "--nproc") {
            ++i; // and its value
            continue;
        }
        if (i > 0 && argv[i].rfind("--nproc=", 0) == 0)
            continue;
        result.push_back(argv[i]);
    }
    return result;
}

uint16_t freeLocalPort()
{
    Fd socketFd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socketFd.get() < 0)
        throwErrno("cannot open a socket to find a free port");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(socketFd.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        throwErrno("cannot bind a socket on 127.0.0.1 to find a free port");
    socklen_t length = sizeof address;
    if (::getsockname(socketFd.get(), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        throwErrno("cannot read the port the kernel chose");
    return ntohs(address.sin_port);
}

std::vector<int> cpuShare(const std::vector<int>& cpus, int rank, int nproc)
{
    if (cpus.empty() || nproc < 1)
        return {};
    const size_t count = cpus.size();
    const auto n = static_cast<size_t>(nproc);
    const auto r = static_cast<size_t>(rank);
    if (count < n)
        return {cpus[r % count]};
    return std::vector<int>(cpus.begin() + static_cast<std::ptrdiff_t>(r * count / n),
                            cpus.begin() + static_cast<std::ptrdiff_t>((r + 1) * count / n));
}

int launchLocalWorkers(int nproc, const std::vector<std::string>& argv)
{
    if (nproc < 1)
        throw Error("--nproc " + std::to_string(nproc) + ": the number of local workers must be at least 1");
    if (argv.empty())
        throw Error("launchLocalWorkers: no command to run");
    // Under torchrun or srun this process is already one rank of many: N more each would multiply.
    const LaunchEnvironment outer = readLaunchEnvironment();
    if (outer.distributed())
        throw Error("--nproc cannot be used inside a launcher that already set WORLD_SIZE="
                    + std::to_string(outer.worldSize) + " (start one process per rank instead)");
    Supervisor supervisor(nproc, withoutNprocOption(argv));
    return supervisor.run();
}

} // namespace adaptlab::train
