import re
import zlib
import numpy as np

text = {{text}}
d, qk_norm2, shared_projection, seed = {{d}}, {{qkNorm2}}, {{sharedProjection}}, {{seed}}
rng = np.random.default_rng(seed)

# Words, each embedded as the unit-norm sum of random vectors of its character 3-grams.
tokens = re.findall(r"\w+", text.lower())
def embed(word, dim=64):
    grams = [f"<{word}>"[i:i + 3] for i in range(len(word))] + [word]
    x = sum(np.random.default_rng([seed, zlib.crc32(g.encode())]).standard_normal(dim) for g in grams)
    return x / np.linalg.norm(x)
x = np.array([embed(w) for w in tokens])

# Projections scaled so that the mean of |q|^2 and of |k|^2 is qk_norm2.
w_q = rng.standard_normal((d, x.shape[1]))
w_k = w_q if shared_projection else rng.standard_normal((d, x.shape[1]))
q, k = x @ w_q.T, x @ w_k.T
q *= np.sqrt(qk_norm2 / np.mean(np.sum(q**2, axis=1)))
k *= np.sqrt(qk_norm2 / np.mean(np.sum(k**2, axis=1)))

scores = q @ k.T
z = np.exp(scores).sum(axis=1)          # softmax normaliser Z(q_t)
weights = np.exp(scores) / z[:, None]    # attention matrix, one row per query
print(tokens)
print(np.round(weights, 3))
print("Z:", np.round(z, 3))
