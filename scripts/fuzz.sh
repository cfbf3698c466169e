#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan/UBSan, only the core areas they need) in
# build-fuzz/ and runs each for a time or a number of executions, printing what libFuzzer counted
# and any crash file. Seeds come from tests/fixtures at each run (signals files are written by the
# current writer, scanning the corpus fixtures); what a run finds new is kept in
# build-fuzz/corpus/<target>/ for the next run. Exit status 1 when a target found a crash.
#
#   scripts/fuzz.sh [--seconds N | --runs N] [TARGET...]    (default: --seconds 60, every target)
#
# Environment: ADAPTLAB_FUZZ_BUILD_DIR (default build-fuzz), ADAPTLAB_JOBS (build jobs),
# ADAPTLAB_FUZZ_ARGS (more libFuzzer flags, e.g. "-jobs=2 -workers=2").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADAPTLAB_FUZZ_BUILD_DIR:-$root/build-fuzz}"
all_targets=(fuzz_jsonl fuzz_jsonl_zst fuzz_jsonl_gz fuzz_plain_text fuzz_job_spec fuzz_signals_file fuzz_hf_tokenizer fuzz_safetensors fuzz_token_shard)

limit=(-max_total_time=60)
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    fuzz_*) targets+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument $1 (targets: ${all_targets[*]})" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

build_targets=("${targets[@]}")
for t in "${targets[@]}"; do
  [ "$t" = fuzz_signals_file ] && build_targets+=(fuzz_signals_seeds)
done
start=$(date +%s)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DADAPTLAB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "${ADAPTLAB_JOBS:-$(nproc)}" --target "${build_targets[@]}"
echo "fuzz.sh: built ${build_targets[*]} in $(( $(date +%s) - start )) s"

fixtures="$root/tests/fixtures"
# seeds TARGET: fills $build/seeds/TARGET from the fixtures.
seeds() {
  local dir="$build/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  local jsonl=("$fixtures"/corpus/*.jsonl "$fixtures"/corpus/bad/*.jsonl "$fixtures"/corpus/tree/*.ndjson
               "$fixtures"/corpus/tree/a/*.jsonl "$fixtures"/corpus/tree/a/b/*.jsonl)
  local reproducers=("$fixtures"/corpus/fuzz/*)
  case "$1" in
    fuzz_jsonl) cp "${jsonl[@]}" "$dir"/ ;;
    fuzz_jsonl_zst) cp "${jsonl[@]}" "$fixtures"/corpus/*.zst "$fixtures"/corpus/bad/*.zst "$dir"/ ;;
    fuzz_jsonl_gz) cp "${jsonl[@]}" "$fixtures"/corpus/*.gz "$fixtures"/corpus/bad/*.gz "$dir"/ ;;
    fuzz_plain_text) cp "$fixtures"/corpus/docs.txt "$fixtures"/corpus/tree/c/* "${jsonl[@]}" "$dir"/ ;;
    fuzz_job_spec)
      cp "$root"/tests/fuzz/seeds/job_spec/*.json "$dir"/
      if compgen -G "$fixtures/specs/*" >/dev/null; then cp -r "$fixtures"/specs/. "$dir"/; fi ;;
    fuzz_hf_tokenizer)
      # An even first byte reads the rest as a tokenizer.json, an odd one as text to encode.
      for f in "$root"/tests/fuzz/seeds/hf_tokenizer/*.json "$fixtures"/tokenizers/*/tokenizer.json \
               "$fixtures"/tokenizers/bad/*.json; do
        case "$f" in */bench-bytelevel/*) continue ;; esac
        { printf '\x00'; cat "$f"; } >"$dir/json-$(basename "$(dirname "$f")")-$(basename "$f")"
      done
      printf '\x01Hello <|eot_id|> w\xc3\xb6rld \xf0\x9f\x98\x80 123\r\n' >"$dir/text-1" ;;
    fuzz_safetensors)
      cp "$root"/tests/fuzz/seeds/safetensors/*.safetensors "$fixtures"/safetensors/bad/*.safetensors "$dir"/
      for f in "$fixtures"/safetensors/bad/*/*.safetensors; do
        cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
      done ;;
    fuzz_token_shard)
      # An even first byte reads the rest as it is, an odd one with its checksum made right.
      for f in "$fixtures"/shards/*.shard; do
        { printf '\x00'; cat "$f"; } >"$dir/raw-$(basename "$f")"
        { printf '\x01'; cat "$f"; } >"$dir/summed-$(basename "$f")"
      done ;;
    fuzz_signals_file)
      "$build/fuzz/fuzz_signals_seeds" "$dir" "$fixtures"/corpus/good.jsonl "$fixtures"/corpus/good.jsonl.zst \
        "$fixtures"/corpus/docs.txt "$fixtures"/corpus/tree "$fixtures"/corpus/bad/invalid_json.jsonl >/dev/null ;;
  esac
  # Inputs that once broke a reader stay seeds (tests/fixtures/corpus/fuzz/<target>-*).
  for f in "${reproducers[@]}"; do
    case "$(basename "$f")" in "$1"-*) cp "$f" "$dir"/ ;; esac
  done
}

failed=0
summary=()
for t in "${targets[@]}"; do
  seeds "$t"
  mkdir -p "$build/corpus/$t" "$build/artifacts"
  log="$build/$t.log"
  dict=()
  case "$t" in fuzz_jsonl*|fuzz_job_spec|fuzz_hf_tokenizer|fuzz_safetensors) dict=(-dict="$root/tests/fuzz/json.dict") ;; esac
  echo "fuzz.sh: running $t (${limit[*]})"
  set +e
  # Inputs up to 4 kB (larger seeds are cut there): a long compressed seed made every execution
  # of the compressed targets ten times slower without finding more.
  "$build/fuzz/$t" "${limit[@]}" -max_len=4096 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
    "${dict[@]}" ${ADAPTLAB_FUZZ_ARGS:-} "$build/corpus/$t" "$build/seeds/$t" >"$log" 2>&1
  status=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  cov=$(grep -oE '(DONE|pulse|NEW|REDUCE|INITED) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
  crashes=$(grep -oE "Test unit written to [^ ]+" "$log" | sed 's/Test unit written to //' || true)
  line="$t: ${runs:-?} executions, ${cov:-no coverage line}, exit $status"
  if [ $status -ne 0 ] || [ -n "$crashes" ]; then
    failed=1
    line="$line, FOUND: ${crashes:-see $log}"
    grep -E "^(==[0-9]+==ERROR|SUMMARY|fuzz invariant)" "$log" | head -5 || true
  fi
  echo "fuzz.sh: $line"
  summary+=("$line")
done
printf 'fuzz.sh summary (logs in %s):\n' "$build"
printf '  %s\n' "${summary[@]}"
exit $failed
