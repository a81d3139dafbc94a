#!/usr/bin/python3
"""Reference values for the live code path of the replication, on SYNTHETIC US-China ATP series (never run in CI).

The US-China ATP series cannot be fetched here, so the test feeds the pipeline a made-up but fully specified
series (formulas below, repeated in ReplicationLiveTest.java) together with the real offline PATENT and FDIGDP,
and checks Eq. (2), Table II and Table III against statsmodels on the same numbers. These are not data and
never appear in a report; they only prove that the pipeline hands the right samples to the engines.
Run: /usr/bin/python3 synthetic_live.py > synthetic_live.csv
"""
import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import adfuller, grangercausalitytests

years = np.arange(2004, 2019)
t = years - 2004
# synthetic: balance (USD, a deficit), US ATP exports to China and to the world (USD)
balance = -(350 + 70 * t + 40 * np.sin(1.7 * t) + 15 * np.cos(0.9 * t * t)) * 1e8
world = (2000 + 110 * t + 60 * np.cos(1.1 * t)) * 1e8
china = world * (0.04 + 0.0025 * t + 0.006 * np.sin(2.3 * t))

patents = np.array([64598, 79842, 88183, 92101, 95259, 85508, 98111, 110583, 117464, 120200, 127042, 133612,
                    133522, 135885], dtype=float)
fdi = np.array([3.4836411137, 4.5542540339, 4.5085790157, 4.4009652166, 3.7336350392, 2.5688886130, 4.0035624708,
                3.7088287541, 2.8270903116, 3.0398756208, 2.5683425043, 2.2013381082, 1.5689570570, 1.3676771333,
                1.7295886493])

lny = np.log(-balance[:13] / 1e8)          # 2004-2016
ratio = china / world                      # 2004-2018
patent = np.log(patents)                   # 2004-2017

print("# statsmodels " + statsmodels.__version__ + ", numpy " + np.__version__)
print("table,row,statistic,value")
for name, x in [("lny", lny), ("RATIO", ratio)]:
    for stat, v in [("N", len(x)), ("mean", x.mean()), ("sd", x.std(ddof=1)), ("min", x.min()), ("max", x.max())]:
        print(f"I,{name},{stat},{v!r}")
    for d in range(0, 4):
        tau, p = adfuller(np.diff(x, d), maxlag=0, regression="c", autolag=None)[:2]
        print(f"II,{name},tau_d{d},{tau!r}")
        print(f"II,{name},p_d{d},{p!r}")

# Eq. (2): 2005-2016, regressors at t
y = lny[1:]
X = np.column_stack([np.ones(12), lny[:-1], ratio[1:13], patent[1:13], fdi[1:13]])
fit = sm.OLS(y, X).fit()
for name, b, se, p in zip(["constant", "lny(t-1)", "RATIO", "PATENT", "FDIGDP"], fit.params, fit.bse, fit.pvalues):
    print(f"2,{name},coefficient,{b!r}")
    print(f"2,{name},SE,{se!r}")
    print(f"2,{name},p,{p!r}")
print(f"2,model,observations,{int(fit.nobs)}")
print(f"2,model,R-squared,{fit.rsquared!r}")

# Table III: lag 2, each pair on 2004-2016 (lny's sample); grangercausalitytests tests column 2 -> column 1
for other, x in [("RATIO", ratio[:13]), ("PATENT", patent[:13]), ("FDIGDP", fdi[:13])]:
    for cause, effect, cn, en in [(x, lny, other, "lny"), (lny, x, "lny", other)]:
        r = grangercausalitytests(np.column_stack([effect, cause]), maxlag=[2], verbose=False)[2][0]["ssr_ftest"]
        print(f"III,{cn} -> {en},F,{r[0]!r}")
        print(f"III,{cn} -> {en},p,{r[1]!r}")
        print(f"III,{cn} -> {en},denominator df,{int(r[2])}")


# Table III bootstrap p (issue 15): an independent numpy residual bootstrap under the null, 20,000 draws. The effect
# is rebuilt recursively from the restricted model (constant and 2 own lags, residuals centred, first 2 values
# observed), the cause held fixed; p = (1 + #{F* >= F}) / (B + 1). Monte Carlo noise differs from ours, so the
# test compares within a stated number of Monte Carlo standard errors.
def f_stat(y, x, p):
    n = len(y) - p
    Y = y[p:]
    R = np.column_stack([np.ones(n)] + [y[p - l:len(y) - l] for l in range(1, p + 1)])
    U = np.column_stack([R] + [x[p - l:len(x) - l] for l in range(1, p + 1)])
    ssr_r = np.sum((Y - R @ np.linalg.lstsq(R, Y, rcond=None)[0]) ** 2)
    ssr_u = np.sum((Y - U @ np.linalg.lstsq(U, Y, rcond=None)[0]) ** 2)
    return (ssr_r - ssr_u) / p / (ssr_u / (n - U.shape[1])), R, Y


rng = np.random.default_rng(20261203)
B = 20000
for other, x in [("RATIO", ratio[:13]), ("PATENT", patent[:13]), ("FDIGDP", fdi[:13])]:
    for cause, effect, cn, en in [(x, lny, other, "lny"), (lny, x, "lny", other)]:
        f0, R, Y = f_stat(effect, cause, 2)
        b = np.linalg.lstsq(R, Y, rcond=None)[0]
        e = Y - R @ b
        e = e - e.mean()
        count = 0
        ystar = effect.copy()
        for _ in range(B):
            draws = e[rng.integers(0, len(e), len(e))]
            for t in range(2, len(effect)):
                ystar[t] = b[0] + b[1] * ystar[t - 1] + b[2] * ystar[t - 2] + draws[t - 2]
            if f_stat(ystar, cause, 2)[0] >= f0:
                count += 1
        print(f"III,{cn} -> {en},bootstrap p,{(1 + count) / (B + 1)!r}")
