import numpy as np

d, tokens, qk_norm2, m, feature_map, seed = {{d}}, {{tokens}}, {{qkNorm2}}, {{m}}, {{featureMap}}, {{seed}}
rng = np.random.default_rng(seed)

# Requêtes et clés gaussiennes, dont le carré de la norme vaut qk_norm2 en moyenne.
q = rng.normal(0, np.sqrt(qk_norm2 / d), (tokens, d))
k = rng.normal(0, np.sqrt(qk_norm2 / d), (tokens, d))

def features(x, w, b):
    if feature_map == "positive":   # exp(Wx - |x|^2/2) / sqrt(m) : positives, estiment exp(q.k) sans biais
        return np.exp(x @ w.T - np.sum(x**2, axis=1, keepdims=True) / 2) / np.sqrt(len(w))
    if feature_map == "cosine":     # caractéristiques de Fourier aléatoires : sans biais, mais parfois négatives
        return np.sqrt(2 / len(w)) * np.exp(np.sum(x**2, axis=1, keepdims=True) / 2) * np.cos(x @ w.T + b)
    return np.where(x > 0, x + 1, np.exp(x))  # elu + 1, déterministe, m = d

w = rng.standard_normal((m, d))
b = rng.uniform(0, 2 * np.pi, m)
exact = np.exp(q @ k.T)
estimated = features(q, w, b) @ features(k, w, b).T
print("erreur sur le noyau |K_est - K|_F / |K|_F =", np.linalg.norm(estimated - exact) / np.linalg.norm(exact))
