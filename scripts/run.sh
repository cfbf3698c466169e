#!/usr/bin/env bash
# The README's run command: installs everything (Debian packages), builds, makes the demo project
# on first run, and opens AdaptLab on it. With --headless, or when there is no display, it says so
# and runs the CLI demo instead: a real job (train a SentencePiece tokenizer on both demo datasets
# and measure its fertility on each) whose result it prints.
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
  echo "== CLI demo: train a SentencePiece tokenizer on both demo datasets"
  spec="$(mktemp --suffix=.json)"
  trap 'rm -f "$spec"' EXIT
  cat > "$spec" <<JSON
{"version": 1, "kind": "train_tokenizer", "project": "$demo",
 "params": {"datasets": ["gcide", "foldoc"], "vocab_size": 4000, "model_type": "unigram",
            "sample_documents": 8000, "eval_documents": 1000, "name": "demo-unigram-4k"}}
JSON
  "$cli" runtime
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
  rm -f "$events"
  "$cli" project show "$demo"
  exit 0
fi

exec "$build/bin/adaptlab" --project "$demo"
