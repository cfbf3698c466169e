#!/usr/bin/python3
"""Independent reference for the C++ Llama model (tst_llama_reference, tst_cli_model).

Written from Hugging Face transformers' modeling_llama.py (LlamaForCausalLM: LlamaRMSNorm,
LlamaRotaryEmbedding with _compute_default_rope_parameters / _compute_llama3_parameters,
rotate_half, apply_rotary_pos_emb, repeat_kv, eager attention, LlamaMLP), not from the C++ code,
using only Debian's python3-torch. The forward pass runs in float64 from the stored weights (bf16
ones upcast exactly), so the expected logits carry no float32 rounding of their own.

For every case it writes OUT/<case>/:
  config.json, model.safetensors   a Hugging Face folder (safetensors written here from the format
                                   spec: u64 LE header size, JSON header, data)
  reference.json                   input_ids (B, T), targets and loss_mask (B, T), the masked mean
                                   cross-entropy "loss", and "logits_shape"
  logits.f32                       the expected logits (B, T, V), float32 little-endian

usage: llama_reference.py OUT_DIR [--case NAME]...
"""
import argparse
import json
import math
import os
import struct
import sys

import torch
import torch.nn.functional as F

# name -> (config overrides, batch, length, storage dtype)
BASE = {
    "vocab_size": 96,
    "hidden_size": 64,
    "intermediate_size": 160,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 4,
    "max_position_embeddings": 128,
    "rms_norm_eps": 1e-6,
    "rope_theta": 10000.0,
    "tie_word_embeddings": False,
    "attention_bias": False,
    "mlp_bias": False,
    "bos_token_id": 1,
    "eos_token_id": 2,
}
CASES = {
    "f32": ({}, 2, 12, torch.float32),
    "bf16": ({"torch_dtype": "bfloat16"}, 2, 12, torch.bfloat16),
    "tied": ({"tie_word_embeddings": True}, 2, 10, torch.float32),
    "gqa": ({"num_attention_heads": 8, "num_key_value_heads": 2, "num_hidden_layers": 3}, 2, 11, torch.float32),
    "bias": ({"attention_bias": True, "mlp_bias": True, "rms_norm_eps": 1e-5}, 1, 9, torch.float32),
    # head_dim given and H * D != C (as in some recent Llama-layout models)
    "head_dim": ({"hidden_size": 48, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16}, 2, 8,
                 torch.float32),
    # Llama 3 frequency scaling: with D = 16, theta 500000 and an original context of 64, the
    # wavelengths fall in all three bands (kept, interpolated, divided by the factor), and positions
    # run up to 47.
    "llama3": ({"hidden_size": 64, "num_attention_heads": 4, "num_key_value_heads": 2, "rope_theta": 500000.0,
                "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                 "high_freq_factor": 4.0, "original_max_position_embeddings": 64},
                "eos_token_id": [2, 3]}, 1, 48, torch.float32),
    # For the CLI test: the vocabulary of tests/fixtures/tokenizers/smollm (559 ids, padded to 576 as
    # published models pad theirs), tied like SmolLM2, <|endoftext|> (556) as BOS and EOS.
    "cli": ({"vocab_size": 576, "tie_word_embeddings": True, "bos_token_id": 556, "eos_token_id": 556,
             "num_attention_heads": 4, "num_key_value_heads": 2}, 1, 16, torch.float32),
}


def head_dim(cfg):
    return cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]


# --- weights -----------------------------------------------------------------------------------

def random_weights(cfg, gen):
    """HF names and shapes. Scaled so that activations stay O(1) and attention is far from uniform
    (HF's 0.02 init would make every logit nearly equal and the comparison weak)."""
    C, V, I = cfg["hidden_size"], cfg["vocab_size"], cfg["intermediate_size"]
    H, K, D = cfg["num_attention_heads"], cfg["num_key_value_heads"], head_dim(cfg)
    w = {}

    def matrix(name, out, inp, bias):
        w[name + ".weight"] = torch.randn(out, inp, generator=gen, dtype=torch.float64) / math.sqrt(inp)
        if bias:
            w[name + ".bias"] = 0.1 * torch.randn(out, generator=gen, dtype=torch.float64)

    def norm(name):
        w[name] = 1.0 + 0.2 * torch.randn(C, generator=gen, dtype=torch.float64)

    w["model.embed_tokens.weight"] = torch.randn(V, C, generator=gen, dtype=torch.float64)
    for i in range(cfg["num_hidden_layers"]):
        p = "model.layers.%d." % i
        matrix(p + "self_attn.q_proj", H * D, C, cfg["attention_bias"])
        matrix(p + "self_attn.k_proj", K * D, C, cfg["attention_bias"])
        matrix(p + "self_attn.v_proj", K * D, C, cfg["attention_bias"])
        matrix(p + "self_attn.o_proj", C, H * D, cfg["attention_bias"])
        matrix(p + "mlp.gate_proj", I, C, cfg["mlp_bias"])
        matrix(p + "mlp.up_proj", I, C, cfg["mlp_bias"])
        matrix(p + "mlp.down_proj", C, I, cfg["mlp_bias"])
        norm(p + "input_layernorm.weight")
        norm(p + "post_attention_layernorm.weight")
    norm("model.norm.weight")
    if not cfg["tie_word_embeddings"]:
        w["lm_head.weight"] = torch.randn(V, C, generator=gen, dtype=torch.float64) / math.sqrt(C)
    return w


SAFETENSORS_DTYPE = {torch.float32: "F32", torch.bfloat16: "BF16", torch.float16: "F16"}


def tensor_bytes(t):
    t = t.contiguous()
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: the same 2 bytes as int16
        return t.view(torch.int16).numpy().astype("<i2").tobytes()
    if t.dtype == torch.float16:
        return t.numpy().astype("<f2").tobytes()
    return t.numpy().astype("<f4").tobytes()


def write_safetensors(path, tensors):
    """The format spec: 8 bytes little-endian header size N, N bytes of JSON (padded with spaces
    to a multiple of 8), then each tensor's bytes at its data_offsets."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        data = tensor_bytes(tensors[name])
        header[name] = {"dtype": SAFETENSORS_DTYPE[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


# --- the forward pass (modeling_llama.py) ------------------------------------------------------

def rms_norm(x, weight, eps):
    variance = x.pow(2).mean(-1, keepdim=True)
    return weight * (x * torch.rsqrt(variance + eps))


def inv_freq_of(cfg):
    D = head_dim(cfg)
    inv_freq = 1.0 / (cfg["rope_theta"] ** (torch.arange(0, D, 2, dtype=torch.int64).to(torch.float64) / D))
    scaling = cfg.get("rope_scaling")
    if not scaling or scaling.get("rope_type", scaling.get("type")) != "llama3":
        return inv_freq
    # _compute_llama3_parameters
    factor = scaling["factor"]
    low_freq_factor = scaling["low_freq_factor"]
    high_freq_factor = scaling["high_freq_factor"]
    old_context_len = scaling["original_max_position_embeddings"]
    low_freq_wavelen = old_context_len / low_freq_factor
    high_freq_wavelen = old_context_len / high_freq_factor
    wavelen = 2 * math.pi / inv_freq
    inv_freq_llama = torch.where(wavelen > low_freq_wavelen, inv_freq / factor, inv_freq)
    smooth_factor = (old_context_len / wavelen - low_freq_factor) / (high_freq_factor - low_freq_factor)
    smoothed_inv_freq = (1 - smooth_factor) * inv_freq_llama / factor + smooth_factor * inv_freq_llama
    is_medium_freq = ~(wavelen < high_freq_wavelen) * ~(wavelen > low_freq_wavelen)
    return torch.where(is_medium_freq, smoothed_inv_freq, inv_freq_llama)


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def repeat_kv(hidden, n_rep):
    batch, kv_heads, slen, dim = hidden.shape
    if n_rep == 1:
        return hidden
    hidden = hidden[:, :, None, :, :].expand(batch, kv_heads, n_rep, slen, dim)
    return hidden.reshape(batch, kv_heads * n_rep, slen, dim)


def forward(cfg, w, ids, extra=None, hidden=False):
    """EXTRA(x, name), when given, is added to the output of every projection NAME
    ("model.layers.0.self_attn.q_proj"): lora_reference.py's adapters. With HIDDEN the last hidden
    state (B, T, C) after the final norm comes back instead of the logits (embedding_reference.py)."""
    B, T = ids.shape
    H, K, D = cfg["num_attention_heads"], cfg["num_key_value_heads"], head_dim(cfg)
    eps = cfg["rms_norm_eps"]

    def lin(x, name):
        y = F.linear(x, w[name + ".weight"], w.get(name + ".bias"))
        return y if extra is None else y + extra(x, name)

    h = w["model.embed_tokens.weight"][ids]
    position_ids = torch.arange(T, dtype=torch.float64)[None, :]
    freqs = (inv_freq_of(cfg)[None, :, None] @ position_ids[:, None, :]).transpose(1, 2)
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos()[:, None], emb.sin()[:, None]  # (1, 1, T, D)
    mask = torch.full((T, T), float("-inf"), dtype=torch.float64).triu(1)
    for i in range(cfg["num_hidden_layers"]):
        p = "model.layers.%d." % i
        residual = h
        x = rms_norm(h, w[p + "input_layernorm.weight"], eps)
        q = lin(x, p + "self_attn.q_proj").view(B, T, H, D).transpose(1, 2)
        k = lin(x, p + "self_attn.k_proj").view(B, T, K, D).transpose(1, 2)
        v = lin(x, p + "self_attn.v_proj").view(B, T, K, D).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k, v = repeat_kv(k, H // K), repeat_kv(v, H // K)
        scores = torch.matmul(q, k.transpose(2, 3)) / math.sqrt(D) + mask
        attn = torch.matmul(F.softmax(scores, dim=-1), v).transpose(1, 2).reshape(B, T, H * D)
        h = residual + lin(attn, p + "self_attn.o_proj")
        residual = h
        x = rms_norm(h, w[p + "post_attention_layernorm.weight"], eps)
        h = residual + lin(F.silu(lin(x, p + "mlp.gate_proj")) * lin(x, p + "mlp.up_proj"), p + "mlp.down_proj")
    h = rms_norm(h, w["model.norm.weight"], eps)
    if hidden:
        return h
    head = w["model.embed_tokens.weight"] if cfg["tie_word_embeddings"] else w["lm_head.weight"]
    return F.linear(h, head)


def write_case(out_dir, name, seed):
    overrides, B, T, dtype = CASES[name]
    cfg = dict(BASE)
    cfg.update(overrides)
    gen = torch.Generator().manual_seed(seed)
    stored = {k: v.to(dtype) for k, v in random_weights(cfg, gen).items()}
    # The reference computes with exactly the stored values (bf16 upcast), in float64.
    w = {k: v.to(torch.float64) for k, v in stored.items()}
    ids = torch.randint(0, cfg["vocab_size"], (B, T), generator=gen)
    logits = forward(cfg, w, ids)
    # Next-token targets with some positions masked out (the last one has no next token).
    targets = torch.cat([ids[:, 1:], torch.zeros(B, 1, dtype=torch.int64)], dim=1)
    loss_mask = (torch.rand(B, T, generator=gen) > 0.25).to(torch.int64)
    loss_mask[:, -1] = 0
    loss_mask[0, 0] = 1
    losses = F.cross_entropy(logits.reshape(-1, cfg["vocab_size"]), targets.reshape(-1), reduction="none")
    loss = (losses * loss_mask.reshape(-1)).sum() / loss_mask.sum()

    folder = os.path.join(out_dir, name)
    os.makedirs(folder, exist_ok=True)
    config = dict(cfg)
    config.update({"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_act": "silu",
                   "torch_dtype": "bfloat16" if dtype == torch.bfloat16 else "float32"})
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    write_safetensors(os.path.join(folder, "model.safetensors"), stored)
    with open(os.path.join(folder, "logits.f32"), "wb") as f:
        f.write(logits.to(torch.float32).numpy().astype("<f4").tobytes())
    with open(os.path.join(folder, "reference.json"), "w") as f:
        json.dump({"input_ids": ids.tolist(), "targets": targets.tolist(), "loss_mask": loss_mask.tolist(),
                   "loss": loss.item(), "logits_shape": list(logits.shape)}, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="default: every case")
    args = parser.parse_args()
    for seed, name in enumerate(sorted(CASES)):
        if args.case is None or name in args.case:
            write_case(args.out_dir, name, 1000 + seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
