# The NumPy peer of the Monte Carlo benchmark (issue 8): the same model as
# scenarios/bench/gemeenten.yaml on the synthetic 342-region data set, written as the vectorised
# NumPy script a strong analyst would write instead of using ruimtevraag. bench/compare-numpy.sh
# times it against ruimtevraag in one run; docs/performance.md says how to read the result.
#
# Vendored from the project's shared benchmark folder (shared/bench/numpy_twin.py beside the
# repository on the development machines), where it was written for issue 8, so that a fresh clone
# can reproduce the comparison. Only this header, the import guard and the docstring's reference to
# docs/method.md differ from that copy; the model and the timing are unchanged. The twin draws one
# compensation for all transformation events (the scenario gives each event its own), and computes
# less than ruimtevraag: no saldo, no region or national totals, no means, no per-year CSV.
#
# Needs NumPy (any 1.24 or later). Debian/Ubuntu: apt-get install -y python3-numpy (as root; run
# with /usr/bin/python3 if another python3 comes first on the PATH); elsewhere:
# python3 -m pip install numpy.
"""A vectorised NumPy implementation of docs/method.md as of issue 8: the performance peer to beat side by side
(the script a strong analyst would write instead of using ruimtevraag).

Synthetic municipal-scale work: R regions x 5 werkmilieus x 26 years (2025-2050) x N Monte Carlo draws,
P10/P50/P90 of vraag, realisable aanbod and extra hectares per region x werkmilieu x period (3 periods).
usage: python3 numpy_twin.py [REGIONS=342] [DRAWS=10000] [CHUNK=250]
"""
import sys, time
try:
    import numpy as np
except ImportError:
    sys.exit("numpy_twin.py needs NumPy: apt-get install -y python3-numpy (Debian/Ubuntu, as root) "
             "or python3 -m pip install numpy")

R = int(sys.argv[1]) if len(sys.argv) > 1 else 342
N = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
CH = int(sys.argv[3]) if len(sys.argv) > 3 else 250
W, K, T0, T1 = 5, 5, 2025, 2050
years = np.arange(T0 + 1, T1 + 1)            # demand years 2026..2050
Y = len(years)
period_end = [2030, 2040, 2050]
pidx = [np.where(years <= e)[0][-1] for e in period_end]

rng = np.random.default_rng(1)
E0 = rng.uniform(200, 3_000, (R, K))                     # jobs on estates by sector
m = rng.dirichlet(np.ones(W), K)                            # sector -> werkmilieu mix (K x W)
L0 = rng.uniform(5, 120, (R, W))                         # estate stock, netto ha
kappa = rng.uniform(0.7, 1.4, R); kappa *= L0.sum(1).sum() / (L0.sum(1) * kappa).sum()
A = rng.uniform(0, 40, (R, W)); H = rng.uniform(0, 80, (R, W)); Z = rng.uniform(0, 120, (R, W))
H_year = rng.integers(2026, 2036, (R, W)); Z_year = rng.integers(2030, 2045, (R, W))
beta = rng.uniform(0.2, 0.8, R); relief = rng.integers(2029, 2036, R)
gamma = rng.uniform(0.0, 0.5, R)
grid_w = np.array([1.0, 0.5, 1.0, 0.3, 0.2])                # grid-heavy weight per werkmilieu
n_jw = np.array([[.7, .2, .1, 0, 0], [.1, .5, .3, .1, 0], [0, .2, 0, .5, .3]])   # R-strategy -> werkmilieu
T_ev = np.zeros((R, W, Y)); ev = rng.integers(0, R, R // 3)                        # transformation events
T_ev[ev, 1, 1:8] += rng.uniform(2, 20, (len(ev), 1))
ramp = (years - T0) / (T1 - T0)

def tri(lo, mode, hi, size):
    return rng.triangular(lo, mode, hi, size)

out_v = np.empty((N, R, W, 3), np.float32); out_s = np.empty_like(out_v); out_x = np.empty_like(out_v)
t = time.perf_counter()
for s in range(0, N, CH):
    d = min(CH, N - s)
    g = tri(-0.005, 0.008, 0.02, (d, 1, K))                 # yearly job growth per sector
    tq = tri(0.02, 0.03, 0.045, (d, 1, K))                  # ha per job
    xce = tri(0.06, 0.10, 0.15, (d, 1))
    comp = tri(0.3, 0.5, 1.0, (d, 1, 1, 1))
    pz = rng.uniform(0.4, 0.9, (d, 1, 1, 1))
    pn = rng.uniform(0.3, 0.8, (d, 1, 1, 1)); dn = rng.integers(2, 6, (d, 1, 1, 1))
    res = tri(0.0, 0.1, 0.3, (d, 1, 1, 1))
    # uitbreidingsvraag: jobs path, positive increments x TQ x mix
    grow = (1 + g)[..., None] ** (years - T0)[None, None, None, :]          # d,1,K,Y
    E = E0[None, :, :, None] * grow                                          # d,R,K,Y
    dE = np.diff(np.concatenate([np.broadcast_to(E0[None, :, :, None], (d, R, K, 1)), E], -1), axis=-1)
    U = np.einsum('drky,dk,kw->drwy', np.maximum(dE, 0), tq[:, 0, :], m)
    # circular: stock x share x ramp x kappa, yearly increments split over werkmilieus
    X = (L0.sum(1) * kappa)[None, :, None] * xce[:, :, None] * ramp[None, None, :]
    C = np.diff(np.concatenate([np.zeros((d, R, 1)), X], -1), axis=-1)
    Cw = C[:, :, None, :] * (np.array([.5, .35, .15]) @ n_jw)[None, None, :, None]
    V = T_ev[None] * comp
    vraag = np.cumsum((U + Cw + V) * (1 + res), -1)[..., pidx]                # d,R,W,3
    # realisable supply at each period end
    yrs = np.array(period_end)[None, None, None, :]
    grid = 1 - beta[None, :, None, None] * grid_w[None, None, :, None] * (yrs < relief[None, :, None, None])
    stik = (1 - gamma)[None, :, None, None] + gamma[None, :, None, None] * pn * (yrs >= Z_year[None, :, :, None] + dn)
    aanbod = (A[None, :, :, None] + H[None, :, :, None] * (yrs >= H_year[None, :, :, None]) * grid
              + Z[None, :, :, None] * pz * (yrs >= Z_year[None, :, :, None]) * grid * stik)
    out_v[s:s + d] = vraag; out_s[s:s + d] = aanbod; out_x[s:s + d] = np.maximum(0, vraag - aanbod)
q = [np.percentile(a, [10, 50, 90], axis=0) for a in (out_v, out_s, out_x)]
el = time.perf_counter() - t
print(f"numpy twin: {R} regions x {W} werkmilieus x {Y} years x {N} draws: {el:.2f} s in-process; "
      f"national P50 extra ha 2050 = {q[2][1][..., 2].sum():.0f}")
