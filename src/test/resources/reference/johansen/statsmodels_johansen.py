"""Johansen test references from statsmodels' coint_johansen and VECM lag selection (select_order).

coint_johansen: det_order -1 = no deterministic terms, 0 = unrestricted constant (it demeans the levels and the
differences). k_ar_diff = 0 is not used: there coint_johansen pairs dX_t with X_t
instead of X_{t-1} (its slice endog[:nobs - 0][1:]); from k_ar_diff = 1 on its X_{t-p} spans the same space as
X_{t-1} with the lagged differences, so the results are the textbook ones. Its det_order 1 detrends the levels over the whole sample and then only demeans, which is none of the
five textbook cases, so it is not used. Eigenvectors ("evec") are scaled so that v' S11 v = 1.
select_order: AIC, BIC, HQ of the VAR in levels with p + 1 lags (p = lagged differences), p = 0..maxlags, on the
common sample; deterministic "n" (none), "co" (constant), "colo" (constant and trend).
Output: statsmodels_johansen.csv and statsmodels_select_order.csv (17 significant digits).
Run: /usr/bin/python3 statsmodels_johansen.py   (statsmodels 0.13.5, numpy 1.24.2, pandas 1.5.3; Debian)
"""
import numpy as np
import pandas as pd
from statsmodels.tsa.vector_ar.vecm import coint_johansen, select_order

REF = "../cointegration/"
SETS = {
    "denmark": pd.read_csv(REF + "denmark.csv")[["LRM", "LRY", "LPY", "IBO"]],
    "coint3": pd.read_csv(REF + "coint3.csv"),
    "nocoint3": pd.read_csv(REF + "nocoint3.csv"),
}
rows = []
for name, data in SETS.items():
    x = data.to_numpy(dtype=float)
    k = x.shape[1]
    for det in (-1, 0):
        for p in (1, 2):
            res = coint_johansen(x, det, p)
            for r0 in range(k):
                rows.append((name, det, p, "trace", r0, 0, res.lr1[r0]))
                rows.append((name, det, p, "maxeig", r0, 0, res.lr2[r0]))
                rows.append((name, det, p, "eigenvalue", r0, 0, res.eig[r0]))
                for i in range(k):
                    rows.append((name, det, p, "evec", i, r0, res.evec[i, r0]))
with open("statsmodels_johansen.csv", "w") as f:
    f.write("dataset,det_order,k_ar_diff,quantity,i,j,value\n")
    for r in rows:
        f.write("%s,%d,%d,%s,%d,%d,%.17g\n" % r)

with open("statsmodels_select_order.csv", "w") as f:
    f.write("dataset,deterministic,maxlags,criterion,p,value,selected\n")
    for name, data in SETS.items():
        x = data.to_numpy(dtype=float)
        for det in ("n", "co", "colo"):
            maxlags = 4
            sel = select_order(x, maxlags, deterministic=det)
            for crit in ("aic", "bic", "hqic"):
                values = sel.ics[crit]
                chosen = getattr(sel, crit)
                for p, v in enumerate(values):
                    f.write("%s,%s,%d,%s,%d,%.17g,%d\n" % (name, det, maxlags, crit, p, v, chosen))
