#!/usr/bin/env python3
"""Prints a train run's held-out loss per source before and after (from `adaptlab-cli run`'s events),
to stderr for the reader, and the run's final Hugging Face folder on stdout (the next run's base)."""
import json
import sys

events_path, label = sys.argv[1], sys.argv[2]
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
