"""Engle-Granger references from statsmodels' coint (Debian python3-statsmodels 0.13.5, numpy 1.24.2).

statsmodels_coint.csv: for each system, every ordering with each variable as the dependent, trend c/ct/ctt and
lag choices (AIC, BIC, t-stat with the default maximum lag; AIC with maximum lag 4; fixed lags 0 and 2):
tau, p-value and critical values from coint; the lag and the ADF observation count from adfuller on the
residuals of the same OLS regression coint runs (the script checks that its tau equals coint's); the
cointegrating-regression coefficients (constant, trend terms, then the regressors, as coint's OLS orders them
last-first: regressors then trend terms; written in the order constant, trend, trend^2, regressors).
statsmodels_mackinnon_n.csv: mackinnonp for N = 2..6 (n, c, ct, ctt) on tau = -20..3.5 step 0.05 and
mackinnoncrit for N = 2..6 (c, ct, ctt) and T = 10..100000.
Run: /usr/bin/python3 statsmodels_coint.py
"""
import csv

import numpy as np
import pandas as pd
from statsmodels.regression.linear_model import OLS
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, coint
from statsmodels.tsa.tsatools import add_trend

from systems import SYSTEMS

LAGS = [("aic", None), ("bic", None), ("t-stat", None), ("aic", 4), (None, 0), (None, 2)]


def g(x):
    return "%.17g" % x


rows = []
for system, variables in SYSTEMS:
    data = pd.read_csv(system + ".csv")
    for dep in variables:
        others = [v for v in variables if v != dep]
        y0 = data[dep].to_numpy()
        y1 = data[others].to_numpy()
        for trend in ["c", "ct", "ctt"]:
            for autolag, maxlag in LAGS:
                tau, p, crit = coint(y0, y1, trend=trend, maxlag=maxlag, autolag=autolag)
                ols = OLS(y0, add_trend(y1, trend=trend, prepend=False)).fit()
                adf = adfuller(ols.resid, maxlag=maxlag, autolag=autolag, regression="n")
                assert adf[0] == tau, (system, dep, trend, autolag, maxlag)
                k = len(others)
                coef = list(ols.params[k:]) + list(ols.params[:k])
                rows.append({"system": system, "dependent": dep, "regressors": ";".join(others), "trend": trend,
                             "autolag": autolag or "fixed", "maxlag": "" if maxlag is None else maxlag,
                             "tau": g(tau), "pvalue": g(p), "crit01": g(crit[0]), "crit05": g(crit[1]),
                             "crit10": g(crit[2]), "lag": adf[2], "adf_nobs": adf[3],
                             "coef": ";".join(g(c) for c in coef)})
with open("statsmodels_coint.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)

with open("statsmodels_mackinnon_n.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["kind", "n_vars", "regression", "x", "value"])
    for N in range(2, 7):
        for reg in ["n", "c", "ct", "ctt"]:
            for i in range(471):
                tau = -20 + 0.05 * i
                w.writerow(["p", N, reg, g(tau), g(mackinnonp(tau, regression=reg, N=N))])
        for reg in ["c", "ct", "ctt"]:
            for T in [10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 500, 1000, 10000, 100000]:
                c = mackinnoncrit(N=N, regression=reg, nobs=T)
                w.writerow(["crit", N, reg, T, ";".join(g(v) for v in c)])
print(len(rows), "coint rows")
