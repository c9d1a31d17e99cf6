import numpy as np

d, qk_norm2, pair_counts, ms, repeats, seed = {{d}}, {{qkNorm2}}, {{pairCounts}}, {{ms}}, {{repeats}}, {{seed}}
rng = np.random.default_rng(seed)

def accuracy(n, m):
    recalled = 0
    for _ in range(repeats):
        keys = rng.normal(0, np.sqrt(qk_norm2 / d), (n, d))
        values = rng.standard_normal((n, d))
        w = rng.standard_normal((m, d))
        phi = np.exp(keys @ w.T - np.sum(keys**2, axis=1, keepdims=True) / 2) / np.sqrt(m)
        h, p = values.T @ phi, phi.sum(axis=0)           # écriture de toutes les paires
        outputs = (phi @ h.T) / (phi @ p)[:, None]         # relecture de chaque clé
        cosine = outputs @ values.T / np.linalg.norm(outputs, axis=1)[:, None] / np.linalg.norm(values, axis=1)
        recalled += np.sum(np.argmax(cosine, axis=1) == np.arange(n))
    return recalled / (n * repeats)

for m in ms:
    print(f"m = {m} :", [round(float(accuracy(n, m)), 2) for n in pair_counts])
