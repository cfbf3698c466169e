#!/usr/bin/env python3
"""An independent GGUF reader, written from the published specification
(github.com/ggml-org/ggml/blob/master/docs/gguf.md), not from AdaptLab's writer.

  gguf_reader.py dump FILE
      prints JSON: version, tensor_count, alignment, data_offset, file_size, every metadata key
      {type, value} (arrays as {type: "array", element_type, value: [...]}), and per tensor its
      name, ggml type, dimensions (ggml order, fastest first), offset, byte count, the SHA-256 of its
      bytes and the float64 sum and sum of squares of its values.
  gguf_reader.py logits FILE CASE_DIR
      runs the Llama model of FILE the way llama.cpp's llama architecture does, in float64 from the
      file alone (its metadata, its tensors, rope on neighbouring pairs of the permuted q/k rows,
      rope_freqs dividing the frequencies) on CASE_DIR's reference.json input_ids, and prints
      {"max_abs_diff": d, "max_abs_logit": m} against CASE_DIR/logits.f32 (llama_reference.py's
      logits from Hugging Face's definition).
  gguf_reader.py selftest
      writes a file with a key of every value type (nested arrays included) and two tensors, from
      the specification, and reads it back: the reader's own test.
  gguf_reader.py check FILE MODEL_DIR [--tokenizer PATH]
      reads FILE and the Hugging Face folder it was made from (config.json, safetensors read here
      from the safetensors specification, tokenizer.json or a SentencePiece .model parsed here from
      the protobuf wire format) and checks EVERY metadata key the file has against them, and every
      tensor against the source tensor as llama.cpp's converter lays it out (names, q/k rows
      permuted per head, shapes reversed, F32 exactly, F16 exactly as numpy rounds). Prints
      {"ok": bool, "errors": [...], "keys_checked": n, "tensors_checked": n}; exit 0 only when ok.

Debian's python3 with numpy; nothing else.
"""

import hashlib
import json
import math
import os
import struct
import sys

import numpy as np

GGUF_MAGIC = b"GGUF"
# gguf_metadata_value_type
VALUE_TYPES = {0: "uint8", 1: "int8", 2: "uint16", 3: "int16", 4: "uint32", 5: "int32", 6: "float32",
               7: "bool", 8: "string", 9: "array", 10: "uint64", 11: "int64", 12: "float64"}
SCALAR_FORMATS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 10: "<Q", 11: "<q", 12: "<d"}
# ggml_type: the ones whose element size is fixed (block-quantized types are not read here).
GGML_TYPES = {0: ("F32", np.float32), 1: ("F16", np.float16), 24: ("I8", np.int8), 25: ("I16", np.int16),
              26: ("I32", np.int32), 27: ("I64", np.int64), 28: ("F64", np.float64)}


class GgufError(Exception):
    pass


class Cursor:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n, what):
        if n < 0 or self.pos + n > len(self.data):
            raise GgufError(f"{what} at byte {self.pos} runs past the end of the file ({len(self.data)} bytes)")
        part = self.data[self.pos:self.pos + n]
        self.pos += n
        return part

    def unpack(self, fmt, what):
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size, what))[0]

    def string(self, what):
        length = self.unpack("<Q", what + " length")
        raw = self.take(length, what)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise GgufError(f"{what} at byte {self.pos - length} is not UTF-8: {error}")


def read_value(cursor, vtype, what):
    if vtype in SCALAR_FORMATS:
        return cursor.unpack(SCALAR_FORMATS[vtype], what)
    if vtype == 7:
        byte = cursor.unpack("<B", what)
        if byte not in (0, 1):
            raise GgufError(f"{what}: bool byte {byte} is neither 0 nor 1")
        return bool(byte)
    if vtype == 8:
        return cursor.string(what)
    if vtype == 9:
        element_type = cursor.unpack("<I", what + " element type")
        count = cursor.unpack("<Q", what + " length")
        if element_type not in VALUE_TYPES:
            raise GgufError(f"{what}: unknown array element type {element_type}")
        if element_type in SCALAR_FORMATS:
            fmt = SCALAR_FORMATS[element_type]
            size = struct.calcsize(fmt)
            raw = cursor.take(size * count, what)
            return {"element_type": VALUE_TYPES[element_type],
                    "value": [v[0] for v in struct.iter_unpack(fmt, raw)]}
        values = [read_value(cursor, element_type, f"{what}[{i}]") for i in range(count)]
        return {"element_type": VALUE_TYPES[element_type], "value": values}
    raise GgufError(f"{what}: unknown value type {vtype}")


def json_number(value):
    # JSON has no infinity or NaN (an F16 tensor may hold either): those are given as strings.
    value = float(value)
    return value if math.isfinite(value) else repr(value)


def read(path):
    with open(path, "rb") as handle:
        data = handle.read()
    cursor = Cursor(data)
    if cursor.take(4, "magic") != GGUF_MAGIC:
        raise GgufError(f"{path}: not a GGUF file (magic {data[:4]!r})")
    version = cursor.unpack("<I", "version")
    if version != 3:
        raise GgufError(f"{path}: version {version}, this reader knows 3")
    tensor_count = cursor.unpack("<Q", "tensor_count")
    kv_count = cursor.unpack("<Q", "metadata_kv_count")
    metadata = {}
    for i in range(kv_count):
        key = cursor.string(f"metadata key {i}")
        if key in metadata:
            raise GgufError(f"{path}: metadata key {key} appears twice")
        if len(key) > 65535 or not key.isascii():
            raise GgufError(f"{path}: metadata key {key!r} is not ASCII of at most 65535 bytes")
        vtype = cursor.unpack("<I", f"type of {key}")
        value = read_value(cursor, vtype, key)
        entry = {"type": VALUE_TYPES.get(vtype, str(vtype))}
        if vtype == 9:
            entry.update(value)
        else:
            entry["value"] = value
        metadata[key] = entry
    alignment = 32
    if "general.alignment" in metadata:
        if metadata["general.alignment"]["type"] != "uint32":
            raise GgufError(f"{path}: general.alignment must be uint32")
        alignment = metadata["general.alignment"]["value"]
        if alignment == 0 or alignment % 8 != 0:
            raise GgufError(f"{path}: general.alignment {alignment} is not a non-zero multiple of 8")
    infos = []
    for i in range(tensor_count):
        name = cursor.string(f"tensor {i} name")
        if len(name.encode()) > 64:
            raise GgufError(f"{path}: tensor name {name} is longer than 64 bytes")
        n_dims = cursor.unpack("<I", f"tensor {name} n_dimensions")
        dims = [cursor.unpack("<Q", f"tensor {name} dimension {d}") for d in range(n_dims)]
        ggml_type = cursor.unpack("<I", f"tensor {name} type")
        offset = cursor.unpack("<Q", f"tensor {name} offset")
        infos.append((name, dims, ggml_type, offset))
    header_end = cursor.pos
    data_offset = header_end + (alignment - header_end % alignment) % alignment
    if any(b != 0 for b in data[header_end:data_offset]):
        raise GgufError(f"{path}: the padding before the tensor data is not zero")
    tensors = []
    names = set()
    spans = []
    for name, dims, ggml_type, offset in infos:
        if name in names:
            raise GgufError(f"{path}: tensor {name} appears twice")
        names.add(name)
        if ggml_type not in GGML_TYPES:
            raise GgufError(f"{path}: tensor {name} has ggml type {ggml_type}, which this reader does not read")
        if offset % alignment != 0:
            raise GgufError(f"{path}: tensor {name} offset {offset} is not a multiple of {alignment}")
        type_name, np_type = GGML_TYPES[ggml_type]
        count = 1
        for d in dims:
            count *= d
        nbytes = count * np.dtype(np_type).itemsize
        start = data_offset + offset
        if start + nbytes > len(data):
            raise GgufError(f"{path}: tensor {name} ({nbytes} bytes at {start}) runs past the end of the file")
        spans.append((start, start + nbytes, name))
        raw = data[start:start + nbytes]
        values = np.frombuffer(raw, dtype=np.dtype(np_type).newbyteorder("<")).astype(np.float64)
        tensors.append({"name": name, "type": type_name, "dims": dims, "offset": offset, "nbytes": nbytes,
                        "sha256": hashlib.sha256(raw).hexdigest(), "sum": json_number(values.sum()),
                        "sum_squares": json_number((values * values).sum()),
                        # ggml's ne[] is fastest-first: numpy's shape is its reverse.
                        "_array": np.frombuffer(raw, dtype=np.dtype(np_type).newbyteorder("<")).reshape(dims[::-1])})
    spans.sort()
    for (a_start, a_end, a_name), (b_start, b_end, b_name) in zip(spans, spans[1:]):
        if b_start < a_end:
            raise GgufError(f"{path}: tensors {a_name} and {b_name} overlap")
    for (a_start, a_end, a_name), (b_start, _, _) in zip(spans, spans[1:] + [(len(data), 0, "")]):
        if any(b != 0 for b in data[a_end:b_start]):
            raise GgufError(f"{path}: the bytes after tensor {a_name} are not zero padding")
    return {"version": version, "tensor_count": tensor_count, "alignment": alignment, "data_offset": data_offset,
            "file_size": len(data), "metadata": metadata, "tensors": tensors}


def public(result):
    out = dict(result)
    out["tensors"] = [{k: v for k, v in t.items() if not k.startswith("_")} for t in result["tensors"]]
    return out


# ---- the source folder, read here from the specifications ----

def read_safetensors(path):
    with open(path, "rb") as handle:
        data = handle.read()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    base = 8 + size
    tensors = {}
    dtypes = {"F32": np.float32, "F16": np.float16, "F64": np.float64}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = data[base + begin:base + end]
        if info["dtype"] == "BF16":
            bits = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
            values = bits.view(np.float32)
        else:
            values = np.frombuffer(raw, dtype=np.dtype(dtypes[info["dtype"]]).newbyteorder("<")).astype(np.float32)
        tensors[name] = values.reshape(info["shape"])
    return tensors


def read_weights(folder):
    index = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index) as handle:
            files = sorted(set(json.load(handle)["weight_map"].values()))
    else:
        files = ["model.safetensors"]
    tensors = {}
    for name in files:
        tensors.update(read_safetensors(os.path.join(folder, name)))
    return tensors


def read_spm_model(path):
    """ModelProto.pieces (field 1): SentencePiece {piece 1: string, score 2: float, type 3: enum}."""
    with open(path, "rb") as handle:
        data = handle.read()

    def varint(buf, pos):
        value, shift = 0, 0
        while True:
            byte = buf[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value, pos
            shift += 7

    def fields(buf):
        pos = 0
        while pos < len(buf):
            tag, pos = varint(buf, pos)
            number, wire = tag >> 3, tag & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 1:
                value, pos = buf[pos:pos + 8], pos + 8
            elif wire == 2:
                length, pos = varint(buf, pos)
                value, pos = buf[pos:pos + length], pos + length
            elif wire == 5:
                value, pos = buf[pos:pos + 4], pos + 4
            else:
                raise GgufError(f"{path}: wire type {wire}")
            yield number, wire, value

    pieces = []
    for number, wire, value in fields(data):
        if number == 1 and wire == 2:
            piece = {"piece": "", "score": 0.0, "type": 1}
            for n, w, v in fields(value):
                if n == 1:
                    piece["piece"] = v.decode("utf-8")
                elif n == 2:
                    piece["score"] = struct.unpack("<f", v)[0]
                elif n == 3:
                    piece["type"] = v
            pieces.append(piece)
    return pieces


def looks_special(text):
    # Added tokens that are control tokens by their spelling though not marked special (the
    # convention of llama.cpp's converter).
    return (text in ("<pad>", "<mask>", "<2mass>", "[@BOS@]") or (text.startswith("<|") and text.endswith("|>"))
            or (text.startswith("<\uff5c") and text.endswith("\uff5c>"))
            or (text.startswith("<unused") and text.endswith(">")))


def hf_permute(weights, n_head):
    # The LLaMA layout permute of the GGUF specification (llama.tensor_data_layout "Meta AI original pth").
    return (weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
            .swapaxes(1, 2).reshape(weights.shape))


def llama3_rope_factors(config):
    # transformers' _compute_llama3_parameters: the scaled inverse frequencies; llama.cpp's tensor
    # holds the divisor inv_freq / scaled_inv_freq.
    scaling = config["rope_scaling"]
    dim = config.get("head_dim") or config["hidden_size"] // config["num_attention_heads"]
    base = config.get("rope_theta", 10000.0)
    inv_freq = 1.0 / (base ** (np.arange(0, dim, 2, dtype=np.float64) / dim))
    factor = scaling["factor"]
    low, high = scaling.get("low_freq_factor", 1.0), scaling.get("high_freq_factor", 4.0)
    old = scaling.get("original_max_position_embeddings", 8192)
    wavelen = 2 * math.pi / inv_freq
    scaled = np.where(wavelen > old / low, inv_freq / factor, inv_freq)
    smooth = (old / wavelen - low) / (high - low)
    smoothed = (1 - smooth) * scaled / factor + smooth * scaled
    medium = ~(wavelen < old / high) & ~(wavelen > old / low)
    scaled = np.where(medium, smoothed, scaled)
    return inv_freq / scaled


HF_LAYER_NAMES = {"self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v",
                  "self_attn.o_proj": "attn_output", "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up",
                  "mlp.down_proj": "ffn_down", "input_layernorm": "attn_norm",
                  "post_attention_layernorm": "ffn_norm"}


def expected_tensors(config, weights, f16):
    out = {}
    heads = config["num_attention_heads"]
    kv_heads = config.get("num_key_value_heads") or heads
    tied = config.get("tie_word_embeddings", False)
    for name, value in weights.items():
        if name.endswith("rotary_emb.inv_freq") or (tied and name == "lm_head.weight"):
            continue
        if name == "model.embed_tokens.weight":
            gguf = "token_embd.weight"
        elif name == "model.norm.weight":
            gguf = "output_norm.weight"
        elif name == "lm_head.weight":
            gguf = "output.weight"
        else:
            parts = name.split(".")
            layer, module, kind = parts[2], ".".join(parts[3:-1]), parts[-1]
            gguf = f"blk.{layer}.{HF_LAYER_NAMES[module]}.{kind}"
            if module == "self_attn.q_proj":
                value = hf_permute(value, heads)
            elif module == "self_attn.k_proj":
                value = hf_permute(value, kv_heads)
        value = value.astype(np.float32)
        if f16 and value.ndim >= 2:
            value = value.astype(np.float16)
        out[gguf] = value
    if config.get("rope_scaling"):
        out["rope_freqs.weight"] = llama3_rope_factors(config).astype(np.float32)
    return out


def check(path, model_dir, tokenizer_path=None):
    errors = []
    gguf = read(path)
    meta = gguf["metadata"]
    with open(os.path.join(model_dir, "config.json")) as handle:
        config = json.load(handle)
    weights = read_weights(model_dir)
    f16 = any(t["type"] == "F16" for t in gguf["tensors"])
    checked = set()

    def expect(key, vtype, value, close=False):
        checked.add(key)
        if key not in meta:
            errors.append(f"{key}: missing")
            return
        entry = meta[key]
        if entry["type"] != vtype:
            errors.append(f"{key}: type {entry['type']}, expected {vtype}")
            return
        got = entry["value"]
        if close:
            if not math.isclose(got, value, rel_tol=1e-6):
                errors.append(f"{key}: {got}, expected {value}")
        elif got != value:
            shown = lambda v: repr(v)[:200]
            errors.append(f"{key}: {shown(got)}, expected {shown(value)}")

    def expect_array(key, element_type, values, close=False):
        checked.add(key)
        if key not in meta:
            errors.append(f"{key}: missing")
            return
        entry = meta[key]
        if entry["type"] != "array" or entry["element_type"] != element_type:
            errors.append(f"{key}: {entry['type']} of {entry.get('element_type')}, expected array of {element_type}")
            return
        got = entry["value"]
        if len(got) != len(values):
            errors.append(f"{key}: {len(got)} elements, expected {len(values)}")
            return
        for i, (a, b) in enumerate(zip(got, values)):
            if (close and not math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-30)) or (not close and a != b):
                errors.append(f"{key}[{i}]: {a!r}, expected {b!r}")
                return

    heads = config["num_attention_heads"]
    head_dim = config.get("head_dim") or config["hidden_size"] // heads
    name = os.path.basename(os.path.normpath(model_dir))
    expect("general.architecture", "string", "llama")
    expect("general.name", "string", name)
    expect("general.alignment", "uint32", 32)
    expect("general.file_type", "uint32", 1 if f16 else 0)
    expect("llama.context_length", "uint32", config.get("max_position_embeddings", 2048))
    expect("llama.embedding_length", "uint32", config["hidden_size"])
    expect("llama.block_count", "uint32", config["num_hidden_layers"])
    expect("llama.feed_forward_length", "uint32", config["intermediate_size"])
    expect("llama.attention.head_count", "uint32", heads)
    expect("llama.attention.head_count_kv", "uint32", config.get("num_key_value_heads") or heads)
    expect("llama.rope.freq_base", "float32", config.get("rope_theta", 10000.0), close=True)
    expect("llama.attention.layer_norm_rms_epsilon", "float32", config.get("rms_norm_eps", 1e-6), close=True)
    expect("llama.rope.dimension_count", "uint32", head_dim)
    if head_dim * heads != config["hidden_size"]:
        expect("llama.attention.key_length", "uint32", head_dim)
        expect("llama.attention.value_length", "uint32", head_dim)
    vocab_size = config["vocab_size"]
    expect("llama.vocab_size", "uint32", vocab_size)

    # The tokenizer: a SentencePiece model's pieces, or tokenizer.json's vocabulary and merges.
    source = tokenizer_path or model_dir
    if os.path.isdir(source):
        for candidate in ("tokenizer.model", "spiece.model", "tokenizer.json"):
            if os.path.exists(os.path.join(source, candidate)):
                source = os.path.join(source, candidate)
                break
    tokenizer_config = {}
    config_path = os.path.join(os.path.dirname(source), "tokenizer_config.json")
    if os.path.exists(config_path):
        with open(config_path) as handle:
            tokenizer_config = json.load(handle)
    tokens = [f"[PAD{i}]" for i in range(vocab_size)]
    types = [5] * vocab_size
    ids = {}
    add_bos = add_eos = None
    if source.endswith(".model"):
        pieces = read_spm_model(source)
        scores = [-1000.0] * vocab_size
        for i, piece in enumerate(pieces):
            tokens[i], scores[i], types[i] = piece["piece"], piece["score"], piece["type"]
            ids.setdefault(piece["piece"], i)
        expect("tokenizer.ggml.model", "string", "llama")
        expect("tokenizer.ggml.pre", "string", "default")
        expect_array("tokenizer.ggml.scores", "float32", [float(np.float32(s)) for s in scores], close=True)
        unk = [i for i, p in enumerate(pieces) if p["type"] == 2]
        special = {"bos": ids.get("<s>"), "eos": ids.get("</s>"), "unk": unk[0] if unk else None,
                   "pad": ids.get("<pad>")}
        add_bos, add_eos = special["bos"] is not None, False
    else:
        with open(source) as handle:
            spec = json.load(handle)
        for piece, i in sorted(spec["model"]["vocab"].items()):
            if types[i] == 5:
                tokens[i], types[i] = piece, 1
        for added in spec.get("added_tokens", []):
            tokens[added["id"]] = added["content"]
            types[added["id"]] = 3 if added.get("special") or looks_special(added["content"]) else 4
        for i, token in enumerate(tokens):
            ids.setdefault(token, i)
        merges = [m if isinstance(m, str) else f"{m[0]} {m[1]}" for m in spec["model"]["merges"]]
        expect("tokenizer.ggml.model", "string", "gpt2")
        expect_array("tokenizer.ggml.merges", "string", merges)

        def token_of(field):
            value = tokenizer_config.get(field)
            return value.get("content") if isinstance(value, dict) else value
        special = {k: ids.get(token_of(k + "_token")) if token_of(k + "_token") else None
                   for k in ("bos", "eos", "unk", "pad")}
        if spec["model"].get("unk_token") is not None:
            special["unk"] = ids.get(spec["model"]["unk_token"])
        post = spec.get("post_processor") or {}
        processors = post.get("processors", [post]) if post.get("type") == "Sequence" else [post]
        template = next((p for p in processors if p.get("type") == "TemplateProcessing"), None)
        if template:
            single = template["single"]
            specials = template.get("special_tokens", {})
            first = single[0].get("SpecialToken", {}).get("id")
            last = single[-1].get("SpecialToken", {}).get("id")
            first_ids = specials.get(first, {}).get("ids", []) if first else []
            last_ids = specials.get(last, {}).get("ids", []) if last else []
            add_bos = special["bos"] is not None and first_ids[:1] == [special["bos"]]
            add_eos = special["eos"] is not None and last_ids[-1:] == [special["eos"]]
        else:
            add_bos = bool(tokenizer_config.get("add_bos_token", False)) and special["bos"] is not None
            add_eos = bool(tokenizer_config.get("add_eos_token", False)) and special["eos"] is not None
        # tokenizer.ggml.pre names the pre-tokenizer; which name is the writer's choice (checked by the
        # caller against llama.cpp's names), here only that it is a string.
        checked.add("tokenizer.ggml.pre")
        if meta.get("tokenizer.ggml.pre", {}).get("type") != "string":
            errors.append("tokenizer.ggml.pre: missing or not a string")
    # config.json's ids stand in where the tokenizer has none.
    if special["bos"] is None and isinstance(config.get("bos_token_id"), int):
        special["bos"] = config["bos_token_id"]
    eos_config = config.get("eos_token_id")
    if special["eos"] is None and eos_config is not None:
        special["eos"] = eos_config[0] if isinstance(eos_config, list) else eos_config
    if special["pad"] is None and isinstance(config.get("pad_token_id"), int):
        special["pad"] = config["pad_token_id"]
    expect_array("tokenizer.ggml.tokens", "string", tokens)
    expect_array("tokenizer.ggml.token_type", "int32", types)
    for field, key in (("bos", "bos_token_id"), ("eos", "eos_token_id"), ("unk", "unknown_token_id"),
                       ("pad", "padding_token_id")):
        if special[field] is not None:
            expect("tokenizer.ggml." + key, "uint32", special[field])
        elif "tokenizer.ggml." + key in meta:
            errors.append(f"tokenizer.ggml.{key}: present, but the tokenizer has no {field} token")
            checked.add("tokenizer.ggml." + key)
    expect("tokenizer.ggml.add_bos_token", "bool", bool(add_bos))
    expect("tokenizer.ggml.add_eos_token", "bool", bool(add_eos))
    chat = tokenizer_config.get("chat_template")
    if isinstance(chat, list):
        chat = next((t["template"] for t in chat if t.get("name") == "default"), chat[0]["template"] if chat else None)
    if chat:
        expect("tokenizer.chat_template", "string", chat)
    unchecked = sorted(set(meta) - checked)
    for key in unchecked:
        errors.append(f"{key}: a key this check does not know")

    # The tensors, every one, against the source.
    expected = expected_tensors(config, weights, f16)
    found = {t["name"]: t for t in gguf["tensors"]}
    for missing in sorted(set(expected) - set(found)):
        errors.append(f"tensor {missing}: missing")
    for extra in sorted(set(found) - set(expected)):
        errors.append(f"tensor {extra}: not expected")
    tensors_checked = 0
    for tensor_name, want in expected.items():
        if tensor_name not in found:
            continue
        got = found[tensor_name]
        array = got["_array"]
        want_type = "F16" if want.dtype == np.float16 else "F32"
        if got["type"] != want_type:
            errors.append(f"tensor {tensor_name}: type {got['type']}, expected {want_type}")
        elif list(array.shape) != list(want.shape) or got["dims"] != list(want.shape)[::-1]:
            errors.append(f"tensor {tensor_name}: dims {got['dims']}, expected {list(want.shape)[::-1]}")
        elif tensor_name == "rope_freqs.weight":
            if not np.allclose(array.astype(np.float64), want.astype(np.float64), rtol=1e-6, atol=0):
                errors.append(f"tensor {tensor_name}: values differ from transformers' llama3 scaling")
        elif array.tobytes() != want.astype(want.dtype.newbyteorder("<")).tobytes():
            diff = np.flatnonzero(array.astype(np.float64).ravel() != want.astype(np.float64).ravel())
            errors.append(f"tensor {tensor_name}: {len(diff)} values differ, first at flat index "
                          f"{int(diff[0]) if len(diff) else -1}")
        tensors_checked += 1
    return {"ok": not errors, "errors": errors, "keys_checked": len(checked & set(meta)),
            "tensors_checked": tensors_checked}


def forward(gguf, ids):
    """Logits (T, vocab) of one row of IDS, as llama.cpp's llama graph computes them."""
    meta = {k: v["value"] for k, v in gguf["metadata"].items()}
    arch = meta["general.architecture"]
    t = {x["name"]: x["_array"].astype(np.float64) for x in gguf["tensors"]}
    n_head = meta[f"{arch}.attention.head_count"]
    n_kv = meta.get(f"{arch}.attention.head_count_kv", n_head)
    eps = meta[f"{arch}.attention.layer_norm_rms_epsilon"]
    base = meta.get(f"{arch}.rope.freq_base", 10000.0)
    n_embd = meta[f"{arch}.embedding_length"]
    head_dim = meta.get(f"{arch}.attention.key_length", n_embd // n_head)
    n_rot = meta.get(f"{arch}.rope.dimension_count", head_dim)
    factors = t.get("rope_freqs.weight", np.ones(n_rot // 2))

    def norm(x, weight):
        return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * weight

    def linear(x, name):
        y = x @ t[name + ".weight"].T
        return y + t[name + ".bias"] if name + ".bias" in t else y

    T = len(ids)
    pos = np.arange(T, dtype=np.float64)
    # ggml's rope, normal mode: pairs (x[2i], x[2i+1]) turned by pos * base^(-2i/n_rot) / factor[i].
    theta = pos[:, None] * (base ** (-np.arange(0, n_rot, 2, dtype=np.float64) / n_rot))[None, :] / factors[None, :]
    cos, sin = np.cos(theta)[:, None, :], np.sin(theta)[:, None, :]

    def rope(x):  # (T, heads, head_dim)
        out = x.copy()
        x0, x1 = x[..., 0:n_rot:2], x[..., 1:n_rot:2]
        out[..., 0:n_rot:2] = x0 * cos - x1 * sin
        out[..., 1:n_rot:2] = x0 * sin + x1 * cos
        return out

    x = t["token_embd.weight"][ids]
    mask = np.triu(np.full((T, T), -np.inf), 1)
    for layer in range(meta[f"{arch}.block_count"]):
        p = f"blk.{layer}."
        h = norm(x, t[p + "attn_norm.weight"])
        q = rope(linear(h, p + "attn_q").reshape(T, n_head, head_dim))
        k = rope(linear(h, p + "attn_k").reshape(T, n_kv, head_dim))
        v = linear(h, p + "attn_v").reshape(T, n_kv, head_dim)
        group = n_head // n_kv
        heads = []
        for head in range(n_head):
            scores = q[:, head] @ k[:, head // group].T / math.sqrt(head_dim) + mask
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            heads.append((scores / scores.sum(-1, keepdims=True)) @ v[:, head // group])
        x = x + linear(np.concatenate(heads, axis=-1), p + "attn_output")
        h = norm(x, t[p + "ffn_norm.weight"])
        gate = linear(h, p + "ffn_gate")
        x = x + linear(gate / (1 + np.exp(-gate)) * linear(h, p + "ffn_up"), p + "ffn_down")
    x = norm(x, t["output_norm.weight"])
    return x @ t.get("output.weight", t["token_embd.weight"]).T


def compare_logits(path, case_dir):
    gguf = read(path)
    with open(os.path.join(case_dir, "reference.json")) as handle:
        reference = json.load(handle)
    shape = reference["logits_shape"]
    expected = np.fromfile(os.path.join(case_dir, "logits.f32"), dtype="<f4").astype(np.float64).reshape(shape)
    worst = 0.0
    for row, ids in enumerate(reference["input_ids"]):
        logits = forward(gguf, np.array(ids))
        worst = max(worst, float(np.abs(logits - expected[row]).max()))
    return {"max_abs_diff": worst, "max_abs_logit": float(np.abs(expected).max())}


def selftest():
    def string(text):
        raw = text.encode()
        return struct.pack("<Q", len(raw)) + raw

    def value(vtype, v):
        if vtype in SCALAR_FORMATS:
            return struct.pack(SCALAR_FORMATS[vtype], v)
        if vtype == 7:
            return struct.pack("<B", int(v))
        if vtype == 8:
            return string(v)
        element_type, items = v
        return struct.pack("<IQ", element_type, len(items)) + b"".join(value(element_type, i) for i in items)

    entries = [("test.u8", 0, 200), ("test.i8", 1, -100), ("test.u16", 2, 60000), ("test.i16", 3, -30000),
               ("test.u32", 4, 4000000000), ("test.i32", 5, -2000000000), ("test.f32", 6, 1.5), ("test.bool", 7, True),
               ("test.string", 8, "h\u00e9llo"), ("test.u64", 10, 2 ** 63 + 5), ("test.i64", 11, -(2 ** 62)),
               ("test.f64", 12, 0.1), ("test.array_i16", 9, (3, [1, -2, 3])),
               ("test.array_strings", 9, (8, ["a", "", "\u00fc"])),
               ("test.nested", 9, (9, [(5, [1, 2]), (8, ["x"])])), ("general.alignment", 4, 64)]
    f32 = np.arange(6, dtype="<f4").reshape(2, 3)
    f16 = np.array([1.0, -2.5, 65504.0], dtype="<f2")
    body = b"".join(string(k) + struct.pack("<I", t) + value(t, v) for k, t, v in entries)
    infos = string("a") + struct.pack("<I", 2) + struct.pack("<QQ", 3, 2) + struct.pack("<IQ", 0, 0)
    infos += string("b") + struct.pack("<I", 1) + struct.pack("<Q", 3) + struct.pack("<IQ", 1, 64)
    head = b"GGUF" + struct.pack("<IQQ", 3, 2, len(entries)) + body + infos
    head += b"\0" * ((64 - len(head) % 64) % 64)
    data = f32.tobytes() + b"\0" * (64 - 24) + f16.tobytes() + b"\0" * (64 - 6)
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "selftest.gguf")
        with open(path, "wb") as handle:
            handle.write(head + data)
        result = read(path)
        for key, vtype, expected in entries:
            entry = result["metadata"][key]
            if entry["type"] != VALUE_TYPES[vtype]:
                raise GgufError(f"selftest: {key} read as {entry['type']}")
            got = entry["value"]
            if vtype == 9:
                want = expected[1] if expected[0] != 9 else [{"element_type": VALUE_TYPES[t], "value": v} for t, v in expected[1]]
                if got != want or entry["element_type"] != VALUE_TYPES[expected[0]]:
                    raise GgufError(f"selftest: {key} read as {entry}")
            elif (got != expected) if vtype != 6 else abs(got - expected) > 0:
                raise GgufError(f"selftest: {key} read as {got!r}, wrote {expected!r}")
        tensors = {t["name"]: t for t in result["tensors"]}
        if result["alignment"] != 64 or result["data_offset"] != len(head):
            raise GgufError("selftest: alignment or data offset wrong")
        if not np.array_equal(tensors["a"]["_array"], f32) or tensors["a"]["dims"] != [3, 2]:
            raise GgufError("selftest: tensor a read wrong")
        if not np.array_equal(tensors["b"]["_array"], f16) or tensors["b"]["type"] != "F16":
            raise GgufError("selftest: tensor b read wrong")
        # Damage: an odd bool byte, a misaligned offset.
        for bad, message in ((head.replace(struct.pack("<I", 7) + b"\x01", struct.pack("<I", 7) + b"\x02"), "bool"),
                             (head.replace(struct.pack("<IQ", 1, 64), struct.pack("<IQ", 1, 60)), "multiple")):
            with open(path, "wb") as handle:
                handle.write(bad + data)
            try:
                read(path)
            except GgufError as error:
                if message not in str(error):
                    raise GgufError(f"selftest: damage refused for the wrong reason: {error}")
            else:
                raise GgufError(f"selftest: damage ({message}) not refused")
    print(json.dumps({"ok": True, "keys": len(entries)}))
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "selftest":
        return selftest()
    if len(argv) >= 4 and argv[1] == "logits":
        print(json.dumps(compare_logits(argv[2], argv[3])))
        return 0
    if len(argv) >= 3 and argv[1] == "dump":
        print(json.dumps(public(read(argv[2]))))
        return 0
    if len(argv) >= 4 and argv[1] == "check":
        tokenizer = None
        if "--tokenizer" in argv:
            tokenizer = argv[argv.index("--tokenizer") + 1]
        result = check(argv[2], argv[3], tokenizer)
        print(json.dumps(result))
        return 0 if result["ok"] else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except GgufError as error:
        print(json.dumps({"ok": False, "errors": [str(error)]}))
        print(f"gguf_reader.py: {error}", file=sys.stderr)
        sys.exit(1)
