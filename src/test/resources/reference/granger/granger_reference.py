"""Reference values for GrangerCausality, computed with statsmodels (Debian python3-statsmodels).
Run: /usr/bin/python3 granger_reference.py > granger_statsmodels.txt
(reads ../regression/macrodata.csv, ../regression/annual.csv and chickegg.csv; see README.md).

Output: "case.statistic value" lines (repr, 17 significant digits). For a case "X_to_Y.lagP" the null is
"X does not Granger-cause Y": grangercausalitytests on the columns [Y, X] (statsmodels tests whether the second
column Granger-causes the first), each lag on its own sample.
- ssr_ftest (F, p, df_denom, df_num), ssr_chi2test (chi2, p), lrtest (chi2, p), params_ftest (F, p).
- Lag selection: VAR(...).select_order(maxlags) (log det Sigma_ML + penalty), and the single equation of the
  effect (OLS res.aic / res.bic) on the same common sample, lags 1..maxlags.
- Toda-Yamamoto: OLS of Y on a constant and p + d lags of Y and X, wald_test of the first p X lags (chi2 with
  use_f=False and F with use_f=True).
"""
import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.api import VAR
from statsmodels.tsa.stattools import grangercausalitytests

print("# statsmodels", statsmodels.__version__, "numpy", np.__version__)


def out(case, key, value):
    print(f"{case}.{key} {float(value)!r}")


def granger(case, x, y, lags):
    """x -> y at each lag in lags."""
    data = np.column_stack([y, x])
    res = grangercausalitytests(data, lags, verbose=False)
    for p in lags:
        r = res[p][0]
        c = f"{case}.lag{p}"
        f, fp, df2, df1 = r["ssr_ftest"]
        out(c, "f", f); out(c, "f_p", fp); out(c, "df2", df2); out(c, "df1", df1)
        out(c, "ssr_chi2", r["ssr_chi2test"][0]); out(c, "ssr_chi2_p", r["ssr_chi2test"][1])
        out(c, "lr", r["lrtest"][0]); out(c, "lr_p", r["lrtest"][1])
        out(c, "params_f", r["params_ftest"][0]); out(c, "params_f_p", r["params_ftest"][1])


macro = pd.read_csv("../regression/macrodata.csv")
dl = np.diff(np.log(macro[["realgdp", "realcons", "realinv"]].values), axis=0)
gdp, cons, inv = dl[:, 0], dl[:, 1], dl[:, 2]
granger("macro.gdp_to_cons", gdp, cons, [1, 2, 3, 4])
granger("macro.cons_to_gdp", cons, gdp, [1, 2, 3, 4])

ce = pd.read_csv("chickegg.csv")
granger("chickegg.egg_to_chicken", ce.egg.values, ce.chicken.values, [1, 2, 3, 4])
granger("chickegg.chicken_to_egg", ce.chicken.values, ce.egg.values, [1, 2, 3, 4])

an = pd.read_csv("../regression/annual.csv")
granger("annual.fdi_to_patent", an.fdi_pct_gdp.values, an.ln_patent_nonresident.values, [1, 2])
granger("annual.patent_to_fdi", an.ln_patent_nonresident.values, an.fdi_pct_gdp.values, [1, 2])

# Pairwise matrix at lag 2 among the three log-differenced series.
names = {"gdp": gdp, "cons": cons, "inv": inv}
for a, xa in names.items():
    for b, xb in names.items():
        if a != b:
            granger(f"pairwise.{a}_to_{b}", xa, xb, [2])

# Lag selection on a common sample, maxlag 8: effect cons, cause gdp.
P = 8
sel = VAR(np.column_stack([cons, gdp])).select_order(maxlags=P, trend="c")
for p in range(1, P + 1):
    out("select.var", f"aic[{p}]", sel.ics["aic"][p])
    out("select.var", f"bic[{p}]", sel.ics["bic"][p])
out("select.var", "aic_lag", sel.selected_orders["aic"])
out("select.var", "bic_lag", sel.selected_orders["bic"])
n = len(cons) - P
for p in range(1, P + 1):
    cols = [np.ones(n)]
    for l in range(1, p + 1):
        cols += [cons[P - l:len(cons) - l], gdp[P - l:len(gdp) - l]]
    r = sm.OLS(cons[P:], np.column_stack(cols)).fit()
    out("select.equation", f"aic[{p}]", r.aic)
    out("select.equation", f"bic[{p}]", r.bic)


def toda_yamamoto(case, x, y, p, d):
    L = p + d
    n = len(y) - L
    cols = [np.ones(n)] + [y[L - l:len(y) - l] for l in range(1, L + 1)] + [x[L - l:len(x) - l] for l in range(1, L + 1)]
    X = np.column_stack(cols)
    r = sm.OLS(y[L:], X).fit()
    R = np.zeros((p, X.shape[1]))
    for i in range(p):
        R[i, 1 + L + i] = 1.0
    w = r.wald_test(R, use_f=False, scalar=True)
    f = r.wald_test(R, use_f=True, scalar=True)
    out(case, "n", n)
    out(case, "wald_chi2", w.statistic); out(case, "wald_p", w.pvalue)
    out(case, "f", f.statistic); out(case, "f_p", f.pvalue)


lv = np.log(macro[["realgdp", "realcons"]].values)
toda_yamamoto("ty.macro_gdp_to_cons", lv[:, 0], lv[:, 1], 2, 1)
toda_yamamoto("ty.chickegg_egg_to_chicken", ce.egg.values.astype(float), ce.chicken.values.astype(float), 3, 1)
