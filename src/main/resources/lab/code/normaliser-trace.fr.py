import numpy as np

tokens, vocab_size, d, m_low, m_high, feature_map, seed = {{tokens}}, {{vocabSize}}, {{d}}, {{mLow}}, {{mHigh}}, {{featureMap}}, {{seed}}
rng = np.random.default_rng(seed)

# Une suite de jetons tirés d’un petit vocabulaire, avec q = k et des plongements
# dont le carré de la norme vaut 2 en moyenne.
vocabulary = rng.normal(0, np.sqrt(2 / d), (vocab_size, d))
x = vocabulary[rng.integers(0, vocab_size, tokens)]
z = np.exp(x @ x.T).sum(axis=1)         # facteur de normalisation exact Z(q_t)

def features(x, w, b):
    if feature_map == "positive":
        return np.exp(x @ w.T - np.sum(x**2, axis=1, keepdims=True) / 2) / np.sqrt(len(w))
    return np.sqrt(2 / len(w)) * np.exp(np.sum(x**2, axis=1, keepdims=True) / 2) * np.cos(x @ w.T + b)

for m in (m_low, m_high):
    w, b = rng.standard_normal((m, d)), rng.uniform(0, 2 * np.pi, m)
    phi = features(x, w, b)
    c = phi @ phi.sum(axis=0)           # signal calcique de l’astrocyte C(q_t) = p . phi(q_t)
    print(f"m = {m} : |C - Z| / |Z| = {np.linalg.norm(c - z) / np.linalg.norm(z):.4f}")
