import numpy as np

n, k, target, flip, steps, dt, beta = {{neurons}}, {{patternCount}}, {{target}}, {{flipFraction}}, {{steps}}, {{timeStep}}, {{gain}}
seed = {{seed}}  # patterns = {{patterns}} dans le laboratoire ; ce script tire ses motifs au hasard
rng = np.random.default_rng(seed)
f = lambda z: np.tanh(beta * z)

xi = rng.choice([-1.0, 1.0], (k, n))
cue = xi[target].copy()
cue[rng.choice(n, round(flip * n), replace=False)] *= -1

def coupling(psi_p):                    # somme_kl T_ijkl psi(p_kl), avec T = N^-3 somme_mu xi xi xi xi
    a = np.einsum("mi,ij,mj->m", xi, psi_p, xi)
    return np.einsum("m,mi,mj->ij", a, xi, xi) / n**3

x = cue.copy()
clip = lambda z: np.clip(z, -1 + 1e-6, 1 - 1e-6)
p = np.arctanh(clip(-np.outer(f(x), f(x)))) / beta
s = np.arctanh(clip(-coupling(f(p)))) / beta
for _ in range(steps):                  # schéma d’Euler explicite pour neurones, synapses et prolongements astrocytaires
    dx = -x + f(s) @ f(x)
    ds = -s + np.outer(f(x), f(x)) + f(p)
    dp = -p + coupling(f(p)) + f(s)
    x, s, p = x + dt * dx, s + dt * ds, p + dt * dp
final = np.where(x >= 0, 1, -1)
print("bits erronés :", int(np.sum(final != xi[target])), "sur", n)
