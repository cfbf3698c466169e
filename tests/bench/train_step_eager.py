#!/usr/bin/python3
"""Plain PyTorch eager training steps of a Llama model: the baseline of bench_train_step.

Written from Hugging Face's LlamaForCausalLM (modeling_llama.py, eager attention): RMSNorm, rotary
embeddings (rotate_half), grouped-query attention with repeat_kv, softmax in float32, SwiGLU MLP,
untied lm_head. The optimizer is what AdaptLab's trainer runs: AdamW with weight decay on the
matrices only, gradients clipped to norm 1.0. Runs with Debian's python3-torch (the same LibTorch
and OpenBLAS as the C++ side; bench_train_step sets OPENBLAS_CORETYPE for both).

Prints one JSON line: tokens/s (from the median step time), the step times, the first loss and the
OpenBLAS core this process runs.
"""
import argparse
import ctypes
import json
import math
import statistics
import time

import torch
import torch.nn.functional as F
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, size, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        x = x.float()
        variance = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(variance + self.eps)).to(dtype)


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def repeat_kv(x, groups):
    if groups == 1:
        return x
    b, h, t, d = x.shape
    return x[:, :, None, :, :].expand(b, h, groups, t, d).reshape(b, h * groups, t, d)


class Attention(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.heads, self.kv_heads = a.heads, a.kv_heads
        self.head_dim = a.d_model // a.heads
        self.q_proj = nn.Linear(a.d_model, a.heads * self.head_dim, bias=False)
        self.k_proj = nn.Linear(a.d_model, a.kv_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(a.d_model, a.kv_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(a.heads * self.head_dim, a.d_model, bias=False)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        q = self.q_proj(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = repeat_kv(k, self.heads // self.kv_heads)
        v = repeat_kv(v, self.heads // self.kv_heads)
        scores = torch.matmul(q, k.transpose(2, 3)) / math.sqrt(self.head_dim) + mask
        probs = F.softmax(scores, dim=-1, dtype=torch.float32).to(q.dtype)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(b, t, -1)
        return self.o_proj(out)


class Mlp(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.gate_proj = nn.Linear(a.d_model, a.ffn, bias=False)
        self.up_proj = nn.Linear(a.d_model, a.ffn, bias=False)
        self.down_proj = nn.Linear(a.ffn, a.d_model, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Layer(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.input_layernorm = RMSNorm(a.d_model, a.eps)
        self.self_attn = Attention(a)
        self.post_attention_layernorm = RMSNorm(a.d_model, a.eps)
        self.mlp = Mlp(a)

    def forward(self, x, cos, sin, mask):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, mask)
        return x + self.mlp(self.post_attention_layernorm(x))


class Llama(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.embed_tokens = nn.Embedding(a.vocab, a.d_model)
        self.layers = nn.ModuleList(Layer(a) for _ in range(a.layers))
        self.norm = RMSNorm(a.d_model, a.eps)
        self.lm_head = nn.Linear(a.d_model, a.vocab, bias=False)
        head_dim = a.d_model // a.heads
        inv_freq = 1.0 / (a.rope_theta ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim))
        freqs = torch.outer(torch.arange(a.seq, dtype=torch.float32), inv_freq)
        emb = torch.cat((freqs, freqs), dim=-1)
        self.register_buffer("cos", emb.cos()[None, None], persistent=False)
        self.register_buffer("sin", emb.sin()[None, None], persistent=False)
        mask = torch.full((a.seq, a.seq), torch.finfo(torch.float32).min).triu(1)
        self.register_buffer("mask", mask[None, None], persistent=False)
        # HF's _init_weights: normal(0, initializer_range=0.02) for linear and embedding weights.
        for module in self.modules():
            if isinstance(module, (nn.Linear, nn.Embedding)):
                nn.init.normal_(module.weight, std=0.02)

    def forward(self, ids):
        t = ids.shape[1]
        x = self.embed_tokens(ids)
        cos, sin, mask = self.cos[:, :, :t], self.sin[:, :, :t], self.mask[:, :, :t, :t]
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        return self.lm_head(self.norm(x))


def openblas_core():
    """The core of the OpenBLAS this process loaded (via torch), found in its memory map."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "openblas" in line or "libblas.so" in line}
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)  # already loaded: the same handle
            lib.openblas_get_corename.restype = ctypes.c_char_p
            return lib.openblas_get_corename().decode()
        except (OSError, AttributeError):
            continue
    return ""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=6)
    p.add_argument("--d-model", type=int, default=384)
    p.add_argument("--heads", type=int, default=6)
    p.add_argument("--kv-heads", type=int, default=2)
    p.add_argument("--ffn", type=int, default=1024)
    p.add_argument("--vocab", type=int, default=8192)
    p.add_argument("--seq", type=int, default=256)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--eps", type=float, default=1e-5)
    p.add_argument("--rope-theta", type=float, default=10000.0)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--weight-decay", type=float, default=0.1)
    p.add_argument("--clip", type=float, default=1.0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--steps", type=int, default=6)
    p.add_argument("--seed", type=int, default=1234)
    a = p.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    model = Llama(a)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": a.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}],
                            lr=a.lr, betas=(0.9, 0.95), eps=1e-8)
    # Fixed random tokens: the speed does not depend on what they say.
    data = torch.randint(0, a.vocab, (a.warmup + a.steps, a.batch, a.seq + 1), dtype=torch.int64)

    times, cpu_times, losses = [], [], []
    for step in range(a.warmup + a.steps):
        ids, targets = data[step, :, :-1], data[step, :, 1:]
        start, cpu_start = time.perf_counter(), time.process_time()
        logits = model(ids)
        loss = F.cross_entropy(logits.view(-1, a.vocab), targets.reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), a.clip)
        opt.step()
        opt.zero_grad(set_to_none=True)
        elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu_start
        losses.append(loss.item())
        if step >= a.warmup:
            times.append(elapsed)
            cpu_times.append(cpu_elapsed)
    median = statistics.median(times)
    print(json.dumps({
        "tokens_per_second": a.batch * a.seq / median,
        # Per second of this process's CPU time (all its threads): on a busy machine, with one thread,
        # the figure the other processes disturb least.
        "tokens_per_cpu_second": a.batch * a.seq / statistics.median(cpu_times),
        "step_seconds": times,
        "step_cpu_seconds": cpu_times,
        "first_loss": losses[0],
        "last_loss": losses[-1],
        "threads": torch.get_num_threads(),
        "blas_core": openblas_core(),
        "torch_version": torch.__version__,
    }))


if __name__ == "__main__":
    main()
