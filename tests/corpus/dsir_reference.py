#!/usr/bin/env python3
"""Independent reference for DSIR (METHODS.md section 3; p-lambda/dsir's "hashed_ngram" method).

Python standard library only. Written from the method's definition, not from core/corpus/dsir.cpp,
so that tst_dsir can check the engine against it:

  tokens    lowercase (ASCII letters only), then the word-punct rule \\w+|[^\\w\\s]+ with the
            character classes spelled out below (Python's own \\w needs Unicode tables the engine
            does not carry, so both sides use the same explicit rule)
  features  every unigram and every bigram "w1 w2", FNV-1a 64 of the UTF-8 bytes, mod buckets
  chunks    runs of chunk_words whitespace-separated words (bytes.split()); a tail shorter than
            min_chunk_words is dropped unless the whole document is shorter than that
  gamma/beta  (counts + laplace) / sum over the target / raw chunks
  log w     sum over a chunk's features (with repeats) of log(gamma + 1e-8) - log(beta + 1e-8)
  selection the k largest log weights, ties to the smaller index (no noise)
  KL(p||q)  sum over p_j > 0 of p_j * log((p_j + 1e-8) / (q_j + 1e-8))

Usage:
  dsir_reference.py --target T.jsonl --raw R.jsonl [--text-field text] [--buckets 10000]
                    [--chunk-words 0] [--min-chunk-words 16] [--laplace 0] [--no-bigrams] -k K
Prints one JSON object: chunks ([document, start byte, end byte] per raw chunk), log_weights (per
raw chunk), selected (raw chunk indices, best first), target_chunks, kl_target_raw,
kl_target_selected, kl_reduction.

Also: dsir_reference.py --tokens TEXT  prints the tokens and their FNV-1a 64 hashes (debugging).
"""

import argparse
import json
import math
import re
import sys

EPSILON = 1e-8
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1

# Exactly the characters str.isspace() accepts.
SPACE = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Punctuation: ASCII other than [A-Za-z0-9_] and spaces, C1 controls, Latin-1 punctuation and
# symbols (but not the letters ª µ º), general punctuation (minus its spaces), currency signs,
# supplemental punctuation, CJK and fullwidth punctuation.
PUNCT = (
    "\x00-\x08\x0e-\x1b!-/:-@\\[-^`{-\x7f"
    "\x80-\x84\x86-\x9f\xa1-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\xd7\xf7"
    "\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u206f\u20a0-\u20cf\u2e00-\u2e7f"
    "\u3001-\u3003\u3008-\u3011\u3014-\u301f\ufeff"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
# Word characters are everything else: [A-Za-z0-9_], letters of every script, and bytes that are
# not valid UTF-8 (decoded with surrogateescape, they become U+DC80..U+DCFF, in neither class).
TOKEN = re.compile("[^" + SPACE + PUNCT + "]+|[" + PUNCT + "]+")
ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & MASK64
    return h


def word_punct_tokens(text: str) -> list:
    """Tokens as UTF-8 bytes (invalid input bytes restored by surrogateescape)."""
    lowered = text.translate(ASCII_LOWER)
    return [t.encode("utf-8", "surrogateescape") for t in TOKEN.findall(lowered)]


def features(text: str, buckets: int, bigrams: bool) -> list:
    tokens = word_punct_tokens(text)
    out = []
    for i, token in enumerate(tokens):
        out.append(fnv1a64(token) % buckets)
        if bigrams and i > 0:
            out.append(fnv1a64(tokens[i - 1] + b" " + token) % buckets)
    return out


def chunks(data: bytes, chunk_words: int, min_chunk_words: int) -> list:
    """(start, end) byte ranges of the chunks of one document's UTF-8 bytes."""
    if chunk_words <= 0:
        return [(0, len(data))]
    words = [(m.start(), m.end()) for m in re.finditer(rb"[^ \t\n\r\x0b\x0c]+", data)]
    if len(words) < min_chunk_words:
        return [(0, len(data))]
    out = []
    for first in range(0, len(words), chunk_words):
        group = words[first:first + chunk_words]
        if len(group) == chunk_words or len(group) >= min_chunk_words:
            out.append((group[0][0], group[-1][1]))
    return out


def read_jsonl(path: str, field: str) -> list:
    texts = []
    with open(path, "r", encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)[field])
    return texts


def distribution(feature_lists, buckets: int, laplace: float) -> list:
    counts = [0.0] * buckets
    for feats in feature_lists:
        for f in feats:
            counts[f] += 1.0
    total = sum(c + laplace for c in counts)
    if total <= 0.0:
        return [0.0] * buckets
    return [(c + laplace) / total for c in counts]


def kl(p: list, q: list) -> float:
    total = 0.0
    for pj, qj in zip(p, q):
        if pj > 0.0:
            total += pj * math.log((pj + EPSILON) / (qj + EPSILON))
    return total


def chunk_features(texts, args):
    spans, feats = [], []
    for doc, text in enumerate(texts):
        data = text.encode("utf-8", "surrogateescape")
        for start, end in chunks(data, args.chunk_words, args.min_chunk_words):
            piece = data[start:end].decode("utf-8", "surrogateescape")
            spans.append([doc, start, end])
            feats.append(features(piece, args.buckets, not args.no_bigrams))
    return spans, feats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target")
    parser.add_argument("--raw")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--buckets", type=int, default=10000)
    parser.add_argument("--chunk-words", type=int, default=0)
    parser.add_argument("--min-chunk-words", type=int, default=16)
    parser.add_argument("--laplace", type=float, default=0.0)
    parser.add_argument("--no-bigrams", action="store_true")
    parser.add_argument("-k", type=int, default=0)
    parser.add_argument("--tokens", help="print the tokens of this text and exit")
    args = parser.parse_args()

    if args.tokens is not None:
        for token in word_punct_tokens(args.tokens):
            print(token.decode("utf-8", "surrogateescape"), hex(fnv1a64(token)))
        return 0
    if not args.target or not args.raw:
        parser.error("--target and --raw are required")

    _, target_feats = chunk_features(read_jsonl(args.target, args.text_field), args)
    raw_spans, raw_feats = chunk_features(read_jsonl(args.raw, args.text_field), args)
    gamma = distribution(target_feats, args.buckets, args.laplace)
    beta = distribution(raw_feats, args.buckets, args.laplace)
    ratio = [math.log(g + EPSILON) - math.log(b + EPSILON) for g, b in zip(gamma, beta)]

    log_weights = []
    for feats in raw_feats:
        w = 0.0
        for f in feats:
            w += ratio[f]
        log_weights.append(w)
    k = max(0, min(args.k, len(log_weights)))
    selected = sorted(range(len(log_weights)), key=lambda i: (-log_weights[i], i))[:k]
    selected_dist = distribution([raw_feats[i] for i in selected], args.buckets, args.laplace)
    kl_raw = kl(gamma, beta)
    kl_selected = kl(gamma, selected_dist)
    json.dump({
        "chunks": raw_spans,
        "log_weights": log_weights,
        "selected": selected,
        "target_chunks": len(target_feats),
        "kl_target_raw": kl_raw,
        "kl_target_selected": kl_selected,
        "kl_reduction": kl_raw - kl_selected,
    }, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
