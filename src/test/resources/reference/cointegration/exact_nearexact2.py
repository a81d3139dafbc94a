"""Exact (rational) references for nearexact2, the ARDL that fits to 1e-6 (make_systems.py).

On this system statsmodels' ARDL (levels design, pseudo-inverse) and UECM lose about 1e-5 of the SSR (AIC off by
~6e-4), so the tests compare with exact arithmetic instead: the doubles of nearexact2.csv are taken as exact
rationals (fractions.Fraction), each design is built exactly (differences, trend 1..n as statsmodels), and least
squares is solved exactly from the normal equations.

exact_nearexact2.csv: for trends n, c, ct and p, q = 1..2 on the common sample hold_back = 2: SSR, AIC, BIC
(-2 logL + c (r + 1), as statsmodels ARDL); and for the fixed ARDL(1, 1), cases 1-5, and the selected orders of
statsmodels_ardl_selected.csv refitted on their own sample: the bounds F (restricted vs unrestricted SSR, the same
number as the Wald form) and nobs. Values rounded to 17 significant digits at the end only.
Run: /usr/bin/python3 exact_nearexact2.py   (Python 3.11 fractions; pandas 1.5.3 to read the CSVs)
"""
import csv
import math
from fractions import Fraction

import pandas as pd

data = pd.read_csv("nearexact2.csv")
Y = [Fraction(v) for v in data["y"]]
X = [Fraction(v) for v in data["x"]]
n = len(Y)


def design(p, q, terms, start, drop=()):
    """UECM of ARDL(p, q) on rows start..n-1, statsmodels' column order; drop: column indices left out."""
    cols = []
    rows = range(start, n)
    if terms >= 1:
        cols.append([Fraction(1) for _ in rows])
    if terms >= 2:
        cols.append([Fraction(t + 1) for t in rows])
    cols.append([Y[t - 1] for t in rows])
    cols.append([X[t - 1] for t in rows])
    for i in range(1, p):
        cols.append([Y[t - i] - Y[t - i - 1] for t in rows])
    for i in range(q):
        cols.append([X[t - i] - X[t - i - 1] for t in rows])
    y = [Y[t] - Y[t - 1] for t in rows]
    return y, [c for j, c in enumerate(cols) if j not in drop]


def ssr(y, cols):
    k = len(cols)
    a = [[sum(ci * cj for ci, cj in zip(cols[i], cols[j])) for j in range(k)] for i in range(k)]
    b = [sum(ci * yi for ci, yi in zip(cols[i], y)) for i in range(k)]
    for i in range(k):  # Gauss-Jordan, exact
        piv = a[i][i]
        for j in range(k):
            if j != i and a[j][i] != 0:
                f = a[j][i] / piv
                a[j] = [aj - f * ai for aj, ai in zip(a[j], a[i])]
                b[j] -= f * b[i]
    beta = [b[i] / a[i][i] for i in range(k)]
    return sum((yi - sum(bj * cj[t] for bj, cj in zip(beta, cols))) ** 2 for t, yi in enumerate(y))


def criteria(s, nobs, r):
    m2ll = nobs * (math.log(2 * math.pi) + math.log(s / nobs) + 1)  # log of the exact SSR, then doubles
    return m2ll + 2 * (r + 1), m2ll + math.log(nobs) * (r + 1)


def f_stat(p, q, case):
    terms = {1: 0, 2: 1, 3: 1, 4: 2, 5: 2}[case]
    start = max(p, q)
    y, cols = design(p, q, terms, start)
    su = ssr(y, cols)
    tested = [terms, terms + 1]
    if case in (2, 4):
        tested.append(terms - 1)
    yr, colsr = design(p, q, terms, start, drop=tested)
    sr = ssr(yr, colsr) if colsr else sum(v * v for v in yr)
    nobs, k, r = len(y), len(cols), len(tested)
    return float(((sr - su) / r) / (su / (nobs - k))), nobs


rows = []
for trend, terms in [("n", 0), ("c", 1), ("ct", 2)]:
    for p in (1, 2):
        for q in (1, 2):
            y, cols = design(p, q, terms, 2)
            s = ssr(y, cols)
            aic, bic = criteria(s, len(y), len(cols))
            rows.append({"kind": "grid", "trend": trend, "case": "", "p": p, "q": q, "nobs": len(y),
                         "ssr": "%.17g" % float(s), "aic": "%.17g" % aic, "bic": "%.17g" % bic, "F": ""})
for case in range(1, 6):
    f, nobs = f_stat(1, 1, case)
    rows.append({"kind": "fixed", "trend": "", "case": case, "p": 1, "q": 1, "nobs": nobs, "ssr": "", "aic": "",
                 "bic": "", "F": "%.17g" % f})
for r in csv.DictReader(open("statsmodels_ardl_selected.csv")):
    if r["system"] == "nearexact2":
        f, nobs = f_stat(int(r["p"]), int(r["q"]), int(r["case"]))
        rows.append({"kind": "selected " + r["ic"], "trend": r["trend"], "case": r["case"], "p": r["p"],
                     "q": r["q"], "nobs": nobs, "ssr": "", "aic": "", "bic": "", "F": "%.17g" % f})
with open("exact_nearexact2.csv", "w", newline="") as out:
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
