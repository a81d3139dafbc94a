#!/usr/bin/python3
"""Reference values for engine.timeseries.Autocorrelation (AutocorrelationTest).

Run with Debian's python3 (statsmodels 0.13.5, numpy 1.24.2):
    /usr/bin/python3 autocorrelation_reference.py > autocorrelation_reference.txt
Never run in CI. Each case: the input x on one line, then the ACF (statsmodels acf, adjusted=False, fft=False)
and the PACF (statsmodels pacf, method="ldb": Durbin-Levinson on the biased ACF), lags 0..maxlag.
Series: the paper-period PATENT-like random walk below (seeded), an AR(1), and the first 60 values of
macrodata's realgdp (as shipped with statsmodels).
"""
import numpy as np
from statsmodels.tsa.stattools import acf, pacf
import statsmodels.api as sm

rng = np.random.default_rng(20261203)
walk = np.cumsum(rng.normal(0, 1, 15)) + 10
ar1 = np.zeros(80)
e = rng.normal(0, 1, 80)
for t in range(1, 80):
    ar1[t] = 0.6 * ar1[t - 1] + e[t]
gdp = sm.datasets.macrodata.load_pandas().data["realgdp"].to_numpy()[:60]

for name, x, lags in [("random walk 15", walk, 6), ("ar1 80", ar1, 10), ("macrodata realgdp 60", gdp, 10)]:
    print("case " + name)
    print("x " + " ".join(repr(float(v)) for v in x))
    print("acf " + " ".join(repr(float(v)) for v in acf(x, nlags=lags, adjusted=False, fft=False)))
    print("pacf " + " ".join(repr(float(v)) for v in pacf(x, nlags=lags, method="ldb")))
