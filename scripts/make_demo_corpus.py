#!/usr/bin/env python3
"""Demo corpus recipe: turns two dictionaries that Debian ships as dictd databases into JSON Lines.

  dict-gcide  -> gcide.jsonl   general English (GNU Collaborative International Dictionary)
  dict-foldoc -> foldoc.jsonl  computing (Free On-line Dictionary of Computing)

Each entry becomes one document: {"text": ..., "source": "gcide"|"foldoc", "headword": ...}.
The FOLDOC entries also give a small instruction set for supervised fine-tuning, in chat form:

  dict-foldoc -> foldoc_instruct.jsonl  {"messages": [{"role", "content"}, ...], "headword": ...}

"What is X?" answered with the first sentence(s) of X's definition (dictd markup, category tags,
pronunciations and references removed); every third example has a system prompt, and about one in
four is multi-turn: a follow-up ("Give an example.", "What is it used for?", "Tell me more.")
answered from the rest of the entry. Deterministic: the same dictionary gives the same file.
A dictd database is an index ("headword<TAB>offset<TAB>length", numbers in dictd's base64) and a
dictzip file (gzip-compatible). Several headwords can share one entry; each entry is kept once.
dictd's own "00-..." entries (database name, URL) and entries of fewer than three words (FOLDOC's
one-word cross-references such as "armour-plated: bulletproof") are not documents; they are left
out BEFORE the N kept entries are picked, so a dictionary with N usable entries gives exactly N.
FOLDOC has fewer than 12,000 usable entries (11,996 of 12,014 in Debian 12's dict-foldoc): all are
kept, and the script says so. Only the standard library is used, so a fresh Debian 12 runs it as is.

usage: make_demo_corpus.py OUT_DIR [--max-docs N] [--instruct-examples N] [--dictd-dir /usr/share/dictd]
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


SYSTEM_PROMPTS = (
    "You are a concise dictionary of computing. Answer in one or two sentences.",
    "You answer questions about computing terms briefly and accurately.",
)
QUESTIONS = ("What is {}?", "What is {}?", "What does {} mean?", "Define {}.", "What is {} in computing?")


def sentences(paragraph):
    """FOLDOC ends a sentence with two spaces; clean() kept them inside a paragraph."""
    return [s.strip() for s in re.split(r"(?<=[.!?\"])\s{2,}", paragraph) if s.strip()]


def strip_definition_markup(paragraph):
    """The definition without its leading category tags (<language>), pronunciation (/awlt/),
    sense number (1.) and a short parenthesised gloss ("(MDI) The ability...")."""
    previous = None
    while previous != paragraph:
        previous = paragraph
        paragraph = re.sub(r"^<[^>]*>\s*", "", paragraph)
        paragraph = re.sub(r"^/[^/\s][^/]*/[,;]?\s*", "", paragraph)
        paragraph = re.sub(r"^\d+\.\s+", "", paragraph)
        paragraph = re.sub(r"^\((?:[^()\s]+\s?){1,8}\)\s+(?=[A-Z])", "", paragraph)
    return paragraph.strip()


def is_body(paragraph):
    """Not a date stamp, a reference, a pointer elsewhere or a link."""
    return not (re.fullmatch(r"\(\d{4}-\d{2}-\d{2}\)", paragraph) or paragraph.startswith("[")
                or re.match(r"(See|Compare|Synonym|Home|Unix manual page|E-mail|Latest version|FTP|Mailing list)\b", paragraph)
                or "http:" in paragraph or "https:" in paragraph or "ftp:" in paragraph)


def answer_of(parts, limit=400):
    """(text, n): the first N sentences of PARTS that fit LIMIT characters, stopping once the
    answer reaches 60 characters; ("", 0) when the first sentence alone is too long."""
    out, used = "", 0
    for sentence in parts:
        candidate = (out + " " + sentence).strip()
        if len(candidate) > limit:
            break
        out, used = candidate, used + 1
        if len(out) >= 60:
            break
    return out, used


def display_name(headword, text):
    """The headword as the entry writes it ("mdi" -> "MDI"), found in the entry's first paragraph."""
    first = text.split("\n\n", 1)[0]
    match = re.search(r"(?<!\w)" + re.escape(headword) + r"(?!\w)", first, re.IGNORECASE)
    return match.group(0) if match else headword


def definition_of(headword, text):
    """(name, definition, rest) of a FOLDOC entry: its first sentences and the body sentences after
    them; None when the entry has no usable definition (a pointer, a fragment, a meta entry)."""
    body = [p for p in text.split("\n\n")[1:] if is_body(p)]
    if not body:
        return None
    first = sentences(strip_definition_markup(body[0]))
    definition, used = answer_of(first)
    if (len(definition.split()) < 3 or not definition.endswith((".", "!", "?"))
            or re.match(r"(See|Compare|Synonym)\b", definition) or "this dictionary" in definition
            or "please" in definition.lower()):
        return None
    # Further senses ("2. ...") are other meanings, not more about this one.
    more = [s for p in body[1:] if not re.match(r"\d+\.\s", p) for s in sentences(p)]
    rest = [s for s in first[used:] + more if len(s.split()) >= 4]
    return display_name(headword, text), definition, rest


def follow_up(rest):
    """A second question answered from the rest of the entry, or None."""
    example = [s for s in rest if re.search(r"\b(for example|e\.g\.|such as|for instance|examples?)\b", s, re.IGNORECASE)]
    use = [s for s in rest if re.search(r"\b(used|uses|use)\b", s)]
    if example:
        question, answer = "Give an example.", answer_of(example[:1])[0]
    elif use:
        question, answer = "What is it used for?", answer_of(use[:1])[0]
    else:
        question, answer = "Tell me more.", answer_of(rest)[0]
    return (question, answer) if answer else None


def write_instructions(dictd_dir, out_path, count):
    """About COUNT chat examples from FOLDOC entries spread over the alphabet; returns
    (written, multi_turn, with_system)."""
    entries = [d for d in (definition_of(h, t) for h, t in read_entries("foldoc", dictd_dir)) if d is not None]
    if count and len(entries) > count:
        step = len(entries) / count
        entries = [entries[int(i * step)] for i in range(count)]
    multi = system = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for index, (name, definition, rest) in enumerate(entries):
            messages = []
            if index % 3 == 0:
                messages.append({"role": "system", "content": SYSTEM_PROMPTS[(index // 3) % len(SYSTEM_PROMPTS)]})
                system += 1
            messages.append({"role": "user", "content": QUESTIONS[index % len(QUESTIONS)].format(name)})
            messages.append({"role": "assistant", "content": definition})
            second = follow_up(rest) if index % 4 == 1 else None
            if second:
                messages.append({"role": "user", "content": second[0]})
                messages.append({"role": "assistant", "content": second[1]})
                multi += 1
            out.write(json.dumps({"messages": messages, "headword": name}, ensure_ascii=False) + "\n")
    return len(entries), multi, system


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir")
    parser.add_argument("--max-docs", type=int, default=12000, help="entries kept per dictionary (0 = all)")
    parser.add_argument("--instruct-examples", type=int, default=2000,
                        help="chat examples in foldoc_instruct.jsonl (0 = one per usable entry)")
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
    out_path = os.path.join(args.out_dir, "foldoc_instruct.jsonl")
    written, multi, system = write_instructions(args.dictd_dir, out_path, args.instruct_examples)
    print(f"{out_path}: {written} chat examples ({multi} multi-turn, {system} with a system prompt)")


if __name__ == "__main__":
    main()
