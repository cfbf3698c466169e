#!/usr/bin/env bash
# Installs everything AdaptLab needs on Debian 12, idempotently and without questions.
# Every dependency is a Debian package: see README.md "Dependencies" for why each is here.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  # Qt 6 (tools give lrelease/lupdate; every chart is the toolkit's own, so no Qt Charts)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins fonts-dejavu-core fonts-wqy-microhei
  # Qt's own strings (standard buttons, file dialogs) in German and Chinese
  qt6-translations-l10n
  # LibTorch with an optimized BLAS (reference BLAS is ~30x slower)
  libtorch-dev libopenblas0-openmp
  # data parallel on CPU: the Gloo headers LibTorch's c10d ProcessGroupGloo needs
  libgloo-dev
  # engine libraries
  libsentencepiece-dev libzstd-dev zlib1g-dev libsqlite3-dev libsimdjson-dev libxxhash-dev nlohmann-json3-dev
  # tokenizer.json: pre-tokenizer regexes (Unicode classes, look-ahead) and the NFC normalizer
  libpcre2-dev libicu-dev
  # demo project text: general English and computing dictionaries
  dict-gcide dict-foldoc
  # used by tests and the corpus benchmark
  zstd
  # the independent byte-level BPE reference the tokenizer.json tests are checked against
  python3-regex
  # the independent model reference (Llama forward pass from the HF definition) and the eager
  # PyTorch baseline of the training benchmark: the same LibTorch 1.13 and BLAS as the app
  python3-torch
  # fuzz targets (scripts/fuzz.sh, a smoke run in test.sh): clang and its libFuzzer/sanitizer runtimes
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
