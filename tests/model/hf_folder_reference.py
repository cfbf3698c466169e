#!/usr/bin/python3
"""Reads a Hugging Face Llama folder the way transformers expects it, independently of the C++
reader, and computes its logits with llama_reference.py's forward pass (float64, from HF's
modeling_llama.py), for tst_hf_checkpoint to compare with the C++ model saved into the folder.

Checks on the way (exit 1 naming the problem): config.json is a LlamaForCausalLM config; the weights
are model.safetensors or the shards of model.safetensors.index.json (weight_map equal to what the
shards hold, metadata.total_size the sum of their bytes); every file's __metadata__ has
"format": "pt" (transformers refuses files without it); the tensor names and shapes are exactly
those of HF's LlamaForCausalLM for the config (lm_head.weight absent when tied); the header is
padded with spaces to 8 bytes; generation_config.json carries config.json's bos/eos ids.

usage: hf_folder_reference.py FOLDER OUT_LOGITS_F32 ID [ID ...]   (writes (T, V) float32 LE)
"""
import json
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import llama_reference  # noqa: E402  (the forward pass and HF's names and shapes)

DTYPES = {"F32": (torch.float32, 4), "BF16": (torch.bfloat16, 2), "F16": (torch.float16, 2)}


def fail(message):
    sys.stderr.write("hf_folder_reference.py: " + message + "\n")
    sys.exit(1)


def read_safetensors(path):
    with open(path, "rb") as f:
        blob = f.read()
    (size,) = struct.unpack("<Q", blob[:8])
    if size % 8:
        fail("%s: header size %d is not a multiple of 8" % (path, size))
    header = json.loads(blob[8:8 + size].decode("utf-8"))
    metadata = header.pop("__metadata__", {})
    if metadata.get("format") != "pt":
        fail('%s: __metadata__ has no "format": "pt"' % path)
    data = blob[8 + size:]
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        dtype, width = DTYPES[info["dtype"]]
        raw = bytearray(data[begin:end])
        count = (end - begin) // width
        if dtype == torch.bfloat16:
            t = torch.frombuffer(raw, dtype=torch.int16, count=count).view(torch.bfloat16)
        else:
            t = torch.frombuffer(raw, dtype=dtype, count=count)
        tensors[name] = t.reshape(info["shape"]).clone()
    return tensors, end_of(header), len(data)


def end_of(header):
    return max([info["data_offsets"][1] for info in header.values()] or [0])


def read_weights(folder):
    single = os.path.join(folder, "model.safetensors")
    index_path = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(single):
        return read_safetensors(single)[0]
    with open(index_path) as f:
        index = json.load(f)
    weights, total, by_file = {}, 0, {}
    for name, file in index["weight_map"].items():
        by_file.setdefault(file, set()).add(name)
    for file, names in sorted(by_file.items()):
        tensors, _, data_bytes = read_safetensors(os.path.join(folder, file))
        if set(tensors) != names:
            fail("%s holds %s, the index lists %s" % (file, sorted(tensors), sorted(names)))
        weights.update(tensors)
        total += data_bytes
    if index["metadata"]["total_size"] != total:
        fail("total_size %d, the shards hold %d bytes" % (index["metadata"]["total_size"], total))
    return weights


def main(argv):
    if len(argv) < 4:
        fail(__doc__)
    folder, out_path, ids = argv[1], argv[2], [int(a) for a in argv[3:]]
    with open(os.path.join(folder, "config.json")) as f:
        cfg = json.load(f)
    if cfg.get("model_type") != "llama" or cfg.get("architectures") != ["LlamaForCausalLM"]:
        fail("config.json is not a LlamaForCausalLM config")
    cfg.setdefault("attention_bias", False)
    cfg.setdefault("mlp_bias", False)
    cfg.setdefault("tie_word_embeddings", False)
    weights = read_weights(folder)

    expected = llama_reference.random_weights(cfg, torch.Generator().manual_seed(0))
    if set(weights) != set(expected):
        fail("tensor names differ from HF's: extra %s, missing %s"
             % (sorted(set(weights) - set(expected)), sorted(set(expected) - set(weights))))
    for name, tensor in expected.items():
        if list(weights[name].shape) != list(tensor.shape):
            fail("%s has shape %s, HF's is %s" % (name, list(weights[name].shape), list(tensor.shape)))

    with open(os.path.join(folder, "generation_config.json")) as f:
        generation = json.load(f)
    for key in ("bos_token_id", "eos_token_id"):
        if cfg.get(key) is not None and generation.get(key) != cfg[key]:
            fail("generation_config.json %s %r, config.json %r" % (key, generation.get(key), cfg[key]))

    w = {name: t.to(torch.float64) for name, t in weights.items()}
    logits = llama_reference.forward(cfg, w, torch.tensor([ids]))[0]
    with open(out_path, "wb") as f:
        f.write(logits.to(torch.float32).numpy().astype("<f4").tobytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
