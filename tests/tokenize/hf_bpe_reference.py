#!/usr/bin/env python3
"""Independent reference for tokenizer.json byte-level BPE (core/tokenize/hf_*.cpp).

Written from the published definitions, not from the C++ code:
  - GPT-2's encoder.py: bytes_to_unicode(), the pre-tokenization regex, and bpe(): repeatedly merge
    the adjacent pair with the lowest merge rank (every occurrence, left to right) until no pair
    has a rank;
  - the Hugging Face tokenizers library's documented pipeline: added tokens are found in the raw
    text first (non-normalized ones, then normalized ones after the normalizer), leftmost and then
    longest; the normalizer (NFC: Python's unicodedata); the pre-tokenizers (Split with a regex and
    behavior Isolated: every match and every stretch between matches is a piece; ByteLevel: an
    optional prefix space, GPT-2's regex when use_regex, then bytes_to_unicode); the BPE model
    (ignore_merges: a word that is whole in the vocabulary is one id; byte_fallback: a character
    the vocabulary lacks becomes <0xXX> pieces when all exist; else unk_token, fused with
    fuse_unk); TemplateProcessing; the ByteLevel decoder (bytes back, then UTF-8 with each invalid
    sequence as U+FFFD) and the ByteFallback + Fuse decoders.
Regexes run on Debian's python3-regex (the \\p{L}/\\p{N} classes and look-ahead the patterns need).

It (a) trains tiny BPE merge lists on generated text to MAKE the fixture tokenizer.json files under
tests/fixtures/tokenizers/, (b) writes the ids it expects for a list of tricky texts next to them
(expected.json in each fixture folder), and (c) writes the bad-input fixtures (bad/).

Usage:
  hf_bpe_reference.py --write FIXTURES_DIR     regenerate everything into FIXTURES_DIR
  hf_bpe_reference.py --check FIXTURES_DIR     regenerate into a temporary folder and compare with
                                               FIXTURES_DIR byte for byte (exit 1 on a difference)
  hf_bpe_reference.py --encode FOLDER TEXT     print the ids of TEXT (debugging)
Exit status 77 when python3-regex is missing (ctest treats it as skipped).
"""

import argparse
import filecmp
import heapq
import json
import os
import sys
import tempfile
import unicodedata

try:
    import regex
except ImportError:  # pragma: no cover
    print("hf_bpe_reference.py: python3-regex is not installed; skipping", file=sys.stderr)
    sys.exit(77)

GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
LLAMA3_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                  r"|\s*[\r\n]+|\s+(?!\S)|\s+")
QWEN2_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                 r"|\s*[\r\n]+|\s+(?!\S)|\s+")


# --- GPT-2's definitions -------------------------------------------------------------------------

def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2 ** 8):
        if b not in bs:
            bs.append(b)
            cs.append(2 ** 8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


BYTE_ENCODER = bytes_to_unicode()
BYTE_DECODER = {v: k for k, v in BYTE_ENCODER.items()}


def bpe(symbols, ranks):
    """GPT-2's bpe(): symbols is a list of pieces; ranks maps (a, b) to the merge rank."""
    word = list(symbols)
    while len(word) > 1:
        pairs = {(word[i], word[i + 1]) for i in range(len(word) - 1)}
        best = min(pairs, key=lambda p: ranks.get(p, float("inf")))
        if best not in ranks:
            break
        first, second = best
        merged = []
        i = 0
        while i < len(word):
            if i < len(word) - 1 and word[i] == first and word[i + 1] == second:
                merged.append(first + second)
                i += 2
            else:
                merged.append(word[i])
                i += 1
        word = merged
    return word


# --- the tokenizers library's pipeline -----------------------------------------------------------

class Reference:
    def __init__(self, spec, config=None):
        self.spec = spec
        self.config = config or {}
        model = spec["model"]
        self.vocab = dict(model["vocab"])
        merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
        self.ranks = {}
        for rank, pair in enumerate(merges):
            self.ranks.setdefault(pair, rank)
        self.ignore_merges = model.get("ignore_merges", False)
        self.byte_fallback = model.get("byte_fallback", False)
        self.unk_token = model.get("unk_token")
        self.fuse_unk = model.get("fuse_unk", False)
        self.added = spec.get("added_tokens") or []
        self.id_to_piece = {i: p for p, i in self.vocab.items()}
        for token in self.added:
            self.id_to_piece[token["id"]] = token["content"]
        self.added_ids = {t["content"]: t["id"] for t in self.added}
        self.pre_steps = []
        self._flatten_pre(spec.get("pre_tokenizer"))
        self.nfc = self._nfc(spec.get("normalizer"))

    def _nfc(self, normalizer):
        if normalizer is None:
            return False
        if normalizer["type"] == "NFC":
            return True
        if normalizer["type"] == "Sequence":
            return any(self._nfc(n) for n in normalizer["normalizers"])
        raise ValueError(normalizer["type"])

    def _flatten_pre(self, pre):
        if pre is None:
            return
        if pre["type"] == "Sequence":
            for p in pre["pretokenizers"]:
                self._flatten_pre(p)
        else:
            self.pre_steps.append(pre)

    # Added tokens: leftmost match, the longest of those starting there.
    @staticmethod
    def split_added(text, tokens):
        out = []
        done = 0
        i = 0
        by_length = sorted(tokens, key=lambda t: -len(t["content"].encode("utf-8")))
        while i < len(text):
            hit = next((t for t in by_length if text.startswith(t["content"], i)), None)
            if hit is None:
                i += 1
                continue
            if i > done:
                out.append((text[done:i], None))
            out.append((None, hit["id"]))
            i += len(hit["content"])
            done = i
        if done < len(text):
            out.append((text[done:], None))
        return out

    def pre_tokenize(self, text):
        pieces = [text]
        for step in self.pre_steps:
            following = []
            for piece in pieces:
                if step["type"] == "ByteLevel":
                    if step.get("add_prefix_space", True) and not piece.startswith(" "):
                        piece = " " + piece
                    parts = self.isolated(piece, GPT2_PATTERN) if step.get("use_regex", True) else [piece]
                    following.extend("".join(BYTE_ENCODER[b] for b in p.encode("utf-8")) for p in parts)
                elif step["type"] == "Digits":
                    # char::is_numeric: general categories Nd, Nl and No.
                    expression = r"\p{N}" if step.get("individual_digits", False) else r"\p{N}+"
                    following.extend(self.isolated(piece, expression))
                elif step["type"] == "Split":
                    pattern = step["pattern"]
                    expression = pattern["Regex"] if "Regex" in pattern else regex.escape(pattern["String"])
                    assert step["behavior"] == "Isolated"
                    following.extend(self.isolated(piece, expression))
                else:
                    raise ValueError(step["type"])
            pieces = [p for p in following if p]
        return pieces

    @staticmethod
    def isolated(text, expression):
        out = []
        previous = 0
        for match in regex.finditer(expression, text):
            if match.start() != previous:
                out.append(text[previous:match.start()])
            out.append(match.group())
            previous = match.end()
        if previous < len(text):
            out.append(text[previous:])
        return [p for p in out if p]

    def model_ids(self, word):
        if self.ignore_merges and word in self.vocab:
            return [self.vocab[word]]
        symbols = []
        unk = None  # (pending) unknown piece, fused while fuse_unk
        for ch in word:
            if ch in self.vocab:
                if unk is not None:
                    symbols.append(unk)
                    unk = None
                symbols.append(ch)
                continue
            if self.byte_fallback:
                names = ["<0x%02X>" % b for b in ch.encode("utf-8")]
                if all(n in self.vocab for n in names):
                    symbols.extend(names)
                    continue
            if self.unk_token is None:
                continue
            if unk is not None and not self.fuse_unk:
                symbols.append(unk)
            unk = self.unk_token
        if unk is not None:
            symbols.append(unk)
        # Byte pieces and the unknown piece take part in merges only through the rank table.
        return [self.vocab[p] for p in bpe(symbols, self.ranks)]

    def encode(self, text):
        ids = []
        raw_tokens = [t for t in self.added if not t.get("normalized", not t.get("special", False))]
        normalized_tokens = [t for t in self.added if t.get("normalized", not t.get("special", False))]
        for stretch, token in self.split_added(text, raw_tokens):
            if token is not None:
                ids.append(token)
                continue
            if self.nfc:
                stretch = unicodedata.normalize("NFC", stretch)
            for inner, inner_token in self.split_added(stretch, normalized_tokens):
                if inner_token is not None:
                    ids.append(inner_token)
                    continue
                for word in self.pre_tokenize(inner):
                    ids.extend(self.model_ids(word))
        return ids

    def encode_with_special(self, text):
        template = self.find_template(self.spec.get("post_processor"))
        if template is None:
            ids = self.encode(text)
            if self.config.get("add_bos_token"):
                ids = [self.token_id(self.config["bos_token"])] + ids
            if self.config.get("add_eos_token"):
                ids = ids + [self.token_id(self.config["eos_token"])]
            return ids
        ids = []
        for item in template["single"]:
            if "Sequence" in item:
                ids.extend(self.encode(text))
            else:
                ids.extend(template["special_tokens"][item["SpecialToken"]["id"]]["ids"])
        return ids

    def token_id(self, token):
        content = token["content"] if isinstance(token, dict) else token
        return self.added_ids.get(content, self.vocab.get(content))

    def find_template(self, processor):
        if processor is None:
            return None
        if processor["type"] == "TemplateProcessing":
            return processor
        if processor["type"] == "Sequence":
            for p in processor["processors"]:
                found = self.find_template(p)
                if found is not None:
                    return found
        return None

    def decode(self, ids):
        tokens = [self.id_to_piece[i] for i in ids]
        steps = []
        self._flatten_decoder(self.spec.get("decoder"), steps)
        if self.spec.get("decoder") is None:
            return " ".join(tokens).encode("utf-8")
        for step in steps:
            if step == "ByteLevel":
                data = bytearray()
                for t in tokens:
                    if all(c in BYTE_DECODER for c in t):
                        data.extend(BYTE_DECODER[c] for c in t)
                    else:
                        data.extend(t.encode("utf-8"))
                tokens = [bytes(data).decode("utf-8", errors="replace")]
            elif step == "ByteFallback":
                out, pending = [], bytearray()

                def flush():
                    if pending:
                        try:
                            out.append(bytes(pending).decode("utf-8"))
                        except UnicodeDecodeError:
                            out.extend(["\ufffd"] * len(pending))
                        pending.clear()
                for t in tokens:
                    if len(t) == 6 and t.startswith("<0x") and t.endswith(">") and all(
                            c in "0123456789abcdefABCDEF" for c in t[3:5]):
                        pending.append(int(t[3:5], 16))
                    else:
                        flush()
                        out.append(t)
                flush()
                tokens = out
            elif step == "Fuse":
                tokens = ["".join(tokens)]
        return "".join(tokens).encode("utf-8")

    def _flatten_decoder(self, decoder, steps):
        if decoder is None:
            return
        if decoder["type"] == "Sequence":
            for d in decoder["decoders"]:
                self._flatten_decoder(d, steps)
        else:
            steps.append(decoder["type"])


# --- training the fixture tokenizers -------------------------------------------------------------

class SplitMix64:
    """The same generator on every platform and Python version."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def pick(self, items):
        return items[self.next() % len(items)]


WORDS = ("the a of to and in is it that for on with as was at by this from they we you he she "
         "tokenizer token model corpus sentence merge vocabulary byte piece text language domain "
         "specialist general training data shard fertility coverage chemistry protein molecule "
         "reaction enzyme catalyst solvent polymer synthesis don't can't we'll they're I'm it's "
         "café naïve résumé Zürich São Paulo Kraków jalapeño crème brûlée "
         "日本語 テキスト 東京 中文 文本 模型 데이터 한국어 Привет мир данные "
         "2024 1999 3.14 42 100 7 365 0.5").split()


def generated_text(seed, lines, words=WORDS, extra_lexicon=None):
    random = SplitMix64(seed)
    lexicon = list(words) + (extra_lexicon or [])
    out = []
    for _ in range(lines):
        count = 3 + random.next() % 12
        sentence = " ".join(random.pick(lexicon) for _ in range(count))
        ending = random.pick([".", ".", "!", "?", ",", ":", "\n", "  "])
        out.append(sentence[0].upper() + sentence[1:] + ending)
    return "\n".join(out) + "\n"


def syllable_lexicon(seed, size):
    """Made-up words of 1-4 syllables: many distinct words with shared parts, as a real corpus."""
    random = SplitMix64(seed)
    onsets = ["", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "st", "tr", "ch", "sh"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ee"]
    codas = ["", "", "n", "r", "s", "t", "l", "ng", "ck"]
    words = set()
    while len(words) < size:
        syllables = 1 + random.next() % 4
        word = "".join(random.pick(onsets) + random.pick(vowels) + random.pick(codas) for _ in range(syllables))
        words.add(word)
    return sorted(words)


def train(words_with_counts, base_symbols, merges_wanted):
    """Plain BPE training: the most frequent adjacent pair (ties: the smaller pair) becomes the
    next merge. words_with_counts: {word (tuple of base symbols): count}."""
    words = {tuple(w): c for w, c in words_with_counts.items()}
    pair_counts = {}
    where = {}
    for word, count in words.items():
        for pair in zip(word, word[1:]):
            pair_counts[pair] = pair_counts.get(pair, 0) + count
            where.setdefault(pair, set()).add(word)
    # A heap of (-count, pair) with stale entries skipped: the smallest pair wins a tie.
    heap = [(-c, p) for p, c in pair_counts.items()]
    heapq.heapify(heap)
    merges = []
    while len(merges) < merges_wanted and heap:
        negative, best = heapq.heappop(heap)
        if pair_counts.get(best, 0) != -negative or negative == 0:
            continue
        merges.append(best)
        changed = set()
        for word in list(where.get(best, ())):
            if word not in words:
                continue
            count = words.pop(word)
            for pair in zip(word, word[1:]):
                pair_counts[pair] -= count
                where[pair].discard(word)
                changed.add(pair)
            merged = []
            i = 0
            while i < len(word):
                if i < len(word) - 1 and (word[i], word[i + 1]) == best:
                    merged.append(word[i] + word[i + 1])
                    i += 2
                else:
                    merged.append(word[i])
                    i += 1
            merged = tuple(merged)
            words[merged] = words.get(merged, 0) + count
            for pair in zip(merged, merged[1:]):
                pair_counts[pair] = pair_counts.get(pair, 0) + count
                where.setdefault(pair, set()).add(merged)
                changed.add(pair)
        for pair in changed:
            if pair_counts[pair] > 0:
                heapq.heappush(heap, (-pair_counts[pair], pair))
    return merges


def count_words(text, pre):
    """Word counts of TEXT under the pre-tokenizer PRE (a Reference without model)."""
    counts = {}
    for word in pre.pre_tokenize(text):
        counts[word] = counts.get(word, 0) + 1
    return counts


def byte_level_vocab(merges, extra=()):
    vocab = {}
    for b in range(256):
        vocab[BYTE_ENCODER[b]] = len(vocab)
    for a, b in merges:
        if a + b not in vocab:
            vocab[a + b] = len(vocab)
    for piece in extra:
        if piece not in vocab:
            vocab[piece] = len(vocab)
    return vocab


def added(id_, content, special=True, normalized=False):
    return {"id": id_, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": normalized, "special": special}


def byte_level_tokenizer(pre_tokenizer, seed, merges_wanted, lines=600, extra_lexicon=None, extra_words=0,
                         merge_spelling="string", ignore_merges=False, normalizer=None):
    shell = Reference({"model": {"vocab": {}, "merges": []}, "pre_tokenizer": pre_tokenizer,
                       "normalizer": normalizer})
    text = generated_text(seed, lines, extra_lexicon=extra_lexicon)
    if normalizer is not None:
        text = unicodedata.normalize("NFC", text)
    counts = count_words(text, shell)
    merges = train({tuple(w): c for w, c in counts.items()}, None, merges_wanted)
    # Whole words in the vocabulary that no merge makes: only ignore_merges reaches them.
    extra = []
    if extra_words:
        frequent = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ranks = {pair: r for r, pair in enumerate(merges)}
        for word, _ in frequent:
            if len(bpe(list(word), ranks)) > 1:
                extra.append(word)
            if len(extra) == extra_words:
                break
    vocab = byte_level_vocab(merges, extra)
    spelled = [" ".join(m) if merge_spelling == "string" else list(m) for m in merges]
    model = {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
             "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
             "ignore_merges": ignore_merges, "vocab": vocab, "merges": spelled}
    return model


def make_fixtures():
    """{folder: {file name: JSON value}} of every good fixture tokenizer."""
    fixtures = {}

    # GPT-2 style: ByteLevel with its own regex, "a b" merges, <|endoftext|> (normalized, as GPT-2's).
    pre = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    model = byte_level_tokenizer(pre, 11, 300)
    eot = len(model["vocab"])
    fixtures["gpt2"] = {
        "tokenizer.json": {
            "version": "1.0", "truncation": None, "padding": None,
            "added_tokens": [added(eot, "<|endoftext|>", special=True, normalized=True)],
            "normalizer": None, "pre_tokenizer": pre,
            "post_processor": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False,
                               "use_regex": True},
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": model},
        "tokenizer_config.json": {"add_bos_token": False, "bos_token": "<|endoftext|>",
                                  "eos_token": "<|endoftext|>", "model_max_length": 1024},
    }

    # GPT-2 style with add_prefix_space (RoBERTa-like pre-tokenizer; no specials).
    pre = {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}
    model = byte_level_tokenizer(pre, 12, 200, merge_spelling="pair")
    fixtures["gpt2-prefix-space"] = {
        "tokenizer.json": {"version": "1.0", "truncation": None, "padding": None, "added_tokens": [],
                           "normalizer": None, "pre_tokenizer": pre, "post_processor": None,
                           "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True,
                                       "use_regex": True},
                           "model": model}}

    # Llama 3 style: Split with its pattern + ByteLevel without regex, ignore_merges, [a, b] merges,
    # special tokens, a non-special normalized one, and the BOS template.
    pre = {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": LLAMA3_PATTERN}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]}
    model = byte_level_tokenizer(pre, 13, 400, merge_spelling="pair", ignore_merges=True, extra_words=8)
    base = len(model["vocab"])
    specials = ["<|begin_of_text|>", "<|end_of_text|>", "<|reserved_special_token_0|>",
                "<|reserved_special_token_1|>", "<|start_header_id|>", "<|end_header_id|>",
                "<|reserved_special_token_2|>", "<|reserved_special_token_3|>", "<|eot_id|>", "<|eot|>"]
    tokens = [added(base + i, s) for i, s in enumerate(specials)]
    tokens.append(added(base + len(specials), "[[lab]]", special=False, normalized=True))
    bos = base
    fixtures["llama3"] = {
        "tokenizer.json": {
            "version": "1.0", "truncation": None, "padding": None, "added_tokens": tokens,
            "normalizer": None, "pre_tokenizer": pre,
            "post_processor": {"type": "Sequence", "processors": [
                {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
                {"type": "TemplateProcessing",
                 "single": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}},
                            {"Sequence": {"id": "A", "type_id": 0}}],
                 "pair": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}},
                          {"Sequence": {"id": "A", "type_id": 0}},
                          {"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 1}},
                          {"Sequence": {"id": "B", "type_id": 1}}],
                 "special_tokens": {"<|begin_of_text|>": {"id": "<|begin_of_text|>", "ids": [bos],
                                                          "tokens": ["<|begin_of_text|>"]}}}]},
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": model},
        "tokenizer_config.json": {
            "bos_token": "<|begin_of_text|>",
            "eos_token": {"content": "<|eot_id|>", "lstrip": False, "normalized": False, "rstrip": False,
                          "single_word": False, "special": True},
            "chat_template": "{% for message in messages %}<|start_header_id|>{{ message['role'] }}"
                             "<|end_header_id|>\n\n{{ message['content'] }}<|eot_id|>{% endfor %}",
            "model_max_length": 131072, "tokenizer_class": "PreTrainedTokenizerFast"},
    }

    # Qwen2 style: NFC, its pattern (single digits), no template; add_eos from the config.
    pre = {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": QWEN2_PATTERN}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False}]}
    normalizer = {"type": "NFC"}
    model = byte_level_tokenizer(pre, 14, 300, normalizer=normalizer)
    base = len(model["vocab"])
    tokens = [added(base, "<|endoftext|>"), added(base + 1, "<|im_start|>"), added(base + 2, "<|im_end|>")]
    fixtures["qwen2"] = {
        "tokenizer.json": {
            "version": "1.0", "truncation": None, "padding": None, "added_tokens": tokens,
            "normalizer": normalizer, "pre_tokenizer": pre,
            "post_processor": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False,
                               "use_regex": False},
            "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
            "model": model},
        "tokenizer_config.json": {
            "add_bos_token": False, "add_eos_token": True, "bos_token": None, "eos_token": "<|im_end|>",
            "pad_token": "<|endoftext|>",
            "chat_template": [{"name": "tool_use", "template": "{{ tools }}"},
                              {"name": "default", "template": "{% for m in messages %}<|im_start|>{{ m.content }}"
                                                              "<|im_end|>{% endfor %}"}]},
    }

    # SmolLM style (StarCoder family): every digit alone, then ByteLevel with GPT-2's regex.
    pre = {"type": "Sequence", "pretokenizers": [
        {"type": "Digits", "individual_digits": True},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}]}
    model = byte_level_tokenizer(pre, 16, 300)
    base = len(model["vocab"])
    tokens = [added(base, "<|endoftext|>"), added(base + 1, "<|im_start|>"), added(base + 2, "<|im_end|>")]
    fixtures["smollm"] = {
        "tokenizer.json": {
            "version": "1.0", "truncation": None, "padding": None, "added_tokens": tokens,
            "normalizer": None, "pre_tokenizer": pre, "post_processor": None,
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": model},
        "tokenizer_config.json": {"add_prefix_space": False, "bos_token": "<|im_start|>", "eos_token": "<|im_end|>",
                                  "unk_token": "<|endoftext|>", "pad_token": "<|im_end|>"},
    }

    # Byte fallback without ByteLevel: characters of the training text are base pieces; the others
    # become <0xXX> pieces, or <unk> (fused) where a byte piece is missing (bytes F0-FF: emoji).
    pre = {"type": "Split", "pattern": {"String": " "}, "behavior": "Isolated", "invert": False}
    shell = Reference({"model": {"vocab": {}, "merges": []}, "pre_tokenizer": pre})
    text = generated_text(15, 400, words=[w for w in WORDS if w.isascii()])
    counts = count_words(text, shell)
    merges = train({tuple(w): c for w, c in counts.items()}, None, 150)
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for b in range(0xF0):
        vocab["<0x%02X>" % b] = len(vocab)
    for ch in sorted({c for w in counts for c in w}):
        vocab.setdefault(ch, len(vocab))
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    fixtures["bytefallback"] = {
        "tokenizer.json": {
            "version": "1.0", "truncation": None, "padding": None,
            "added_tokens": [added(0, "<unk>"), added(1, "<s>"), added(2, "</s>")],
            "normalizer": None, "pre_tokenizer": pre, "post_processor": None,
            "decoder": {"type": "Sequence", "decoders": [{"type": "ByteFallback"}, {"type": "Fuse"}]},
            "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": True, "byte_fallback": True,
                      "ignore_merges": False, "vocab": vocab, "merges": [" ".join(m) for m in merges]}},
        "tokenizer_config.json": {"add_bos_token": True, "add_eos_token": False, "bos_token": "<s>",
                                  "eos_token": "</s>", "unk_token": "<unk>"},
    }
    return fixtures


def make_bench_fixture():
    """A GPT-2 style tokenizer with a few thousand merges, trained on text from a made-up lexicon
    (the benchmark encodes text drawn from the same lexicon)."""
    pre = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    lexicon = syllable_lexicon(21, 6000)
    model = byte_level_tokenizer(pre, 22, 4000, lines=12000, extra_lexicon=lexicon)
    eot = len(model["vocab"])
    return {"version": "1.0", "truncation": None, "padding": None,
            "added_tokens": [added(eot, "<|endoftext|>", special=True, normalized=True)],
            "normalizer": None, "pre_tokenizer": pre, "post_processor": None,
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": model}


# --- the tricky texts ----------------------------------------------------------------------------

def tricky_texts():
    """(name, bytes) pairs. Invalid UTF-8 is read as bytes.decode(errors="replace") reads it."""
    long_random = SplitMix64(99)
    long_line = " ".join(long_random.pick(WORDS) for _ in range(4000))
    cases = [
        ("empty", ""),
        ("plain", "The tokenizer merges bytes into pieces."),
        ("contractions", "I'm sure they'll say we've done it; don't you? SHE'S HERE, it'S 'tis"),
        ("digits", "1234567890 3.14159 2024-06-11 007 12,345,678 x1y22z333"),
        ("numeric-other", "Roman \u2167 and \u216b, fractions \u00bd\u00be, superscript x\u00b2\u00b3, Arabic \u0661\u0662\u0663, "
                          "fullwidth \uff11\uff12, circled \u2460\u2461"),
        ("spaces", "a  b   c    d\t\te  \n  f   "),
        ("crlf", "line one\r\nline two\r\n\r\n\r\nline five\n\n\n   \n\tend\r"),
        ("only-spaces", "     "),
        ("only-newlines", "\n\n\n"),
        ("unicode-spaces", "a\u00a0b\u3000c\u2028d\u2029e\u202ff\u0085g\u1680h"),
        ("controls", "nul\x00soh\x01bel\x07vt\x0bff\x0cfs\x1cus\x1fdel\x7fc1\x80\x9f"),
        ("emoji", "I 👍🏽 this 😀😀! Family 👩‍👩‍👧‍👦, flag 🇯🇵 and 🏳️‍🌈 rainbow ❤️"),
        ("cjk", "日本語のテキストを分割します。中文文本也可以。한국어 텍스트"),
        ("combining", "e\u0301 vs \u00e9, A\u030a vs \u00c5, \u1100\u1161\u11a8 vs \uac01, q\u0307\u0323"),
        ("scripts", "Привет мир! مرحبا بالعالم हिन्दी ภาษาไทย Ελληνικά"),
        ("math", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ∀x∈ℝ: x² ≥ 0 ½ ⅓ ①②"),
        ("accents", "Café naïve résumé Zürich São Paulo Kraków jalapeño crème brûlée"),
        ("punctuation", "Hello!!! What?!... (nested [brackets] {braces}) <tags/> --- ***"),
        ("code", "def f(x):\n    return x**2  # square\n\n\tif (a&&b) { c++; }"),
        ("llama-specials", "<|begin_of_text|>Hello<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi"),
        ("special-adjacent", "<|eot_id|><|eot_id|>x<|eot|><|eot_id|"),
        ("special-partial", "<|begin_of_text <|end_of_text|> <|reserved_special_token_1|>"),
        ("gpt2-special", "first<|endoftext|>second <|endoftext|> third<|endoftext"),
        ("qwen-specials", "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"),
        ("non-special-added", "see [[lab]] and [[lab]]x and [[la b]]"),
        ("fallback-bytes", "plain ascii then ü then 中 then 😀😀 then ok"),
        ("long-line", long_line),
        ("long-word", "x" * 300 + " " + "ab" * 200),
        # Text like the training text: the words the Llama 3 fixture holds whole (ignore_merges).
        ("training-like", generated_text(13, 40)),
    ]
    out = [(name, text.encode("utf-8")) for name, text in cases]
    out.append(("invalid-utf8", b"ok \xff\xfe bad \xe6\x97 cut \xed\xa0\x80 surrogate \xc0\x80 overlong \xf0\x9f\x98"))
    return out


def decode_cases(reference):
    """Id lists whose decoding tests the lossy UTF-8 rules (byte-level) or byte fallback."""
    cases = []
    vocab = reference.vocab
    if "ByteLevel" in json.dumps(reference.spec.get("decoder")):
        def ids_of(data):
            return [vocab[BYTE_ENCODER[b]] for b in data]
        for data in [b"\xe6\x97", b"a\xe6\x97b", b"\xf0\x9f\x98", b"\xff", b"\xed\xa0\x80", b"\xc0\x80",
                     b"\xe6\x97\xa5\xe6", b"\xf4\x90\x80\x80"]:
            cases.append(ids_of(data))
    if "ByteFallback" in json.dumps(reference.spec.get("decoder")):
        for names in [["<0xE4>", "<0xB8>", "<0xAD>"], ["<0xE4>", "<0xB8>"], ["a", "<0xC3>", "b"],
                      ["<0xE4>", "<0xB8>", "<0xAD>", "<0xE4>"]]:
            cases.append([vocab[n] for n in names])
    return cases


def expected_outputs(reference):
    cases = []
    for name, data in tricky_texts():
        text = data.decode("utf-8", errors="replace")
        ids = reference.encode(text)
        cases.append({"name": name, "hex": data.hex(), "ids": ids,
                      "with_special": reference.encode_with_special(text),
                      "decoded_hex": reference.decode(ids).hex()})
    decodes = [{"ids": ids, "decoded_hex": reference.decode(ids).hex()} for ids in decode_cases(reference)]
    return {"cases": cases, "decode_cases": decodes}


# --- bad inputs ----------------------------------------------------------------------------------

def bad_fixtures(gpt2):
    """{file name: bytes} of broken or unsupported tokenizer.json files, each one change from the
    GPT-2 fixture (the C++ test knows what each must say)."""
    def variant(change):
        spec = json.loads(json.dumps(gpt2))
        change(spec)
        return (json.dumps(spec, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    full = (json.dumps(gpt2, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files = {
        "truncated.json": full[: len(full) // 2],
        "empty.json": b"",
        "garbage.json": bytes((i * 37 + 11) % 256 for i in range(200)),
        "not-object.json": b"[1, 2, 3]\n",
        # Found by fuzz_hf_tokenizer: a number beyond double's range fails after parsing.
        "number-overflow.json": b'{"model": {"type": "BPE", "vocab": {"a": 1e400}, "merges": []}}\n',
    }

    def set_path(path, value):
        def change(spec):
            node = spec
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        return change

    def delete(path):
        def change(spec):
            node = spec
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]
        return change

    files["wordpiece.json"] = variant(set_path(["model", "type"], "WordPiece"))
    files["unigram.json"] = variant(set_path(["model", "type"], "Unigram"))
    files["bert-normalizer.json"] = variant(set_path(["normalizer"], {"type": "BertNormalizer", "lowercase": True}))
    files["metaspace.json"] = variant(set_path(["pre_tokenizer"], {"type": "Metaspace", "replacement": "▁"}))
    files["split-merged.json"] = variant(set_path(["pre_tokenizer"], {
        "type": "Split", "pattern": {"Regex": "\\s+"}, "behavior": "MergedWithPrevious", "invert": False}))
    files["bad-regex.json"] = variant(set_path(["pre_tokenizer"], {
        "type": "Split", "pattern": {"Regex": "(unclosed"}, "behavior": "Isolated", "invert": False}))
    files["missing-vocab.json"] = variant(delete(["model", "vocab"]))
    files["vocab-wrong-type.json"] = variant(set_path(["model", "vocab", "a"], "zero"))
    files["merges-wrong-type.json"] = variant(lambda s: s["model"]["merges"].__setitem__(3, 5))
    files["merge-not-in-vocab.json"] = variant(lambda s: s["model"]["merges"].__setitem__(4, "zz qq"))
    files["dropout.json"] = variant(set_path(["model", "dropout"], 0.1))
    files["lstrip.json"] = variant(lambda s: s["added_tokens"][0].__setitem__("lstrip", True))
    files["added-token-no-id.json"] = variant(lambda s: s["added_tokens"][0].pop("id"))
    files["decoder-metaspace.json"] = variant(set_path(["decoder"], {"type": "Metaspace"}))
    files["template-unknown-id.json"] = variant(set_path(["post_processor"], {
        "type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                                                 {"Sequence": {"id": "A", "type_id": 0}}],
        "pair": [], "special_tokens": {"<s>": {"id": "<s>", "ids": [99999], "tokens": ["<s>"]}}}))
    files["roberta-processing.json"] = variant(set_path(["post_processor"], {"type": "RobertaProcessing"}))
    files["huge-id.json"] = variant(set_path(["model", "vocab", "a"], 2000000000))
    files["wordpiece-prefix.json"] = variant(set_path(["model", "continuing_subword_prefix"], "##"))
    return files


# --- writing and checking ------------------------------------------------------------------------

def dump(value, compact=False):
    if compact:
        return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_all(root):
    fixtures = make_fixtures()
    files = {}
    for folder, contents in fixtures.items():
        for name, value in contents.items():
            files[os.path.join(folder, name)] = dump(value)
        reference = Reference(contents["tokenizer.json"], contents.get("tokenizer_config.json"))
        files[os.path.join(folder, "expected.json")] = dump(expected_outputs(reference), compact=True)
    for name, data in bad_fixtures(fixtures["gpt2"]["tokenizer.json"]).items():
        files[os.path.join("bad", name)] = data
    # A folder whose tokenizer_config.json is wrong (bos_token a number).
    files[os.path.join("bad", "config-bad-bos", "tokenizer.json")] = dump(fixtures["gpt2"]["tokenizer.json"])
    files[os.path.join("bad", "config-bad-bos", "tokenizer_config.json")] = dump({"bos_token": 5})
    bench = make_bench_fixture()
    files[os.path.join("bench-bytelevel", "tokenizer.json")] = dump(bench, compact=True)
    for path, data in files.items():
        target = os.path.join(root, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            out.write(data)
    return sorted(files)


def check(root):
    with tempfile.TemporaryDirectory() as scratch:
        written = write_all(scratch)
        different = [p for p in written if not os.path.exists(os.path.join(root, p))
                     or not filecmp.cmp(os.path.join(scratch, p), os.path.join(root, p), shallow=False)]
    if different:
        print("hf_bpe_reference.py: these committed fixtures differ from what the reference writes now "
              "(run --write to regenerate them and review the diff):", file=sys.stderr)
        for p in different:
            print("  " + p, file=sys.stderr)
        return 1
    print("hf_bpe_reference.py: %d fixture files match the reference" % len(written))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", metavar="DIR")
    parser.add_argument("--check", metavar="DIR")
    parser.add_argument("--encode", nargs=2, metavar=("FOLDER", "TEXT"))
    args = parser.parse_args()
    if args.write:
        for path in write_all(args.write):
            print(path)
        return 0
    if args.check:
        return check(args.check)
    if args.encode:
        folder, text = args.encode
        with open(os.path.join(folder, "tokenizer.json"), encoding="utf-8") as f:
            spec = json.load(f)
        config = None
        if os.path.exists(os.path.join(folder, "tokenizer_config.json")):
            with open(os.path.join(folder, "tokenizer_config.json"), encoding="utf-8") as f:
                config = json.load(f)
        print(json.dumps(Reference(spec, config).encode(text)))
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
