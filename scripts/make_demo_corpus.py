#!/usr/bin/env python3
"""Demo corpus recipe: turns two dictionaries that Debian ships as dictd databases into JSON Lines.

  dict-gcide  -> gcide.jsonl   general English (GNU Collaborative International Dictionary)
  dict-foldoc -> foldoc.jsonl  computing (Free On-line Dictionary of Computing)

Each entry becomes one document: {"text": ..., "source": "gcide"|"foldoc", "headword": ...}.
A dictd database is an index ("headword<TAB>offset<TAB>length", numbers in dictd's base64) and a
dictzip file (gzip-compatible). Several headwords can share one entry; each entry is kept once.
dictd's own "00-..." entries (database name, URL) and entries of fewer than three words (FOLDOC's
one-word cross-references such as "armour-plated: bulletproof") are not documents; they are left
out BEFORE the N kept entries are picked, so a dictionary with N usable entries gives exactly N.
FOLDOC has fewer than 12,000 usable entries (11,996 of 12,014 in Debian 12's dict-foldoc): all are
kept, and the script says so. Only the standard library is used, so a fresh Debian 12 runs it as is.

usage: make_demo_corpus.py OUT_DIR [--max-docs N] [--dictd-dir /usr/share/dictd]
"""
import argparse
import gzip
import json
import os
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_VALUE = {c: i for i, c in enumerate(B64)}


def dictd_number(text):
    value = 0
    for c in text:
        value = value * 64 + B64_VALUE[c]
    return value


def clean(text):
    """Plain prose: drop cross-reference braces and source markers, unwrap indented lines."""
    text = text.replace("{", "").replace("}", "")
    text = re.sub(r"\[(1913 Webster|PJC|Chambers 1728|WordNet 1\.5|RN|1913 Webster \+PJC)[^\]]*\]", "", text)
    text = text.replace("[deg]", "°")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines:
            paragraphs.append(" ".join(lines))
    return "\n\n".join(paragraphs)


def is_dictd_metadata(headword):
    """dictd keeps the database's own description in entries named 00-database-*, 00-<name>-*, ..."""
    return headword.startswith("00-") or headword.startswith("00database")


def read_entries(name, dictd_dir):
    """Every distinct entry of a dictd database as (headword, text), in dictionary order."""
    index_path = os.path.join(dictd_dir, name + ".index")
    dict_path = os.path.join(dictd_dir, name + ".dict.dz")
    for path in (index_path, dict_path):
        if not os.path.exists(path):
            sys.exit(f"make_demo_corpus: {path} is missing (install the dict-{name} package)")
    with gzip.open(dict_path, "rb") as f:
        data = f.read()
    entries = []
    seen = set()
    with open(index_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or is_dictd_metadata(parts[0]):
                continue
            offset, length = dictd_number(parts[1]), dictd_number(parts[2])
            if (offset, length) in seen:
                continue
            seen.add((offset, length))
            entries.append((parts[0], offset, length))
    entries.sort(key=lambda e: e[1])
    return [(headword, clean(data[offset:offset + length].decode("utf-8", errors="replace")))
            for headword, offset, length in entries]


def convert(name, dictd_dir, out_path, max_docs):
    """Writes max_docs documents (all usable ones when there are fewer); returns (written, usable, distinct)."""
    entries = read_entries(name, dictd_dir)
    usable = [(headword, text) for headword, text in entries if len(text.split()) >= 3]
    kept = usable
    # Spread the kept entries evenly over the alphabet instead of taking the first N.
    if max_docs and len(usable) > max_docs:
        step = len(usable) / max_docs
        kept = [usable[int(i * step)] for i in range(max_docs)]
    with open(out_path, "w", encoding="utf-8") as out:
        for headword, text in kept:
            out.write(json.dumps({"text": text, "source": name, "headword": headword}, ensure_ascii=False) + "\n")
    return len(kept), len(usable), len(entries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir")
    parser.add_argument("--max-docs", type=int, default=12000, help="entries kept per dictionary (0 = all)")
    parser.add_argument("--dictd-dir", default="/usr/share/dictd")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for name in ("gcide", "foldoc"):
        out_path = os.path.join(args.out_dir, name + ".jsonl")
        written, usable, distinct = convert(name, args.dictd_dir, out_path, args.max_docs)
        note = ""
        if args.max_docs and written < args.max_docs:
            note = (f" (all of its usable entries: {distinct - usable} of its {distinct} entries are shorter "
                    f"than three words, so fewer than the {args.max_docs} asked for)")
        print(f"{out_path}: {written} documents{note}")


if __name__ == "__main__":
    main()
