import numpy as np

d, max_tokens, m, qk_norm2, token_kind, c0, seed = {{d}}, {{maxTokens}}, {{m}}, {{qkNorm2}}, {{tokenKind}}, {{c0}}, {{seed}}
rng = np.random.default_rng(seed)

keys = rng.normal(0, np.sqrt(qk_norm2 / d), (max_tokens, d))
values = rng.standard_normal((max_tokens, d))
if token_kind == "similar":             # un jeton de base et de petites variations autour de lui
    keys = keys[0] + 0.1 * rng.normal(0, np.sqrt(qk_norm2 / d), (max_tokens, d))
    values = values[0] + 0.1 * rng.standard_normal((max_tokens, d))
w = rng.standard_normal((m, d))
phi = lambda x: np.exp(x @ w.T - np.sum(x**2, axis=-1, keepdims=True) / 2) / np.sqrt(m)

n = 1
while n <= max_tokens:
    f_keys = phi(keys[:n])
    h, p = values[:n].T @ f_keys, f_keys.sum(axis=0)    # synapses H et signal calcique p des prolongements
    f_probe = phi(keys[:min(n, 8)])
    with_astrocyte = (f_probe @ h.T) / (f_probe @ p)[:, None]
    blocked = (f_probe @ h.T) / c0
    rms = lambda y: np.sqrt(np.mean(np.sum(y**2, axis=1)))
    print(n, "avec astrocyte :", rms(with_astrocyte), "astrocyte bloqué :", rms(blocked))
    n *= 2
