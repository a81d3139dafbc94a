#!/usr/bin/python3
"""Reference values for engine.timeseries.Differencing (DifferencingTest).

Run with Debian's python3 (statsmodels 0.13.5, pandas 1.5.3, numpy 1.24.2):
    /usr/bin/python3 differencing_reference.py > differencing_reference.txt
Never run in CI. Each case: the input x, the settings, and the expected output y of the same length, with
"nan" where a difference is undefined. Complete series: statsmodels.tsa.statespace.tools.diff (which drops the
undefined leading values; we pad them with nan). Series with a gap: pandas shift-and-subtract, which propagates
the missing value; for complete series both methods are computed and must agree.
"""
import numpy as np
import pandas as pd
from statsmodels.tsa.statespace.tools import diff

rng = np.random.default_rng(20260430)
# a positive trending, seasonal (period 4 and 12) series so that logs exist
t = np.arange(40)
base = 100 + 2.5 * t + 8 * np.sin(2 * np.pi * t / 4) + 5 * np.cos(2 * np.pi * t / 12) + rng.normal(0, 3, t.size)

CASES = [
    ("first difference", base[:20], 1, 0, 0, False),
    ("second difference", base[:20], 2, 0, 0, False),
    ("third difference", base[:20], 3, 0, 0, False),
    ("seasonal lag 4", base[:24], 0, 1, 4, False),
    ("d1 and seasonal lag 4", base[:24], 1, 1, 4, False),
    ("d2 and two seasonal lag 4", base[:30], 2, 2, 4, False),
    ("d1 and seasonal lag 12 of logs", base, 1, 1, 12, True),
    ("log first difference", base[:15], 1, 0, 0, True),
]


def pandas_diff(x, d, D, s, log):
    y = pd.Series(np.log(x) if log else x)
    for _ in range(D):
        y = y - y.shift(s)
    for _ in range(d):
        y = y - y.shift(1)
    return y.to_numpy()


def statsmodels_diff(x, d, D, s, log):
    y = np.log(x) if log else np.asarray(x)
    out = diff(y, k_diff=d, k_seasonal_diff=D if D else None, seasonal_periods=s if D else 1)
    return np.concatenate([np.full(len(x) - len(out), np.nan), out])


def fmt(a):
    return ",".join("nan" if np.isnan(v) else repr(float(v)) for v in a)


for name, x, d, D, s, log in CASES:
    sm = statsmodels_diff(x, d, D, s, log)
    pdv = pandas_diff(x, d, D, s, log)
    assert np.allclose(sm, pdv, equal_nan=True, rtol=1e-13, atol=1e-10), name
    print(f"# {name} (statsmodels diff, checked against pandas)")
    print(f"settings={d},{D},{s},{str(log).lower()}")
    print(f"x={fmt(x)}")
    print(f"y={fmt(sm)}")

# gaps: pandas only (statsmodels' diff has no notion of missing values)
gap = base[:16].copy()
gap[6] = np.nan
for name, d, D, s in [("gap, first difference", 1, 0, 0), ("gap, d1 and seasonal lag 4", 1, 1, 4)]:
    print(f"# {name} (pandas shift-and-subtract)")
    print(f"settings={d},{D},{s},false")
    print(f"x={fmt(gap)}")
    print(f"y={fmt(pandas_diff(gap, d, D, s, False))}")
