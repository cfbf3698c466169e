#!/usr/bin/env python3
"""The headless demo's reports on train runs (scripts/run.sh):
  demo_train_report.py EVENTS LABEL
      a train run's held-out loss per source before and after (from `adaptlab-cli run`'s events), to
      stderr for the reader, and the run's final folder on stdout (the next run's base; a LoRA run's
      adapter folder)
  demo_train_report.py --final-of-latest PROJECT DATASET
      the final Hugging Face folder of the newest finished CPT run of PROJECT that trained on DATASET
  demo_train_report.py --final-of-only PROJECT DATASET
      the same, of the newest run that trained on DATASET alone (no other source, no replay, no MeCo)
  demo_train_report.py --question INSTRUCTIONS.jsonl
      the first user message of a chat-format instruction file (the demo's question)
  demo_train_report.py --answer GENERATE_JSON LABEL
      the answer `adaptlab-cli generate --json` wrote, one line
  demo_train_report.py --meco EVENTS LABEL
      a run's final held-out loss per source, unconditioned and (for a MeCo run) conditioned
  demo_train_report.py --pilot-row EVENTS SHARE DOMAIN GENERAL
      one CSV row for `adaptlab-cli laws fit`: SHARE, tokens seen, DOMAIN's and GENERAL's final held-out loss
  demo_train_report.py --cmr FIT_JSON
      the fitted CMR law and the critical mixture ratio from `adaptlab-cli laws fit --json`"""
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


def final_of_latest(project, dataset, only=False):
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
        sources = [s.get("dataset") for s in params.get("sources", [])]
        if dataset not in sources or (only and (sources != [dataset] or "replay" in params or params.get("meco"))):
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
                # A question about a plain word ("What is compiler?"), not an entry like "!!!Batch".
                if message.get("role") == "user":
                    headword = record.get("headword", "")
                    if headword.isalpha() and len(headword) >= 4:
                        print(message["content"])
                        return
                    break
    sys.exit(1)


def answer(path, label):
    result = json.load(open(path, encoding="utf-8"))
    text = " ".join(result["text"].split())
    print(f"   {label:6s} {text}")


def run_result(events_path, label):
    with open(events_path, encoding="utf-8") as events:
        for line in events:
            event = json.loads(line)
            if event.get("event") == "done":
                return event.get("result")
    print(f"   {label}: the run ended without a result", file=sys.stderr)
    sys.exit(1)


def meco(events_path, label):
    result = run_result(events_path, label)
    conditioned = result.get("heldout_loss_conditioned", {})
    for source, loss in sorted(result["heldout_loss"].items()):
        line = f"   {label}: held-out loss {source:8s} {loss['last']:.3f}"
        if source in conditioned:
            line += f" unconditioned, {conditioned[source]['last']:.3f} conditioned on its source"
        print(line)


def pilot_row(events_path, share, domain, general):
    result = run_result(events_path, "pilot run")
    losses = result["heldout_loss"]
    print(f"{share},{result['tokens_seen']},{losses[domain]['last']:.6f},{losses[general]['last']:.6f}")


def cmr(path):
    fit = json.load(open(path, encoding="utf-8"))
    for loss in ("domain", "general"):
        params = fit[loss]["params"]
        text = ", ".join(f"{k} = {v:.4g}" for k, v in params.items())
        print(f"   {loss:7s} loss L(R) = a*R^s + b: {text} (R^2 {fit[loss]['r2']:.3f})")
    ratio = fit.get("critical_mixture_ratio")
    if ratio is None:
        print(f"   no critical mixture ratio: {'; '.join(fit.get('refusals', [])) or 'refused'}")
    else:
        print(f"   critical mixture ratio: {ratio:.2f} (the largest foldoc share that keeps gcide's loss within "
              f"0.05 of the fitted loss without foldoc)")


if __name__ == "__main__":
    if sys.argv[1] == "--meco":
        meco(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if sys.argv[1] == "--pilot-row":
        pilot_row(*sys.argv[2:6])
        sys.exit(0)
    if sys.argv[1] == "--cmr":
        cmr(sys.argv[2])
        sys.exit(0)
    if sys.argv[1] == "--final-of-only":
        final_of_latest(sys.argv[2], sys.argv[3], only=True)
    elif sys.argv[1] == "--final-of-latest":
        final_of_latest(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--question":
        question(sys.argv[2])
    elif sys.argv[1] == "--answer":
        answer(sys.argv[2], sys.argv[3])
    else:
        run_report(sys.argv[1], sys.argv[2])
