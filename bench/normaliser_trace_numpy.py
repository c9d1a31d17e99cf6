#!/usr/bin/env python3
"""NumPy reference timing of the normaliser-trace computation.

Computes, for a vocabulary sequence (T tokens over a small vocabulary, d = 64, q = k) and m
positive random features, the astrocyte normaliser C(q_t) = g^T phi(q_t) for every query,
streamed over blocks of BLOCK features in float64, exactly as the Java engine does: per block,
phi of the keys, g = sum over keys, then C for every query (the key features are reused as query
features because q = k). Log scales per token and block keep the exponentials in range.

Two timings are printed: the feature computation and the sums with W drawn beforehand (set-up
excluded), and the same including the drawing of W.

Usage: python3 bench/normaliser_trace_numpy.py [--tokens 196] [--d 64] [--m 100000] [--repeats 5]
"""
import argparse
import time

import numpy as np

BLOCK = 1024


def vocabulary_sequence(tokens, vocab_size, d, rng):
    embeddings = rng.standard_normal((vocab_size, d)) * np.sqrt(2.0 / d)
    words = rng.integers(0, vocab_size, size=tokens)
    return embeddings[words]


def normaliser(x, blocks):
    """Returns log C(q_t) for every token; x is T x d, blocks a list of m_b x d arrays."""
    half_norm2 = 0.5 * np.einsum("ij,ij->i", x, x)
    m = sum(w.shape[0] for w in blocks)
    block_logs = []
    for w in blocks:
        e = x @ w.T                                   # T x m_b projections
        scale = e.max(axis=1)                         # per-token log scale
        f = np.exp(e - scale[:, None])                # scaled features
        s = scale - half_norm2                        # log scale of phi (without m^-1/2)
        key_scale = s.max()
        g = (np.exp(s - key_scale)[:, None] * f).sum(axis=0)
        c = f @ g                                     # scaled C per query
        block_logs.append(np.log(c) + s + key_scale)
    block_logs = np.array(block_logs)
    top = block_logs.max(axis=0)
    return top + np.log(np.exp(block_logs - top).sum(axis=0)) - np.log(m)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=196)
    parser.add_argument("--vocab", type=int, default=40)
    parser.add_argument("--d", type=int, default=64)
    parser.add_argument("--m", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(1)
    x = vocabulary_sequence(args.tokens, args.vocab, args.d, rng)
    logits = x @ x.T
    top = logits.max(axis=1)
    log_z = top + np.log(np.exp(logits - top[:, None]).sum(axis=1))

    sizes = [min(BLOCK, args.m - start) for start in range(0, args.m, BLOCK)]
    without_draw = []
    with_draw = []
    error = 0.0
    for repeat in range(args.repeats):
        block_rng = np.random.default_rng(100 + repeat)
        start = time.perf_counter()
        blocks = [block_rng.standard_normal((size, args.d)) for size in sizes]
        drawn = time.perf_counter()
        log_c = normaliser(x, blocks)
        end = time.perf_counter()
        without_draw.append(end - drawn)
        with_draw.append(end - start)
        c, z = np.exp(log_c), np.exp(log_z)
        error = np.linalg.norm(c - z) / np.linalg.norm(z)
    print(f"numpy {np.__version__}, T={args.tokens}, d={args.d}, m={args.m}, block={BLOCK}")
    print(f"features and sums (W drawn before): best {min(without_draw):.3f} s,"
          f" median {np.median(without_draw):.3f} s")
    print(f"including the draw of W:            best {min(with_draw):.3f} s,"
          f" median {np.median(with_draw):.3f} s")
    print(f"normaliser error of the last repeat: {error:.4f}")


if __name__ == "__main__":
    main()
