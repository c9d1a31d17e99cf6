import numpy as np

d, tokens, qk_norm2, ms, repeats, feature_map, seed = {{d}}, {{tokens}}, {{qkNorm2}}, {{ms}}, {{repeats}}, {{featureMap}}, {{seed}}
rng = np.random.default_rng(seed)
dv = 16

q = rng.normal(0, np.sqrt(qk_norm2 / d), (tokens, d))
k = rng.normal(0, np.sqrt(qk_norm2 / d), (tokens, d))
v = rng.standard_normal((tokens, dv))
kernel = np.exp(q @ k.T)
z = kernel.sum(axis=1)                  # facteur de normalisation exact du softmax
y = kernel @ v / z[:, None]             # sortie exacte de l’attention softmax

def features(x, w, b):
    if feature_map == "positive":
        return np.exp(x @ w.T - np.sum(x**2, axis=1, keepdims=True) / 2) / np.sqrt(len(w))
    return np.sqrt(2 / len(w)) * np.exp(np.sum(x**2, axis=1, keepdims=True) / 2) * np.cos(x @ w.T + b)

for m in ms:
    normaliser_errors, output_errors = [], []
    for _ in range(repeats):
        w, b = rng.standard_normal((m, d)), rng.uniform(0, 2 * np.pi, m)
        phi_q, phi_k = features(q, w, b), features(k, w, b)
        c = phi_q @ phi_k.sum(axis=0)        # signal calcique de l’astrocyte C(q) = p . phi(q)
        y_hat = phi_q @ (phi_k.T @ v) / c[:, None]
        normaliser_errors.append(np.linalg.norm(c - z) / np.linalg.norm(z))
        output_errors.append(np.linalg.norm(y_hat - y) / np.linalg.norm(y))
    print(m, np.mean(normaliser_errors), np.mean(output_errors))
