#!/usr/bin/env bash
# The README's run command: installs everything (Debian packages), builds, makes the demo project
# on first run, and opens AdaptLab on it. With --headless, or when there is no display, it says so
# and runs the CLI demo instead: real jobs (train a SentencePiece tokenizer on both demo datasets
# and measure its fertility on each; build token shards of both; list the computing words that cost
# it the most tokens) whose results it prints.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADAPTLAB_BUILD_DIR:-$root/build}"
demo="${ADAPTLAB_DEMO_DIR:-$build/demo-project}"
headless=0
for arg in "$@"; do
  case "$arg" in
    --headless) headless=1 ;;
    -h|--help) echo "usage: scripts/run.sh [--headless]"; exit 0 ;;
    *) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-deps.sh"
ADAPTLAB_BUILD_TARGET=adaptlab_apps "$root/scripts/build.sh"
cli="$build/bin/adaptlab-cli"

if [ ! -f "$demo/project.adaptlab" ]; then
  echo "== making the demo project in $demo (from dict-gcide and dict-foldoc)"
  "$cli" project init "$demo"
  python3 "$root/scripts/make_demo_corpus.py" "$demo/datasets"
  "$cli" dataset add "$demo" gcide "$demo/datasets/gcide.jsonl"
  "$cli" dataset add "$demo" foldoc "$demo/datasets/foldoc.jsonl"
  # Scan both now (counts, quality signals, duplicates), so the panels show them from the first start.
  for name in gcide foldoc; do
    summary="$(mktemp)"
    "$cli" corpus inspect --project "$demo" --dataset "$name" --json > "$summary"
    python3 - "$name" "$summary" <<'PY'
import json, sys
s = json.load(open(sys.argv[2]))
print(f"   {sys.argv[1]}: {s['documents']} documents, {s['words']} words, {s['exact_duplicates']} exact and "
      f"{s['near_duplicates']} near duplicates, {s['failing_by_rule'].get('gopher_min_words', 0)} under 50 words")
PY
    rm -f "$summary"
  done
fi

if [ "$headless" -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "== no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the CLI demo instead"
  headless=1
fi

if [ "$headless" -eq 1 ]; then
  "$cli" runtime
  model="$demo/tokenizers/demo-unigram-4k.model"
  if [ -f "$model" ]; then
    echo "== CLI demo: the demo tokenizer is already trained ($model)"
  else
    echo "== CLI demo: train a SentencePiece tokenizer on both demo datasets"
    spec="$(mktemp --suffix=.json)"
    cat > "$spec" <<JSON
{"version": 1, "kind": "train_tokenizer", "project": "$demo",
 "params": {"datasets": ["gcide", "foldoc"], "vocab_size": 4000, "model_type": "unigram",
            "sample_documents": 8000, "eval_documents": 1000, "name": "demo-unigram-4k"}}
JSON
    events="$(mktemp)"
    "$cli" run "$spec" | tee "$events" | grep -v '"event":"progress"' || { echo "the demo job failed" >&2; exit 1; }
    python3 - "$events" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    event = json.loads(line)
    if event.get("event") == "done":
        result = event["result"]
        print(f"\n== result: {result['model_type']} tokenizer, {result['vocab_size']} pieces, "
              f"trained on {result['training_documents']} documents in {result['seconds']:.1f} s -> {result['model']}")
        for i in result["inputs"]:
            print(f"   {i['name']:8s} fertility {i['fertility']:.3f} tokens/word, coverage {i['coverage']:.4f} "
                  f"({i['documents_measured']} held-out documents)")
PY
    rm -f "$spec" "$events"
  fi

  echo "== token shards of both demo datasets with the demo tokenizer (built once, then reused)"
  for name in gcide foldoc; do
    result="$(mktemp)"
    "$cli" shards build --project "$demo" --datasets "$name" --tokenizer demo-unigram-4k \
      --heldout-docs 500 --json > "$result" || { echo "building the $name shards failed" >&2; exit 1; }
    python3 - "$name" "$result" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))
state = "reused" if r["reused"] else "built"
print(f"   {sys.argv[1]:8s} {r['tokens']:>9,} tokens in {r['documents']:,} documents "
      f"+ {r['heldout_tokens']:,} held-out tokens in {r['heldout_documents']} documents ({r['dtype']}, {state}) -> {r['dir']}")
PY
    rm -f "$result"
  done

  echo "== vocabulary gap: the foldoc (computing) words that cost the demo tokenizer the most tokens"
  result="$(mktemp)"
  "$cli" tokenizer fertility --project "$demo" --tokenizer demo-unigram-4k --datasets gcide --datasets foldoc \
    --json > "$result" || { echo "measuring fertility failed" >&2; exit 1; }
  python3 - "$result" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for res in r["results"]:
    print(f"   {res['input']:8s} {res['tokens_per_word']:.3f} tokens/word, {res['tokens_per_byte']:.3f} tokens/byte, "
          f"byte fallback {100 * res['byte_fallback_share']:.3f}% of characters")
foldoc = next(res for res in r["results"] if res["input"] == "foldoc")
for g in foldoc["vocab_gap"][:10]:
    print(f"   {g['word']:24s} x{g['count']:<5d} {len(g['pieces'])} pieces: {'|'.join(g['pieces'])}  = {g['tokens']} tokens")
PY
  rm -f "$result"
  "$cli" project show "$demo"
  exit 0
fi

exec "$build/bin/adaptlab" --project "$demo"
