import numpy as np

coupling, quartic_n, pairwise_n, flip, trials, seed = {{coupling}}, {{quarticNeurons}}, {{pairwiseNeurons}}, {{flipFraction}}, {{trials}}, {{seed}}
rng = np.random.default_rng(seed)

def recalls(xi, cue, power):            # asynchronous sign updates of E = -sum_mu F(xi_mu . s)
    s = cue.copy()
    changed = True
    while changed:
        changed = False
        for i in range(len(s)):
            r = xi @ s - xi[:, i] * s[i]
            gain = np.sum((r + xi[:, i])**power - (r - xi[:, i])**power)
            new = np.sign(gain) if gain != 0 else s[i]
            changed |= new != s[i]
            s[i] = new
    return np.array_equal(s, xi[0])

def capacity(n, power):                 # largest K at which 90 % of the trials recall their first pattern
    best, k = 0, 1
    while True:
        hits = 0
        for _ in range(trials):
            xi = rng.choice([-1, 1], (k, n))
            cue = xi[0].copy()
            cue[rng.choice(n, round(flip * n), replace=False)] *= -1
            hits += recalls(xi, cue, power)
        if hits < 0.9 * trials:
            return best
        best, k = k, k + max(1, k // 4)

if coupling in ("both", "quartic"):
    print("quartic:", {n: capacity(n, 4) for n in quartic_n})
if coupling in ("both", "pairwise"):
    print("pairwise:", {n: capacity(n, 2) for n in pairwise_n})
