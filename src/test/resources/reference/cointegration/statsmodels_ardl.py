"""ARDL / UECM / bounds-test references from statsmodels 0.13.5 (Debian python3-statsmodels), numpy 1.24.2.

statsmodels_ardl_fixed.csv: UECM(p, q1..qk) = the error-correction form of ARDL(p, q1..qk), for fixed orders and
PSS cases 1-5 (trend n for case 1, c for cases 2-3, ct for cases 4-5): the coefficients with their names and
classical standard errors, nobs, SSR, the bounds-test F statistic
(statsmodels' Wald f_test of the restrictions bounds_test(case) tests) and the t statistic of the lagged
dependent level, all from statsmodels OLS on the UECM's own response and design (model._y, model._x; see uecm()
for the two 0.13.5 UECMResults defects this avoids: nobs when max(q) > p, and resid/sigma2, computed against the
dependent in levels), the long-run coefficients -ci_params (deterministic terms and regressors, the
dependent's normalisation dropped) with their delta-method standard errors (ci_bse with the right sigma^2).
statsmodels_ardl_grid.csv: AIC and BIC of ARDL(p, q1..qk) for p = 1..P and every q_j = 1..Q, all fitted on the
common sample hold_back = max(P, Q) (what ardl_select_order compares), for trends n, c, ct.
statsmodels_ardl_selected.csv: the grid's AIC and BIC minimisers, and the UECM of the chosen orders refitted on
its own sample (default hold_back): F for the matching cases, nobs.
Run: /usr/bin/python3 statsmodels_ardl.py
"""
import csv
import itertools

import numpy as np
import pandas as pd
from statsmodels.regression.linear_model import OLS
from statsmodels.tsa.ardl import ARDL, UECM

SYSTEMS = [
    ("denmark", "LRM", ["LRY", "IBO", "IDE"], [(1, [1, 1, 1]), (2, [2, 1, 1]), (4, [3, 2, 1])], 3),
    ("macro", "realcons", ["realgdp", "realinv"], [(2, [2, 2]), (3, [1, 2])], 4),
    ("coint3", "y", ["x1", "x2"], [(1, [1, 1]), (2, [1, 2])], 4),
    ("nocoint3", "a", ["b", "c"], [(2, [2, 2])], 4),
    ("trend2", "y", ["x"], [(2, [1]), (1, [3])], 4),
    ("short2", "y", ["x"], [(1, [1]), (2, [2])], 2),
    ("nearexact2", "y", ["x"], [(1, [1])], 2),
]
TREND = {1: "n", 2: "c", 3: "c", 4: "ct", 5: "ct"}


def g(x):
    return "%.17g" % x


def j(values):
    return ";".join(g(v) for v in values)


def uecm(y, x, regs, p, q, trend, case):
    """statsmodels' UECM design, fitted by statsmodels OLS, and the bounds-test quantities from that fit.

    In 0.13.5 UECMResults takes nobs = n - p even when max(q) > p (its design then has n - max(q) rows), so its
    df_resid, sigma2, bse, bounds_test and ci_bse are off by a factor in those cases (params are right). The
    statsmodels OLS fit of the same design has the right scale; the long-run SEs are UECMResults.ci_bse rescaled
    by the ratio of the OLS and UECMResults standard errors (sqrt of the ratio of their sigma^2), i.e. statsmodels' own delta method with the right sigma^2. Where nobs agree
    the script checks that this equals statsmodels' bounds_test and ci_bse.
    """
    res = UECM(y, p, x, dict(zip(regs, q)), trend=trend).fit()
    ols = OLS(res.model._y, res.model._x).fit()
    ndet = {"n": 0, "c": 1, "ct": 2}[trend]
    nvar = len(regs) + 1
    rest = {1: range(nvar), 2: range(nvar + 1), 3: range(1, nvar + 1), 4: range(1, nvar + 2),
            5: range(2, nvar + 2)}[case]
    r = np.zeros((len(rest), ols.params.shape[0]))
    for i, loc in enumerate(rest):
        r[i, loc] = 1
    f = float(ols.f_test(r).fvalue)
    # cov_params of both fits share (X'X)^-1, so the ratio of any standard error is sqrt of the ratio of sigma^2
    ci_bse = np.asarray(res.ci_bse) * (ols.bse[0] / np.asarray(res.bse)[0])
    if res.nobs == ols.nobs:
        assert abs(f / res.bounds_test(case=case).stat - 1) < 1e-10
        assert np.allclose(ci_bse, res.ci_bse, rtol=1e-10, atol=0)
    return res, ols, ndet, f, ci_bse


fixed, grid, selected = [], [], []
for system, dep, regs, orders, maxlag in SYSTEMS:
    data = pd.read_csv(system + ".csv")
    y = data[dep]
    x = data[regs]
    for p, q in orders:
        for case in range(1, 6):
            res, ols, ndet, f, ci_bse = uecm(y, x, regs, p, q, TREND[case], case)
            lr_names = list(res.ci_params.index[:ndet]) + regs
            lr = -np.concatenate([np.asarray(res.ci_params)[:ndet], np.asarray(res.ci_params)[ndet + 1:]])
            lr_se = np.concatenate([ci_bse[:ndet], ci_bse[ndet + 1:]])
            fixed.append({"system": system, "dependent": dep, "regressors": ";".join(regs), "case": case,
                          "p": p, "q": ";".join(map(str, q)), "nobs": int(ols.nobs), "F": g(f),
                          "t": g(ols.tvalues[ndet]), "names": ";".join(res.params.index), "params": j(ols.params),
                          "bse": j(ols.bse), "ssr": g(ols.ssr), "lr_names": ";".join(lr_names), "lr": j(lr),
                          "lr_se": j(lr_se)})
    for trend in ["n", "c", "ct"]:
        ics = {}
        for p in range(1, maxlag + 1):
            for q in itertools.product(range(1, maxlag + 1), repeat=len(regs)):
                res = ARDL(y, p, x, dict(zip(regs, q)), trend=trend, hold_back=maxlag).fit()
                ics[(p, q)] = (res.aic, res.bic)
                grid.append({"system": system, "trend": trend, "max": maxlag, "p": p, "q": ";".join(map(str, q)),
                             "nobs": int(res.nobs), "aic": g(res.aic), "bic": g(res.bic)})
        for ic, i in [("aic", 0), ("bic", 1)]:
            p, q = min(ics, key=lambda key: ics[key][i])
            cases = {"n": [1], "c": [2, 3], "ct": [4, 5]}[trend]
            for case in cases:
                res, ols, ndet, f, ci_bse = uecm(y, x, regs, p, q, trend, case)
                selected.append({"system": system, "trend": trend, "max": maxlag, "ic": ic, "case": case,
                                 "p": p, "q": ";".join(map(str, q)), "nobs": int(ols.nobs), "F": g(f),
                                 "t": g(ols.tvalues[ndet])})

for name, rows in [("statsmodels_ardl_fixed.csv", fixed), ("statsmodels_ardl_grid.csv", grid),
                   ("statsmodels_ardl_selected.csv", selected)]:
    with open(name, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    print(name, len(rows))
