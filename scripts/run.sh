#!/usr/bin/env bash
# The README's run command: installs everything (Debian packages), builds, makes the demo project
# on first run, and opens AdaptLab on it. With --headless, or when there is no display, it says so
# and runs the CLI demo instead: real jobs (train a SentencePiece tokenizer on both demo datasets
# and measure its fertility on each; build token shards of both; list the computing words that cost
# it the most tokens; train a tiny general model on gcide, continue it on foldoc with 10% gcide replay
# and print held-out loss per source before and after; a short LoRA SFT run on the CPT model with the
# foldoc instruction set, printing one answer before and after) whose results it prints. The GUI's
# first start makes the same in the background.
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

# Training demo (issue 10): a tiny "general" model from scratch on gcide, then continued
# pre-training on foldoc with 10% gcide replay; held-out loss per source before and after. Each
# run is a project run (runs/<id>/ with its checkpoints and final/ Hugging Face folder), so the
# GUI's Train panel lists and charts both. Skipped when the project already holds them.
demo_training() {
  local marker="$demo/.demo-runs-done"
  if [ -f "$marker" ]; then
    echo "== training demo: the demo project already holds its general and CPT runs"
    return 0
  fi
  local tokenizer="$demo/tokenizers/demo-unigram-4k.model"
  local spec events final
  spec="$(mktemp --suffix=.json)"; events="$(mktemp)"
  echo "== training demo 1/2: a tiny general model from scratch on gcide (preset tiny, 300 steps)"
  cat > "$spec" <<JSON
{"version": 1, "kind": "train", "project": "$demo",
 "params": {"base": "preset:tiny", "tokenizer": "$tokenizer", "sources": [{"dataset": "gcide"}],
            "steps": 300, "seq_len": 128, "batch": 8, "lr": 0.002, "schedule": "cosine",
            "warmup_fraction": 0.05, "heldout_docs": 200, "eval_every": 100, "save_every": 150}}
JSON
  "$cli" run "$spec" > "$events" || { tail -5 "$events" >&2; echo "the general training run failed" >&2; exit 1; }
  final="$(python3 "$root/scripts/demo_train_report.py" "$events" "general model")" || exit 1
  echo "== training demo 2/2: continued pre-training on foldoc with 10% gcide replay (CPT schedule)"
  cat > "$spec" <<JSON
{"version": 1, "kind": "train", "project": "$demo",
 "params": {"base": "$final", "sources": [{"dataset": "foldoc"}],
            "replay": {"dataset": "gcide", "fraction": 0.1},
            "steps": 200, "seq_len": 128, "batch": 8, "lr": 0.001, "schedule": "cpt",
            "heldout_docs": 200, "eval_every": 50, "eval_every_early": 5, "save_every": 100}}
JSON
  "$cli" run "$spec" > "$events" || { tail -5 "$events" >&2; echo "the CPT run failed" >&2; exit 1; }
  python3 "$root/scripts/demo_train_report.py" "$events" "CPT on foldoc" > /dev/null || exit 1
  rm -f "$spec" "$events"
  touch "$marker"
}

# SFT demo (issue 11): a short LoRA SFT run on the CPT model with the foldoc instruction set
# ("What is X?" -> its definition, chat form, some multi-turn; made by make_demo_corpus.py beside
# foldoc.jsonl), then one answer of the CPT model before and with the adapter after, greedy, with the
# ChatML template the run trained on. Skipped when the project already holds it.
demo_sft() {
  local marker="$demo/.demo-sft-done"
  if [ -f "$marker" ]; then
    echo "== SFT demo: the demo project already holds its LoRA SFT run"
    return 0
  fi
  local instruct="$demo/datasets/foldoc_instruct.jsonl"
  if [ ! -f "$instruct" ]; then
    echo "== SFT demo skipped: no $instruct (make_demo_corpus.py writes it beside foldoc.jsonl; remove $demo to remake the project)"
    return 0
  fi
  local cpt spec events adapter question
  cpt="$(python3 "$root/scripts/demo_train_report.py" --final-of-latest "$demo" foldoc)" ||
    { echo "the SFT demo found no CPT run in the project" >&2; exit 1; }
  spec="$(mktemp --suffix=.json)"; events="$(mktemp)"
  echo "== training demo 3/3: LoRA SFT (rank 8 on q,k,v,o) of the CPT model on the foldoc instruction set"
  cat > "$spec" <<JSON
{"version": 1, "kind": "train", "project": "$demo",
 "params": {"stage": "sft", "base": "$cpt", "sft_data": [{"path": "$instruct", "format": "chat", "name": "foldoc_instruct"}],
            "chat_template": "chatml", "lora_rank": 8, "lora_alpha": 16, "lora_targets": ["q", "k", "v", "o"],
            "steps": 80, "seq_len": 256, "batch": 8, "lr": 0.002, "schedule": "cosine", "warmup_fraction": 0.05,
            "heldout_fraction": 0.05, "eval_every": 40, "eval_every_early": 10, "save_every": 80}}
JSON
  "$cli" run "$spec" > "$events" || { tail -5 "$events" >&2; echo "the SFT run failed" >&2; exit 1; }
  adapter="$(python3 "$root/scripts/demo_train_report.py" "$events" "LoRA SFT on foldoc_instruct")" || exit 1
  question="$(python3 "$root/scripts/demo_train_report.py" --question "$instruct")"
  echo "   question: $question"
  for side in before after; do
    local extra=()
    [ "$side" = after ] && extra=(--lora "$adapter")
    "$cli" generate --model "$cpt" "${extra[@]}" --template chatml --prompt "$question" --max-new-tokens 48 \
      --temperature 0 --json > "$events" || { echo "generating the $side answer failed" >&2; exit 1; }
    python3 "$root/scripts/demo_train_report.py" --answer "$events" "$side"
  done
  rm -f "$spec" "$events"
  touch "$marker"
}

# Data strategy demo (issue 12), part 1: MeCo. Two runs of one budget from scratch on gcide and
# foldoc (half each): one conditioned on each document's `source` field ("Source: foldoc\n\n" before
# the document, no loss on it) for the first 90% of the steps, then a plain cooldown; the other plain
# throughout. Reports the MeCo run's held-out loss unconditioned (how it is used after the
# cooldown) and conditioned, and the plain run's. Runs already in the project are reported, not trained again.
demo_meco() {
  local tokenizer="$demo/tokenizers/demo-unigram-4k.model"
  local spec events label meco
  spec="$(mktemp --suffix=.json)"
  for label in meco plain; do
    # Each run's events are kept in the project, so a second demo reports them without training again.
    events="$demo/.demo-$label-run.events"
    if [ ! -f "$events" ]; then
      meco=""
      [ "$label" = meco ] && meco='"meco": true, "meco_field": "source", "meco_cooldown": 0.1,'
      echo "== data strategy demo: a tiny model from scratch on gcide + foldoc, $label (preset tiny, 200 steps)"
      cat > "$spec" <<JSON
{"version": 1, "kind": "train", "project": "$demo",
 "params": {"base": "preset:tiny", "tokenizer": "$tokenizer",
            "sources": [{"dataset": "gcide", "weight": 0.5}, {"dataset": "foldoc", "weight": 0.5}], $meco
            "steps": 200, "seq_len": 128, "batch": 8, "lr": 0.002, "schedule": "cosine",
            "warmup_fraction": 0.05, "heldout_docs": 200, "eval_every": 100, "save_every": 200}}
JSON
      "$cli" run "$spec" > "$events.part" || { tail -5 "$events.part" >&2; echo "the $label run failed" >&2; exit 1; }
      mv "$events.part" "$events"
    else
      echo "== data strategy demo: the $label run is in the project already"
    fi
    python3 "$root/scripts/demo_train_report.py" --meco "$events" "$label run" || exit 1
  done
  rm -f "$spec"
}

# Data strategy demo, part 2: a pilot grid for the mixture ratio. Five short CPT runs of the
# general model with foldoc at 10%, 30%, 50%, 70% and 90% of the rows (gcide the rest), their
# final held-out losses fitted with the CMR law (Gu et al. 2024): the critical mixture ratio is the
# largest foldoc share whose predicted gcide loss stays within 0.05 of the fitted loss at share 0.
demo_pilot() {
  local marker="$demo/.demo-pilot-done"
  local points="$demo/pilot-points.csv"
  local base spec events share
  if [ ! -f "$marker" ]; then
    base="$(python3 "$root/scripts/demo_train_report.py" --final-of-only "$demo" gcide)" ||
      { echo "the pilot demo found no general model in the project" >&2; exit 1; }
    spec="$(mktemp --suffix=.json)"; events="$(mktemp)"
    echo "domain_share,tokens,domain_loss,general_loss" > "$points.part"
    for share in 0.1 0.3 0.5 0.7 0.9; do
      echo "== pilot grid: CPT of the general model with foldoc at $share of the rows (60 steps)"
      cat > "$spec" <<JSON
{"version": 1, "kind": "train", "project": "$demo",
 "params": {"base": "$base",
            "sources": [{"dataset": "foldoc", "weight": $share}, {"dataset": "gcide", "weight": $(python3 -c "print(round(1 - $share, 3))")}],
            "steps": 60, "seq_len": 128, "batch": 8, "lr": 0.001, "schedule": "cpt",
            "heldout_docs": 200, "eval_every": 60, "save_every": 60}}
JSON
      "$cli" run "$spec" > "$events" || { tail -5 "$events" >&2; echo "the pilot run at $share failed" >&2; exit 1; }
      python3 "$root/scripts/demo_train_report.py" --pilot-row "$events" "$share" foldoc gcide >> "$points.part" || exit 1
    done
    mv "$points.part" "$points"
    rm -f "$spec" "$events"
    touch "$marker"
  fi
  echo "== CMR fit of the pilot grid ($points)"
  "$cli" laws fit --law cmr --points "$points" --json > "$demo/pilot-fit.json" ||
    { echo "the CMR fit failed" >&2; exit 1; }
  python3 "$root/scripts/demo_train_report.py" --cmr "$demo/pilot-fit.json"
}

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
  demo_training
  demo_sft
  demo_meco
  demo_pilot
  "$cli" project show "$demo"
  exit 0
fi

if [ ! -f "$demo/.demo-runs-done" ]; then
  # The window opens at once; the demo's tokenizer, shards and two training runs are made by the
  # CLI demo in the background (one at a time: the lock), and the Train panel follows the runs live.
  echo "== first start: the demo tokenizer, token shards and the two demo training runs are made in the"
  echo "   background (a few minutes on 2 cores; log: $demo/demo-setup.log); the Train panel shows the runs"
  ( flock -n 9 || exit 0
    ADAPTLAB_BUILD_DIR="$build" ADAPTLAB_DEMO_DIR="$demo" "$root/scripts/run.sh" --headless
  ) 9>"$demo/.demo-setup.lock" > "$demo/demo-setup.log" 2>&1 &
fi
exec "$build/bin/adaptlab" --project "$demo"
