import numpy as np

tau_n, t_p, tau_w, tau_p, tau_a = {{tauNeuronMs}}, {{presentationMs}}, {{tauWeightS}}, {{tauProcessS}}, {{tauAstrocyteS}}
pre_schedule, post_schedule = {{preSchedule}}, {{postSchedule}}
duration, dt = {{durationMs}}, 1.0  # en ms ; rien d’aléatoire ici, les nombres concordent donc de près

def on(schedule, t):
    bounds = schedule + ([duration] if len(schedule) % 2 else [])
    return any(start <= t < end for start, end in zip(bounds[::2], bounds[1::2]))

r_pre = r_post = w = p = c = 0.0
for step in range(int(duration / dt)):
    t = step * dt
    r_pre += dt / tau_n * (-r_pre + on(pre_schedule, t))
    r_post += dt / tau_n * (-r_post + on(post_schedule, t))
    w += dt * (r_pre * r_post / t_p - w / (tau_w * 1000))   # poids hebbien
    p += dt * (r_pre / t_p - p / (tau_p * 1000))            # signal calcique du prolongement
    c += dt / (tau_a * 1000) * (-c + p * r_pre)             # signal calcique de l’astrocyte
print(f"après {duration} ms : w = {w:.3f}, p = {p:.3f}, c = {c:.3f} (u.a.)")
