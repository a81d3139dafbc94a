"""Granger conventions of statsmodels (issue 15 presets), the "statsmodels" preset's reference.
Run from this directory: /usr/bin/python3 conventions_statsmodels.py > conventions_statsmodels.txt
Writes synthetic16.csv first (16 points of a seeded bivariate VAR(1), read by the R and gretl scripts too).

Series: "macro" = 100 * diff(log(realgdp)) as g and of realcons as c from ../unitroot/macrodata.csv (202 points);
"syn" = x, y of synthetic16.csv. Lines "case.key value" (repr). Case "X_to_Y.lagP": null "X does not
Granger-cause Y", grangercausalitytests on [Y, X] (the second column is the cause), the first statistic it
prints (ssr_ftest: F, p, df_denom, df_num) and its sample (each lag on its own n - p periods, nobs from the
fitted unrestricted OLS). "select.X_Y.maxP": VAR([X, Y]).select_order(P) aic/bic for lags 1..P (row 0 is
statsmodels' lag-0 candidate, printed as lag0).
"""
import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.api import VAR
from statsmodels.tsa.stattools import grangercausalitytests

rng = np.random.default_rng(20261203)
e = rng.standard_normal((17, 2))
xs = np.zeros(17)
ys = np.zeros(17)
for t in range(1, 17):
    xs[t] = 0.5 * xs[t - 1] + e[t, 0]
    ys[t] = 0.3 * ys[t - 1] + 0.6 * xs[t - 1] + e[t, 1]
pd.DataFrame({"x": xs[1:], "y": ys[1:]}).to_csv("synthetic16.csv", index=False, float_format="%.17g")

print("# statsmodels", statsmodels.__version__, "numpy", np.__version__)
m = pd.read_csv("../unitroot/macrodata.csv")
syn = pd.read_csv("synthetic16.csv")
series = {"g": 100 * np.diff(np.log(m.realgdp.values)), "c": 100 * np.diff(np.log(m.realcons.values)),
          "x": syn.x.values, "y": syn.y.values}


def out(case, key, value):
    print(f"{case}.{key} {float(value)!r}")


def granger(cause, effect, maxlag):
    res = grangercausalitytests(np.column_stack([series[effect], series[cause]]), maxlag, verbose=False)
    for p in range(1, maxlag + 1):
        c = f"{cause}_to_{effect}.lag{p}"
        f, fp, df2, df1 = res[p][0]["ssr_ftest"]
        out(c, "f", f); out(c, "f_p", fp); out(c, "df1", df1); out(c, "df2", df2)
        out(c, "nobs", res[p][1][1].nobs)


def select(first, second, maxlag):
    ics = VAR(np.column_stack([series[first], series[second]])).select_order(maxlag).ics
    for p in range(0, maxlag + 1):
        c = f"select.{first}_{second}.max{maxlag}.lag{p}"
        out(c, "aic", ics["aic"][p]); out(c, "bic", ics["bic"][p])


for cause, effect, maxlag in [("g", "c", 4), ("c", "g", 4), ("x", "y", 3), ("y", "x", 3)]:
    granger(cause, effect, maxlag)
select("c", "g", 4)
select("y", "x", 3)
