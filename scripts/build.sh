#!/usr/bin/env bash
# Configures and builds AdaptLab into build/ (Release). Used by run.sh and test.sh.
# Extra arguments go to CMake's configure step (e.g. -DADAPTLAB_SANITIZE=ON).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADAPTLAB_BUILD_DIR:-$root/build}"
jobs="${ADAPTLAB_JOBS:-$(nproc)}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${ADAPTLAB_BUILD_TYPE:-Release}" "$@"
cmake --build "$build" --parallel "$jobs" ${ADAPTLAB_BUILD_TARGET:+--target $ADAPTLAB_BUILD_TARGET}
