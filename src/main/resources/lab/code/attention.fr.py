import re
import zlib
import numpy as np

text = {{text}}
d, qk_norm2, shared_projection, seed = {{d}}, {{qkNorm2}}, {{sharedProjection}}, {{seed}}
rng = np.random.default_rng(seed)

# Chaque mot devient un vecteur de norme 1 : la somme de vecteurs aléatoires attachés
# à ses trigrammes de caractères et au mot entier.
tokens = re.findall(r"\w+", text.lower())
def embed(word, dim=64):
    grams = [f"<{word}>"[i:i + 3] for i in range(len(word))] + [word]
    x = sum(np.random.default_rng([seed, zlib.crc32(g.encode())]).standard_normal(dim) for g in grams)
    return x / np.linalg.norm(x)
x = np.array([embed(w) for w in tokens])

# Projections remises à l’échelle pour que |q|^2 et |k|^2 valent qk_norm2 en moyenne.
w_q = rng.standard_normal((d, x.shape[1]))
w_k = w_q if shared_projection else rng.standard_normal((d, x.shape[1]))
q, k = x @ w_q.T, x @ w_k.T
q *= np.sqrt(qk_norm2 / np.mean(np.sum(q**2, axis=1)))
k *= np.sqrt(qk_norm2 / np.mean(np.sum(k**2, axis=1)))

scores = q @ k.T
z = np.exp(scores).sum(axis=1)          # facteur de normalisation Z(q_t) du softmax
weights = np.exp(scores) / z[:, None]    # matrice d’attention, une ligne par requête
print(tokens)
print(np.round(weights, 3))
print("Z :", np.round(z, 3))
