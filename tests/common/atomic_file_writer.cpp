// A child for tst_atomic_file: writes a file through AtomicFile (or AtomicOutputStream) step by step.
//   atomic_file_writer steps TARGET CHUNKS CHUNK_BYTES    after each step prints its name and waits
//                                                          for a line on stdin: "started", "wrote K",
//                                                          "closed", "committed"
//   atomic_file_writer limit TARGET CHUNKS CHUNK_BYTES LIMIT_BYTES [stream]
//                                                          the same without pauses, under
//                                                          RLIMIT_FSIZE = LIMIT_BYTES (a full disk);
//                                                          prints the error and exits 3 on failure
// The bytes are patternByte(i) (tst_atomic_file.cpp computes the same).
#include "common/atomic_file.h"

#include <sys/resource.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

namespace {

char patternByte(uint64_t i)
{
    return static_cast<char>((i * 2654435761u) >> 7);
}

std::string chunk(uint64_t index, uint64_t bytes)
{
    std::string out(bytes, '\0');
    for (uint64_t k = 0; k < bytes; ++k)
        out[k] = patternByte(index * bytes + k);
    return out;
}

void step(const std::string& name)
{
    std::cout << name << std::endl;
    std::string go;
    if (!std::getline(std::cin, go))
        std::exit(4); // the test went away
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 5)
        return 2;
    const std::string mode = argv[1];
    const std::string target = argv[2];
    const uint64_t chunks = std::stoull(argv[3]);
    const uint64_t bytes = std::stoull(argv[4]);
    try {
        if (mode == "steps") {
            adaptlab::AtomicFile file(target);
            step("started");
            for (uint64_t i = 0; i < chunks; ++i) {
                file.write(chunk(i, bytes));
                step("wrote " + std::to_string(i + 1));
            }
            file.close();
            step("closed");
            file.commit();
            step("committed");
            return 0;
        }
        if (mode == "limit" && argc >= 6) {
            rlimit limit{};
            limit.rlim_cur = limit.rlim_max = std::stoull(argv[5]);
            std::signal(SIGXFSZ, SIG_IGN); // the write then fails with EFBIG, as a full disk fails with ENOSPC
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
                return 2;
            if (argc >= 7 && std::string(argv[6]) == "stream") {
                adaptlab::AtomicOutputStream out(target);
                for (uint64_t i = 0; i < chunks; ++i)
                    out << chunk(i, bytes);
                out.commit();
            } else {
                adaptlab::AtomicFile file(target);
                for (uint64_t i = 0; i < chunks; ++i)
                    file.write(chunk(i, bytes));
                file.commit();
            }
            return 0;
        }
    } catch (const std::exception& error) {
        std::cerr << error.what() << std::endl;
        return 3;
    }
    return 2;
}
