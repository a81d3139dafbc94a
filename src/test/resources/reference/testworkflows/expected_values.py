"""Expected values of the test workflow workflows/tests/TradeEcon Node Tests (see NodeTestsWorkflow.java).

Reads the World Bank snapshot files that the World Bank Indicator Reader node reads offline
(src/main/resources/org/tradeecon/knime/engine/datasource/) and computes every expected value with Python's
math module, numpy and statsmodels; nothing here comes from this project's engine.
Run from the project root with Debian's interpreter: /usr/bin/python3 src/test/resources/reference/testworkflows/expected_values.py
"""
import csv
import math
import os

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.ardl import UECM
from statsmodels.tsa.stattools import adfuller, coint, grangercausalitytests, kpss

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "main", "resources", "org", "tradeecon", "knime", "engine",
                    "datasource")
SM = "statsmodels " + statsmodels.__version__


def series(file, column, first=2004, last=2017):
    with open(os.path.join(DATA, file)) as f:
        rows = [r for r in csv.DictReader(f) if first <= int(r["year"]) <= last]
    return [int(r["year"]) for r in rows], [float(r[column]) for r in rows]


years, patents = series("china_patent_nonresident.csv", "patent_applications_nonresident")
_, fdi = series("china_fdi_pct_gdp.csv", "fdi_net_inflows_pct_gdp")
ln = [math.log(v) for v in patents]
out = []


def add(check, row, column, expected, tolerance, source):
    out.append({"check": check, "row": row, "column": column, "expected": repr(expected) if isinstance(expected, float)
                else str(expected), "tolerance": tolerance, "source": source})


# Series Transform: ln(Value)
for y in (2004, 2010, 2017):
    add("transform", "Year=%d" % y, "PATENT", ln[years.index(y)], "1e-12 relative", "Python math.log")

# Differencing: first difference of PATENT (missing in the first year)
d = np.diff(ln)
add("differencing", "Year=2004", "D1(PATENT)", "missing", "", "no difference in the first year")
for y in (2005, 2011, 2017):
    add("differencing", "Year=%d" % y, "D1(PATENT)", float(d[years.index(y) - 1]), "1e-12", "numpy.diff")


def adf_rows(check, row, x):
    stat, p, lag, nobs, crit = adfuller(np.asarray(x), maxlag=1, regression="c", autolag=None)
    src = SM + " adfuller(regression='c', maxlag=1, autolag=None)"
    add(check, row, "Statistic", float(stat), "1e-8 relative", src)
    add(check, row, "p-value", float(p), "1e-8 relative", src)
    add(check, row, "Lags used", lag, "", src)
    add(check, row, "Observations", nobs, "", src)
    for level in ("1%", "5%", "10%"):
        add(check, row, "Critical value " + level, float(crit[level]), "1e-8 relative", src)


# Unit Root Test, ADF with a constant and 1 lag
adf_rows("adf", "Series=PATENT", ln)

# Unit Root Test, KPSS with a constant and 2 Bartlett lags
stat, p, lags, crit = kpss(np.asarray(ln), regression="c", nlags=2)
src = SM + " kpss(regression='c', nlags=2); its p-value is read from the KPSS table and capped at 0.1"
add("kpss", "Series=PATENT", "Statistic", float(stat), "1e-8 relative", src)
add("kpss", "Series=PATENT", "p-value", float(p), "1e-8 relative", src)
add("kpss", "Series=PATENT", "Lags used", lags, "", src)
for level in ("1%", "5%", "10%"):
    add("kpss", "Series=PATENT", "Critical value " + level, float(crit[level]), "1e-12", src)

# Order of Integration: ADF with a constant and 0 lags on the level, then on differences, until the unit root is
# rejected at 5% (the node's default level)
x = np.asarray(ln)
src = SM + " adfuller(regression='c', maxlag=0, autolag=None), differencing until p < 0.05"
for dd in range(0, 4):
    stat, p, lag, nobs, crit = adfuller(x, maxlag=0, regression="c", autolag=None)
    if p < 0.05:
        add("integration", "Series=PATENT", "Order of integration (d)", dd, "", src)
        add("integration", "Series=PATENT", "ADF statistic", float(stat), "1e-8 relative", src)
        add("integration", "Series=PATENT", "ADF p-value", float(p), "1e-8 relative", src)
        add("integration", "Series=PATENT", "Observations", nobs, "", src)
        break
    x = np.diff(x)

# Lagged-Dependent Regression on the Differencing output: D1(PATENT)(t) on a constant, D1(PATENT)(-1) and
# PATENT(t), OLS over 2006-2017 (the first difference starts in 2005, its lag in 2006)
yv = d[1:]
X = np.column_stack([np.ones(len(yv)), d[:-1], np.asarray(ln[2:])])
fit = sm.OLS(yv, X).fit()
src = SM + " OLS(d[1:], [1, d[:-1], PATENT[2:]]) with d = numpy.diff(PATENT)"
for i, term in enumerate(("const", "D1(PATENT)(-1)", "PATENT")):
    add("regression", "Term=" + term, "Coefficient", float(fit.params[i]), "1e-9 relative", src)
    add("regression", "Term=" + term, "Standard error", float(fit.bse[i]), "1e-9 relative", src)
    add("regression", "Term=" + term, "p-value", float(fit.pvalues[i]), "1e-8 relative", src)

# Unit Root Test with the group column Indicator: ADF on each indicator's raw values
adf_rows("adf_grouped", "Indicator=IP.PAT.NRES", patents)
adf_rows("adf_grouped", "Indicator=BX.KLT.DINV.WD.GD.ZS", fdi)

# Granger Causality on the wide table: PATENT and FDI % of GDP, lag 2, F test, both directions
src = SM + " grangercausalitytests(maxlag=[2]) ssr_ftest"
for cause, effect, name in [(fdi, ln, "BX.KLT.DINV.WD.GD.ZS"), (ln, fdi, "PATENT")]:
    f, p, df_d, df_n = grangercausalitytests(np.column_stack([effect, cause]), maxlag=[2],
                                             verbose=False)[2][0]["ssr_ftest"]
    add("granger", "Cause=" + name, "Statistic value", float(f), "1e-8 relative", src)
    add("granger", "Cause=" + name, "p-value", float(p), "1e-8 relative", src)
    add("granger", "Cause=" + name, "Denominator df", int(df_d), "", src)
    add("granger", "Cause=" + name, "Numerator df", int(df_n), "", src)

# Cointegration Test, Engle-Granger: PATENT on a constant and FDI % of GDP, ADF on the residuals with 0 lags
t, p, crit = coint(np.asarray(ln), np.asarray(fdi), trend="c", maxlag=0, autolag=None)
src = SM + " coint(trend='c', maxlag=0, autolag=None)"
of = " (PATENT on BX.KLT.DINV.WD.GD.ZS)"
add("engle_granger", "Statistic=Engle-Granger tau" + of, "Value", float(t), "1e-8 relative", src)
add("engle_granger", "Statistic=Engle-Granger tau" + of, "p-value", float(p), "1e-8 relative", src)
for level, c in zip(("1%", "5%", "10%"), crit):
    add("engle_granger", "Statistic=Critical value " + level + of, "Value", float(c), "1e-8 relative", src)

# ARDL Bounds Test: UECM of PATENT on FDI % of GDP with p = q = 1, PSS case III (unrestricted constant)
uecm = UECM(pd.Series(ln), 1, pd.DataFrame({"fdi": fdi}), 1, trend="c").fit()
bt = uecm.bounds_test(case=3)
src = SM + " UECM(PATENT, 1, FDI, 1, trend='c').fit().bounds_test(case=3)"
add("ardl", "Statistic=F statistic (bounds test)", "Value", float(bt.stat), "1e-8 relative", src)
add("ardl", "Statistic=Observations", "Value", int(uecm.nobs), "", src)

with open(os.path.join(HERE, "expected_values.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["check", "row", "column", "expected", "tolerance", "source"],
                       lineterminator="\n")
    w.writeheader()
    w.writerows(out)
print("wrote", len(out), "expected values")
