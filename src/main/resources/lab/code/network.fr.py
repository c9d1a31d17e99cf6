import re
import numpy as np

text, d, m, qk_norm2, queries = {{text}}, {{d}}, {{m}}, {{qkNorm2}}, {{queries}}
c0, blocked, seed = {{c0}}, {{astrocyteBlocked}}, {{seed}}
tau_h, tau_p, slot_s = {{tauSynapseS}}, {{tauProcessS}}, ({{presentationMs}} + {{gapMs}}) / 1000
rng = np.random.default_rng(seed)

# Forme algébrique du réseau, vers laquelle tend la simulation dynamique.
tokens = re.findall(r"\w+", text.lower())
vocabulary = {word: rng.normal(0, np.sqrt(qk_norm2 / d), d) for word in dict.fromkeys(tokens)}
keys = np.array([vocabulary[word] for word in tokens])   # q = k : projection partagée
values = rng.standard_normal((len(tokens), d))
w = rng.standard_normal((m, d))
phi = lambda x: np.exp(x @ w.T - np.sum(x**2, axis=-1, keepdims=True) / 2) / np.sqrt(m)

h, p = np.zeros((d, m)), np.zeros(m)
for key, value in zip(keys, values):                    # phase d’écriture : H hebbien et signal calcique p des prolongements
    h, p = h * np.exp(-slot_s / tau_h), p * np.exp(-slot_s / tau_p)
    h += np.outer(value, phi(key))
    p += phi(key)
for position in queries:                                # phase de lecture, une clé mémorisée servant de requête
    f = phi(keys[position - 1])
    c = c0 if blocked else p @ f                        # signal calcique de l’astrocyte C(q)
    scores = keys @ keys[position - 1]
    softmax = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum() @ values
    print(tokens[position - 1], "C =", c, "y =", np.round(h @ f / c, 3), "softmax =", np.round(softmax, 3))
