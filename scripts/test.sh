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
# Fuzz smoke run: each libFuzzer target for a few seconds (ADAPTLAB_FUZZ_SMOKE_SECONDS=0 skips it;
# scripts/fuzz.sh --seconds N runs them for longer).
if [ "${ADAPTLAB_FUZZ_SMOKE_SECONDS:-5}" -gt 0 ]; then
  "$root/scripts/fuzz.sh" --seconds "${ADAPTLAB_FUZZ_SMOKE_SECONDS:-5}"
fi
echo "screenshots saved by the GUI tests: $build/screenshots/"
