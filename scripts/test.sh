#!/usr/bin/env bash
# The README's test command: installs everything (Debian packages), builds, and runs every test
# with ctest. GUI tests run offscreen; benchmarks (label "bench") are not run here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADAPTLAB_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$@"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --label-exclude bench --parallel "${ADAPTLAB_JOBS:-$(nproc)}" --timeout 600
echo "screenshots saved by the GUI tests: $build/screenshots/"
