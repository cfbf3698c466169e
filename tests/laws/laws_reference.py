#!/usr/bin/python3
"""Independent reference for the mixture-ratio scaling laws (METHODS §6), written from the papers'
definitions with numpy only:

  D-CPT (Que et al. 2024): L(N, D, r) = E + A / N**alpha + B * r**eta / D**beta + C / (r + eps)**gamma,
      domain loss with r = domain share, general loss with r = 1 - domain share; without A/alpha
      (one model size) the N term is folded into E.
  CMR (Gu et al. 2024): L(R) = a * R**s + b, R = domain share.
  Huber loss: mean over points of huber_delta(log predicted - log observed).
  R^2 = 1 - sum (y - yhat)^2 / sum (y - mean y)^2 on the losses.

Reads one JSON object on stdin: {"law": "dcpt"|"cmr", "loss": "domain"|"general", "delta": d,
"params": {...}, "points": [[share, tokens, params, observed], ...]} and prints
{"predictions": [...], "huber_loss": h, "r2": r2}.
"""
import json
import sys

import numpy as np


def predict(law, loss, p, share, tokens, size):
    share = np.asarray(share, dtype=np.float64)
    if law == "cmr":
        return p["a"] * np.power(share, p["s"]) + p["b"]
    r = share if loss == "domain" else 1.0 - share
    value = p["E"] + p["B"] * np.power(r, p["eta"]) / np.power(tokens, p["beta"]) + p["C"] / np.power(r + p["eps"], p["gamma"])
    if "A" in p:
        value = value + p["A"] / np.power(size, p["alpha"])
    return value


def huber(x, delta):
    a = np.abs(x)
    return np.where(a <= delta, 0.5 * x * x, delta * (a - 0.5 * delta))


def main():
    request = json.load(sys.stdin)
    points = np.asarray(request["points"], dtype=np.float64)
    share, tokens, size, observed = points[:, 0], points[:, 1], points[:, 2], points[:, 3]
    predicted = predict(request["law"], request["loss"], request["params"], share, tokens, size)
    h = float(np.mean(huber(np.log(predicted) - np.log(observed), request["delta"])))
    total = float(np.sum((observed - observed.mean()) ** 2))
    r2 = 1.0 - float(np.sum((observed - predicted) ** 2)) / total
    json.dump({"predictions": predicted.tolist(), "huber_loss": h, "r2": r2}, sys.stdout)


if __name__ == "__main__":
    main()
