#!/usr/bin/python3
"""Independent reference for LoRA adapters in the PEFT layout (tst_lora).

Written from PEFT's definition of a LoRA layer (peft/tuners/lora/layer.py, Linear.forward:
result = base_layer(x) + lora_B(lora_A(dropout(x))) * scaling, scaling = lora_alpha / r) and its
file layout (adapter_config.json + adapter_model.safetensors, tensors named
base_model.model.<module path>.lora_A.weight / .lora_B.weight), not from the C++ code. The base model
is llama_reference.py's forward pass in float64; each adapted projection adds
(lora_alpha / r) * B (A x). The adapter is read by name as PEFT's set_peft_model_state_dict does:
every target module of every layer must have both tensors with the shapes r x in and out x r, and
no other tensor may be in the file. adapter_config.json's keys must all be fields of PEFT's
LoraConfig, so that LoraConfig(**config) accepts it.

usage: lora_reference.py BASE_DIR ADAPTER_DIR IDS_JSON OUT_LOGITS_F32
  IDS_JSON: {"input_ids": [[...], ...]}; OUT_LOGITS_F32: (B, T, V) float32 little-endian.
"""
import json
import os
import struct
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import llama_reference  # noqa: E402

# PeftConfig's and LoraConfig's dataclass fields (PEFT 0.10-0.13).
PEFT_LORA_FIELDS = {
    "peft_type", "task_type", "base_model_name_or_path", "revision", "inference_mode", "auto_mapping",
    "r", "target_modules", "lora_alpha", "lora_dropout", "fan_in_fan_out", "bias", "use_rslora",
    "modules_to_save", "init_lora_weights", "layers_to_transform", "layers_pattern", "rank_pattern",
    "alpha_pattern", "megatron_config", "megatron_core", "loftq_config", "use_dora", "layer_replication",
}
MODULES = {"q_proj": "self_attn", "k_proj": "self_attn", "v_proj": "self_attn", "o_proj": "self_attn",
           "gate_proj": "mlp", "up_proj": "mlp", "down_proj": "mlp"}
DTYPES = {"F32": ("<f4", torch.float32), "F16": ("<f2", torch.float16)}


def read_safetensors(path):
    """The format spec: u64 LE header size N, N bytes of JSON, then the data region."""
    import numpy
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        raw = data[8 + n + begin:8 + n + end]
        if info["dtype"] == "BF16":
            words = numpy.frombuffer(raw, dtype="<u2").astype(numpy.uint32) << 16
            t = torch.from_numpy(words.view(numpy.float32).copy())
        else:
            fmt, _ = DTYPES[info["dtype"]]
            t = torch.from_numpy(numpy.frombuffer(raw, dtype=fmt).astype(numpy.float64))
        tensors[name] = t.to(torch.float64).reshape(info["shape"])
    return tensors


def main():
    base_dir, adapter_dir, ids_path, out_path = sys.argv[1:5]
    with open(os.path.join(base_dir, "config.json")) as f:
        cfg = dict(llama_reference.BASE)
        cfg.update(json.load(f))
    w = read_safetensors(os.path.join(base_dir, "model.safetensors"))
    with open(os.path.join(adapter_dir, "adapter_config.json")) as f:
        config = json.load(f)
    unknown = set(config) - PEFT_LORA_FIELDS
    if unknown:
        sys.exit("adapter_config.json: keys PEFT's LoraConfig does not have: %s" % sorted(unknown))
    if config["peft_type"] != "LORA" or config["task_type"] != "CAUSAL_LM" or config["bias"] != "none":
        sys.exit("adapter_config.json: not a plain causal-LM LoRA adapter: %s" % config)
    if config.get("use_rslora") or config.get("use_dora") or config.get("fan_in_fan_out"):
        sys.exit("adapter_config.json: rsLoRA/DoRA/fan_in_fan_out set")
    r, alpha = config["r"], config["lora_alpha"]
    scaling = alpha / r
    targets = config["target_modules"]
    adapter = read_safetensors(os.path.join(adapter_dir, "adapter_model.safetensors"))

    expected = set()
    for i in range(cfg["num_hidden_layers"]):
        for module in targets:
            if module not in MODULES:
                sys.exit("target_modules: unknown module %r" % module)
            path = "base_model.model.model.layers.%d.%s.%s" % (i, MODULES[module], module)
            base = w["model.layers.%d.%s.%s.weight" % (i, MODULES[module], module)]
            out_features, in_features = base.shape
            a, b = adapter.get(path + ".lora_A.weight"), adapter.get(path + ".lora_B.weight")
            if a is None or b is None:
                sys.exit("%s: lora_A/lora_B missing" % path)
            if tuple(a.shape) != (r, in_features) or tuple(b.shape) != (out_features, r):
                sys.exit("%s: shapes %s, %s; expected %s, %s" % (path, tuple(a.shape), tuple(b.shape),
                                                                  (r, in_features), (out_features, r)))
            expected.update({path + ".lora_A.weight", path + ".lora_B.weight"})
    if set(adapter) != expected:
        sys.exit("adapter_model.safetensors: unexpected tensors %s" % sorted(set(adapter) - expected))

    def lora(x, name):
        key = "base_model.model." + name
        if key + ".lora_A.weight" not in adapter:
            return 0
        return F.linear(F.linear(x, adapter[key + ".lora_A.weight"]), adapter[key + ".lora_B.weight"]) * scaling

    with open(ids_path) as f:
        ids = torch.tensor(json.load(f)["input_ids"], dtype=torch.int64)
    logits = llama_reference.forward(cfg, w, ids, extra=lora)
    with open(out_path, "wb") as f:
        f.write(logits.to(torch.float32).numpy().astype("<f4").tobytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
