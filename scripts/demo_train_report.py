#!/usr/bin/env python3
"""The headless demo's reports on train runs (scripts/run.sh):
  demo_train_report.py EVENTS LABEL
      a train run's held-out loss per source before and after (from `adaptlab-cli run`'s events), to
      stderr for the reader, and the run's final folder on stdout (the next run's base; a LoRA run's
      adapter folder)
  demo_train_report.py --final-of-latest PROJECT DATASET
      the final Hugging Face folder of the newest finished CPT run of PROJECT that trained on DATASET
  demo_train_report.py --question INSTRUCTIONS.jsonl
      the first user message of a chat-format instruction file (the demo's question)
  demo_train_report.py --answer GENERATE_JSON LABEL
      the answer `adaptlab-cli generate --json` wrote, one line"""
import json
import pathlib
import sys


def run_report(events_path, label):
    result = None
    with open(events_path, encoding="utf-8") as events:
        for line in events:
            event = json.loads(line)
            if event.get("event") == "done":
                result = event.get("result")
            elif event.get("event") == "error":
                print(f"   {label}: {event.get('message')}", file=sys.stderr)
    if result is None:
        print(f"   {label}: the run ended without a result", file=sys.stderr)
        sys.exit(1)
    print(f"   {label}: {result['steps']} steps, {result['tokens_seen']:,} tokens, "
          f"{result['tokens_per_second']:.0f} tokens/s, final train loss {result['final_train_loss']:.3f}",
          file=sys.stderr)
    for source, loss in sorted(result["heldout_loss"].items()):
        print(f"   held-out loss {source:8s} before {loss['first']:.3f} -> after {loss['last']:.3f}", file=sys.stderr)
    print(result["final_dir"])


def final_of_latest(project, dataset):
    best = None
    for spec_path in pathlib.Path(project, "runs").glob("*/spec.json"):
        try:
            spec = json.loads(spec_path.read_text(encoding="utf-8"))
            run_id = int(spec_path.parent.name)
        except (ValueError, OSError):
            continue
        params = spec.get("params", {})
        if spec.get("kind") != "train" or params.get("stage", "cpt") != "cpt":
            continue
        if not any(s.get("dataset") == dataset for s in params.get("sources", [])):
            continue
        final = spec_path.parent / "final"
        if (final / "config.json").is_file() and (best is None or run_id > best[0]):
            best = (run_id, final)
    if best is None:
        sys.exit(1)
    print(best[1])


def question(path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for message in record.get("messages", []):
                if message.get("role") == "user":
                    print(message["content"])
                    return
    sys.exit(1)


def answer(path, label):
    result = json.load(open(path, encoding="utf-8"))
    text = " ".join(result["text"].split())
    print(f"   {label:6s} {text}")


if __name__ == "__main__":
    if sys.argv[1] == "--final-of-latest":
        final_of_latest(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--question":
        question(sys.argv[2])
    elif sys.argv[1] == "--answer":
        answer(sys.argv[2], sys.argv[3])
    else:
        run_report(sys.argv[1], sys.argv[2])
