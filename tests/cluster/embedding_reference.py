#!/usr/bin/python3
"""Independent reference for document embeddings (tst_embedding_reference): the mean over a
document's first MAX_TOKENS positions of the last hidden state of Hugging Face's LlamaModel (after
the final norm), each document run alone (no padding at all), in float64 by llama_reference.py's
forward pass written from modeling_llama.py. Debian's python3-torch only.

It writes OUT/embedding/: config.json and model.safetensors (a Hugging Face folder, float32 weights)
and reference.json with "documents" (token ids of different lengths, some longer than max_tokens),
"max_tokens" and "embeddings" (one row of hidden_size per document).

usage: embedding_reference.py OUT_DIR
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model"))
import llama_reference as ref  # noqa: E402

LENGTHS = [3, 9, 14, 1, 20, 7]
MAX_TOKENS = 12


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cfg = dict(ref.BASE)
    cfg.update({"num_attention_heads": 4, "num_key_value_heads": 2})
    gen = torch.Generator().manual_seed(4242)
    stored = {k: v.to(torch.float32) for k, v in ref.random_weights(cfg, gen).items()}
    w = {k: v.to(torch.float64) for k, v in stored.items()}
    documents, embeddings = [], []
    for length in LENGTHS:
        ids = torch.randint(0, cfg["vocab_size"], (1, length), generator=gen)
        documents.append(ids[0].tolist())
        used = ids[:, :MAX_TOKENS]
        h = ref.forward(cfg, w, used, hidden=True)  # (1, T, C)
        embeddings.append(h[0].mean(0).tolist())

    folder = os.path.join(sys.argv[1], "embedding")
    os.makedirs(folder, exist_ok=True)
    config = dict(cfg)
    config.update({"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_act": "silu",
                   "torch_dtype": "float32"})
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    ref.write_safetensors(os.path.join(folder, "model.safetensors"), stored)
    with open(os.path.join(folder, "reference.json"), "w") as f:
        json.dump({"documents": documents, "max_tokens": MAX_TOKENS, "embeddings": embeddings}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
