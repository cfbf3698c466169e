#!/usr/bin/python3
"""An independent reference for model merging (METHODS §10), numpy only, reading and writing
safetensors itself from the format's specification (u64 little-endian header size N, N bytes of JSON
{name: {"dtype", "shape", "data_offsets"}}, then the data; BF16 = the upper 16 bits of a float32).

    merge_reference.py make DIR --seed S [--hidden 32 --layers 2 --heads 4 --kv 2 --inter 48
                       --vocab 64] [--tied] [--dtype F32|BF16]
        a tiny Llama folder as Hugging Face writes one: config.json + model.safetensors, every tensor
        normal(0, 0.5) from numpy's generator seeded S; --drop NAME leaves a tensor out, --widen NAME
        gives it one more row (damaged folders for the refusals); --shards N writes N files and the index
    merge_reference.py make-adapter DIR BASE --seed S --rank R --alpha A --targets q_proj,v_proj,...
        a PEFT adapter for BASE: adapter_config.json + adapter_model.safetensors (F32)
    merge_reference.py residual OUT CPT INSTRUCT BASE LAMBDA
    merge_reference.py linear OUT A B T
    merge_reference.py fold OUT BASE ADAPTER
        checks the merged folder OUT tensor by tensor against the merge computed here in float64
        (CPT + lambda (instruct - base); (1 - t) A + t B; W + (alpha / r) B A), within the rounding of
        OUT's stored dtype; prints {"tensors", "merged", "max_abs_error", "worst"} as JSON, exits 1
        naming the first tensor that differs (or is missing, or is extra)
"""
import argparse
import json
import os
import struct
import sys

import numpy as np

NUMPY = {"F32": np.dtype("<f4"), "F16": np.dtype("<f2"), "BF16": np.dtype("<u2")}


def read_file(path):
    with open(path, "rb") as f:
        data = f.read()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    tensors = {}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        raw = np.frombuffer(data[8 + size + begin:8 + size + end], dtype=NUMPY[entry["dtype"]])
        if entry["dtype"] == "BF16":
            raw = (raw.astype("<u4") << 16).view("<f4")
        tensors[name] = (entry["dtype"], raw.astype(np.float64).reshape(entry["shape"]))
    return tensors


def read_folder(folder):
    """name -> (stored dtype, float64 array) of a Hugging Face folder, single file or sharded."""
    index = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index) as f:
            files = sorted(set(json.load(f)["weight_map"].values()))
    else:
        files = ["model.safetensors"]
    tensors = {}
    for name in files:
        tensors.update(read_file(os.path.join(folder, name)))
    return tensors


def write_file(path, tensors, dtype="F32"):
    header, chunks, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name, array in tensors.items():
        if dtype == "BF16":
            bits = np.asarray(array, dtype="<f4").view("<u4")
            raw = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype("<u2").tobytes()  # round to nearest even
        else:
            raw = np.asarray(array, dtype="<f4").tobytes()
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def llama_shapes(c):
    h, i, v, d = c["hidden_size"], c["intermediate_size"], c["vocab_size"], c["hidden_size"] // c["num_attention_heads"]
    kv = c["num_key_value_heads"] * d
    shapes = {"model.embed_tokens.weight": (v, h)}
    for layer in range(c["num_hidden_layers"]):
        p = "model.layers.%d." % layer
        shapes.update({p + "self_attn.q_proj.weight": (c["num_attention_heads"] * d, h), p + "self_attn.k_proj.weight": (kv, h),
                       p + "self_attn.v_proj.weight": (kv, h), p + "self_attn.o_proj.weight": (h, c["num_attention_heads"] * d),
                       p + "mlp.gate_proj.weight": (i, h), p + "mlp.up_proj.weight": (i, h), p + "mlp.down_proj.weight": (h, i),
                       p + "input_layernorm.weight": (h,), p + "post_attention_layernorm.weight": (h,)})
    shapes["model.norm.weight"] = (h,)
    if not c["tie_word_embeddings"]:
        shapes["lm_head.weight"] = (v, h)
    return shapes


def make(args):
    config = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": args.hidden,
              "intermediate_size": args.inter, "num_hidden_layers": args.layers, "num_attention_heads": args.heads,
              "num_key_value_heads": args.kv, "vocab_size": args.vocab, "max_position_embeddings": 128,
              "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": args.tied, "bos_token_id": 1,
              "eos_token_id": 2, "torch_dtype": "bfloat16" if args.dtype == "BF16" else "float32"}
    rng = np.random.default_rng(args.seed)
    tensors = {name: rng.normal(0.0, 0.5, shape).astype(np.float32) for name, shape in llama_shapes(config).items()}
    for name in args.drop:  # a damaged folder: a tensor its config expects is not there
        del tensors[name]
    for name in args.widen:  # a damaged folder: a tensor one row longer than its config says
        tensors[name] = np.concatenate([tensors[name], tensors[name][:1]])
    os.makedirs(args.dir, exist_ok=True)
    if args.shards > 1:  # model-0000k-of-0000n.safetensors + model.safetensors.index.json, as transformers shards
        names = list(tensors)
        weight_map = {}
        for k in range(args.shards):
            file_name = "model-%05d-of-%05d.safetensors" % (k + 1, args.shards)
            part = {n: tensors[n] for n in names[k::args.shards]}
            write_file(os.path.join(args.dir, file_name), part, args.dtype)
            weight_map.update({n: file_name for n in part})
        with open(os.path.join(args.dir, "model.safetensors.index.json"), "w") as f:
            json.dump({"metadata": {}, "weight_map": weight_map}, f, indent=2)
    else:
        write_file(os.path.join(args.dir, "model.safetensors"), tensors, args.dtype)
    with open(os.path.join(args.dir, "config.json"), "w") as f:
        json.dump(config, f, indent=2)


def make_adapter(args):
    base = read_folder(args.base)
    targets = args.targets.split(",")
    rng = np.random.default_rng(args.seed)
    tensors = {}
    layers = sorted({int(n.split(".")[2]) for n in base if n.startswith("model.layers.")})
    for layer in layers:
        for module in targets:
            group = "self_attn" if module in ("q_proj", "k_proj", "v_proj", "o_proj") else "mlp"
            out_features, in_features = base["model.layers.%d.%s.%s.weight" % (layer, group, module)][1].shape
            prefix = "base_model.model.model.layers.%d.%s.%s." % (layer, group, module)
            tensors[prefix + "lora_A.weight"] = rng.normal(0.0, 0.3, (args.rank, in_features)).astype(np.float32)
            tensors[prefix + "lora_B.weight"] = rng.normal(0.0, 0.3, (out_features, args.rank)).astype(np.float32)
    os.makedirs(args.dir, exist_ok=True)
    write_file(os.path.join(args.dir, "adapter_model.safetensors"), tensors)
    config = {"peft_type": "LORA", "task_type": "CAUSAL_LM", "r": args.rank, "lora_alpha": args.alpha,
              "lora_dropout": 0.0, "target_modules": targets, "bias": "none", "fan_in_fan_out": False,
              "use_rslora": False, "base_model_name_or_path": os.path.abspath(args.base)}
    with open(os.path.join(args.dir, "adapter_config.json"), "w") as f:
        json.dump(config, f, indent=2)


def fold_expected(base_folder, adapter_folder):
    base = read_folder(base_folder)
    with open(os.path.join(adapter_folder, "adapter_config.json")) as f:
        config = json.load(f)
    adapter = read_file(os.path.join(adapter_folder, "adapter_model.safetensors"))
    scale = config["lora_alpha"] / config["r"]
    expected, merged = {}, set()
    for name, (_, weight) in base.items():
        a_name = "base_model.model." + name[:-len(".weight")] + ".lora_A.weight"
        b_name = a_name.replace("lora_A", "lora_B")
        if a_name in adapter:
            expected[name] = weight + scale * (adapter[b_name][1] @ adapter[a_name][1])
            merged.add(name)
        else:
            expected[name] = weight
    return expected, merged


def check(out_folder, expected, merged):
    out = read_folder(out_folder)
    missing = sorted(set(expected) - set(out))
    extra = sorted(set(out) - set(expected))
    if missing or extra:
        sys.exit("tensor sets differ: missing %s, extra %s" % (missing[:3], extra[:3]))
    worst, worst_name = 0.0, ""
    for name, want in expected.items():
        dtype, got = out[name]
        if got.shape != want.shape:
            sys.exit("%s: shape %s, expected %s" % (name, got.shape, want.shape))
        # float32 arithmetic on values of order 1: a few ulps; bfloat16 storage: half an ulp (2^-9 relative).
        tolerance = (2.0 ** -8) * np.abs(want) + 1e-30 if dtype == "BF16" else 2e-6 * np.maximum(np.abs(want), 1.0)
        error = np.abs(got - want)
        if np.any(error > tolerance):
            at = np.unravel_index(np.argmax(error - tolerance), error.shape)
            sys.exit("%s%s: merged %r, expected %r" % (name, list(at), got[at], want[at]))
        if error.size and error.max() > worst:
            worst, worst_name = float(error.max()), name
    print(json.dumps({"tensors": len(out), "merged": len(merged), "max_abs_error": worst, "worst": worst_name}))


def main(argv):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("make")
    p.add_argument("dir")
    p.add_argument("--seed", type=int, required=True)
    for key, default in (("hidden", 32), ("layers", 2), ("heads", 4), ("kv", 2), ("inter", 48), ("vocab", 64)):
        p.add_argument("--" + key, type=int, default=default)
    p.add_argument("--tied", action="store_true")
    p.add_argument("--dtype", default="F32", choices=["F32", "BF16"])
    p.add_argument("--drop", action="append", default=[])
    p.add_argument("--widen", action="append", default=[])
    p.add_argument("--shards", type=int, default=1)
    p = sub.add_parser("make-adapter")
    p.add_argument("dir")
    p.add_argument("base")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--rank", type=int, default=4)
    p.add_argument("--alpha", type=float, default=8.0)
    p.add_argument("--targets", default="q_proj,v_proj")
    p = sub.add_parser("residual")
    for key in ("out", "cpt", "instruct", "base"):
        p.add_argument(key)
    p.add_argument("lam", type=float)
    p = sub.add_parser("linear")
    for key in ("out", "a", "b"):
        p.add_argument(key)
    p.add_argument("t", type=float)
    p = sub.add_parser("fold")
    for key in ("out", "base", "adapter"):
        p.add_argument(key)
    args = parser.parse_args(argv)

    if args.command == "make":
        make(args)
    elif args.command == "make-adapter":
        make_adapter(args)
    elif args.command == "residual":
        cpt, instruct, base = read_folder(args.cpt), read_folder(args.instruct), read_folder(args.base)
        expected = {n: cpt[n][1] + args.lam * (instruct[n][1] - base[n][1]) for n in cpt}
        check(args.out, expected, set(expected))
    elif args.command == "linear":
        a, b = read_folder(args.a), read_folder(args.b)
        expected = {n: (1.0 - args.t) * a[n][1] + args.t * b[n][1] for n in a}
        check(args.out, expected, set(expected))
    elif args.command == "fold":
        expected, merged = fold_expected(args.base, args.adapter)
        check(args.out, expected, merged)


if __name__ == "__main__":
    main(sys.argv[1:])
