#!/usr/bin/python3
"""Reference values from statsmodels (Debian python3-statsmodels) for the unit-root engine tests.

Writes, beside this script:
  statsmodels_adf.csv             one row per ADF case: statistic, p-value, lag, nobs, critical values, icbest
                                  (status "error" + message when statsmodels refuses the case)
  statsmodels_adf_candidates.csv  criterion value of every candidate lag of the automatic searches
  statsmodels_adf_coef.csv        coefficient table (params, bse) of each case's final regression
  statsmodels_kpss.csv            KPSS statistic, p-value, lags, critical values
  statsmodels_mackinnon.csv       mackinnonp on a grid of tau, mackinnoncrit for several T
Run: /usr/bin/python3 make_series.py && /usr/bin/python3 statsmodels_reference.py  (see README.md)
"""
import csv
import math
import os
import warnings

import numpy as np
import statsmodels
from statsmodels.regression.linear_model import OLS
from statsmodels.tools import eval_measures
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, kpss

HERE = os.path.dirname(os.path.abspath(__file__))
SERIES = ["realgdp", "lnrealgdp", "infl", "unemp", "lnpatent_2004_2017", "dlnpatent_2005_2017", "rw250",
          "ar1_200", "trendstat300", "rwdrift500", "ar3diff400", "short13", "short14", "short15", "rw2000",
          "quad150", "rw60", "expgrowth80", "rwdrift20000"]
REGRESSIONS = ["n", "c", "ct", "ctt"]
# (label, autolag, maxlag): maxlag None = statsmodels' default rule
SETTINGS = [("fixed0", None, 0), ("fixed1", None, 1), ("fixed2", None, 2), ("fixed4", None, 4),
            ("fixeddefault", None, None), ("aic", "AIC", None), ("bic", "BIC", None), ("tstat", "t-stat", None),
            ("hqic", "HQIC", None), ("aic4", "AIC", 4), ("bic4", "BIC", 4), ("tstat4", "t-stat", 4),
            ("hqic4", "HQIC", 4)]


def load(name):
    with open(os.path.join(HERE, "series", name + ".csv")) as f:
        return np.array([float(v) for v in f.read().split()])


def fmt(v):
    return "%.17g" % v


def hqic_search(x, regression, maxlag):
    """HQIC is not an adfuller option: take statsmodels' own candidate regressions (regresults), their
    log-likelihoods and statsmodels' eval_measures.hqic (-2 llf + 2 ln ln(nobs) k), choose the minimum (ties to the smaller lag, like _autolag), refit with that lag fixed."""
    res = adfuller(x, maxlag=maxlag, regression=regression, autolag="AIC", regresults=True)
    alres = res[-1].autolag_results
    startlag = min(alres)
    cands = {k - startlag: eval_measures.hqic(v.llf, v.nobs, v.df_model + v.k_constant) for k, v in alres.items()}
    best = min((v, k) for k, v in cands.items())[1]
    fixed = adfuller(x, maxlag=best, regression=regression, autolag=None, regresults=True)
    return fixed, cands, alres, min(cands.values())


def main():
    adf_rows, cand_rows, coef_rows, keep_rows = [], [], [], []
    for name in SERIES:
        x = load(name)
        for reg in REGRESSIONS:
            for label, autolag, maxlag in SETTINGS:
                if name == "rwdrift20000" and label not in ("fixeddefault", "aic", "bic", "tstat", "hqic"):
                    continue  # the long series: automatic searches only
                case = "%s/%s/%s" % (name, reg, label)
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        if autolag == "HQIC":
                            res, cands, alres, icbest = hqic_search(x, reg, maxlag)
                            store = res[-1]
                        else:
                            res = adfuller(x, maxlag=maxlag, regression=reg, autolag=autolag, regresults=True)
                            store = res[-1]
                            icbest = store.icbest if autolag else float("nan")
                            alres = getattr(store, "autolag_results", None) if autolag else None
                            cands = None
                            if alres is not None:
                                startlag = min(alres)
                                attr = {"AIC": "aic", "BIC": "bic"}.get(autolag)
                                cands = {k - startlag: getattr(v, attr) if attr else abs(v.tvalues[-1])
                                         for k, v in alres.items()}
                except ValueError as e:
                    adf_rows.append([case, name, reg, label, "error", str(e).replace("\n", " ")] + [""] * 8)
                    continue
                stat, pval, crit = res[0], res[1], res[2]
                usedlag, final = store.usedlag, store.resols
                if final.df_resid < 1 or (alres and min(v.df_resid for v in alres.values()) < 1):
                    # statsmodels fits exactly (no residual degree of freedom) and reports tau = 0
                    adf_rows.append([case, name, reg, label, "degenerate", "no residual degree of freedom; "
                                     "statsmodels reports tau = %s" % fmt(stat)] + [""] * 8)
                    continue
                adf_rows.append([case, name, reg, label, "ok", "", fmt(stat), fmt(pval), usedlag, int(final.nobs),
                                 fmt(crit["1%"]), fmt(crit["5%"]), fmt(crit["10%"]),
                                 fmt(icbest) if autolag else ""])
                # final regression: statsmodels orders it [level, lags, trend terms]
                names = ["y(t-1)"] + ["dy(t-%d)" % i for i in range(1, usedlag + 1)] + \
                    ["constant", "trend", "trend^2"][:len(reg) if reg != "n" else 0]
                for nm, b, se in zip(names, final.params, final.bse):
                    coef_rows.append([case, nm, fmt(b), fmt(se)])
                if cands is not None:
                    for k in sorted(cands):
                        cand_rows.append([case, k, fmt(cands[k])])
                    # urca's convention: the chosen lag estimated on the common max-lag sample (search design
                    # has the trend terms first, then the level)
                    ntr = 0 if reg == "n" else len(reg)
                    r = alres[min(alres) + usedlag]
                    keep_rows.append([case, fmt(r.tvalues[ntr]), int(r.nobs)])
    write_scaled_check()
    header = "# statsmodels %s, numpy %s; generated by statsmodels_reference.py\n" % (
        statsmodels.__version__, np.__version__)
    write("statsmodels_adf.csv", header, ["case", "series", "regression", "setting", "status", "message", "stat",
                                          "pvalue", "usedlag", "nobs", "crit1", "crit5", "crit10", "icbest"],
          adf_rows)
    write("statsmodels_adf_candidates.csv", header, ["case", "lag", "criterion"], cand_rows)
    write("statsmodels_adf_coef.csv", header, ["case", "name", "estimate", "se"], coef_rows)
    write("statsmodels_adf_keep.csv", header, ["case", "stat_maxlag_sample", "nobs_maxlag_sample"], keep_rows)

    kpss_rows = []
    for name in SERIES:
        x = load(name)
        for reg in ["c", "ct"]:
            for nl in ["auto", "legacy", 0, 1, 4]:
                case = "%s/%s/%s" % (name, reg, nl)
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        stat, p, lags, crit = kpss(x, regression=reg, nlags=nl)
                except ValueError as e:
                    kpss_rows.append([case, name, reg, nl, "error", str(e)] + [""] * 7)
                    continue
                kpss_rows.append([case, name, reg, nl, "ok", "", fmt(stat), fmt(p), lags, crit["10%"], crit["5%"],
                                  crit["2.5%"], crit["1%"]])
    write("statsmodels_kpss.csv", header, ["case", "series", "regression", "nlags", "status", "message", "stat",
                                           "pvalue", "lags", "crit10", "crit5", "crit2_5", "crit1"], kpss_rows)

    mk_rows = []
    for reg in REGRESSIONS:
        for tau in np.round(np.arange(-20.0, 3.51, 0.05), 2):
            mk_rows.append(["p", reg, fmt(tau), fmt(mackinnonp(tau, regression=reg, N=1))])
        for T in [10, 13, 25, 50, 100, 250, 500, 1000, 100000]:
            c = mackinnoncrit(N=1, regression=reg, nobs=T)
            mk_rows.append(["crit", reg, T, ";".join(fmt(v) for v in c)])
    write("statsmodels_mackinnon.csv", header, ["kind", "regression", "x", "value"], mk_rows)


def write_scaled_check():
    """adfuller builds t and t^2 unscaled; for the quadratic trend on 20,000 points (t^2 up to 4e8) its
    pseudo-inverse loses about 1e-8 of tau. The same regressions with the trend scaled to t/T (tau is
    invariant to that) give the accurate tau: statsmodels_adf_scaled.csv."""
    x = load("rwdrift20000")
    rows = []
    for label, autolag in [("fixeddefault", None), ("aic", "AIC"), ("bic", "BIC"), ("tstat", "t-stat")]:
        lag = adfuller(x, regression="ctt", autolag=autolag, regresults=True)[-1].usedlag
        xd = np.diff(x)
        T = len(xd) - lag
        cols = [x[lag:-1]] + [xd[lag - i:len(xd) - i] for i in range(1, lag + 1)]
        t = np.arange(1, T + 1) / T
        X = np.column_stack(cols + [np.ones(T), t, t * t])
        r = OLS(xd[lag:], X).fit()
        rows.append(["rwdrift20000/ctt/" + label, lag, fmt(r.tvalues[0]), fmt(mackinnonp(r.tvalues[0], "ctt"))])
    write("statsmodels_adf_scaled.csv", "# statsmodels %s; scaled-trend check by statsmodels_reference.py\n"
          % statsmodels.__version__, ["case", "usedlag", "stat", "pvalue"], rows)


def write(fname, header, cols, rows):
    with open(os.path.join(HERE, fname), "w", newline="") as f:
        f.write(header)
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(rows)


if __name__ == "__main__":
    main()
