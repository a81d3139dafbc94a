"""Reference values for LaggedDependentRegression, SerialCorrelationTests, CovarianceEstimator and
StockWatsonDols, computed with statsmodels (Debian python3-statsmodels; version printed into the output).
Run: /usr/bin/python3 ldv_reference.py > ldv_statsmodels.txt   (reads macrodata.csv and annual.csv)

Output: one "case.statistic value" per line, values printed with repr (17 significant digits).
Conventions used here (statsmodels' own unless noted):
- OLS with intercept; AIC/BIC with k = all coefficients incl. the intercept (statsmodels' res.aic, res.bic).
- Breusch-Godfrey: statsmodels acorr_breusch_godfrey (pre-sample residuals = 0, n kept).
- Durbin's alternative test: Wald chi2 (use_f=False) of the lagged-residual coefficients in the same auxiliary
  regression (residuals on the model's regressors and q lagged residuals, pre-sample zeros) = Stata's
  estat durbinalt.
- Durbin's h: closed form rho sqrt(n / (1 - n Var(b1))) with rho = sum e_t e_{t-1} / sum e_{t-1}^2 (the
  definition gretl prints, see durbin_h_gretl.txt) and the variant with rho = 1 - d/2 (durbin_watson), both
  from statsmodels' residuals and bse.
- HC0-HC3: fit(cov_type='HCx'); Newey-West: fit(cov_type='HAC', cov_kwds={'maxlags': L, 'use_correction': c},
  use_t=True).
- Long-run multipliers: sum_l b_l / (1 - sum rho) and delta-method SE from the analytic gradient and the
  classical (res.cov_params()) or HAC covariance.
- DOLS: statsmodels OLS on the leads-and-lags design built with pandas; HAC as above without correction;
  the long-run-variance-scaled covariance is cov_ols * omega2 / scale with omega2 the Bartlett long-run
  variance of the residuals (divisor n) computed with numpy.
"""
import math
import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.diagnostic import acorr_breusch_godfrey
from statsmodels.stats.stattools import durbin_watson

print("# statsmodels", statsmodels.__version__, "numpy", np.__version__)


def out(case, key, value):
    print(f"{case}.{key} {float(value)!r}")


def outv(case, key, values):
    for i, v in enumerate(np.asarray(values, dtype=float)):
        out(case, f"{key}[{i}]", v)


def nw_default(n):
    return int(math.floor(4 * (n / 100.0) ** (2.0 / 9.0)))


def ldv_case(case, y, xs, p, lags):
    """y: Series, xs: dict name->Series (same index); p lags of y; lags 0..L of each x (L an int, or a list
    with one L per regressor)."""
    if isinstance(lags, int):
        lags = [lags] * len(xs)
    cols = {"y": y}
    names = ["const"]
    for j in range(1, p + 1):
        cols[f"y_{j}"] = y.shift(j)
        names.append(f"Y(-{j})")
    for (name, x), L in zip(xs.items(), lags):
        for l in range(0, L + 1):
            cols[f"{name}_{l}"] = x.shift(l)
            names.append(name if l == 0 else f"{name}(-{l})")
    df = pd.DataFrame(cols).dropna()
    X = sm.add_constant(df.drop(columns="y").values, prepend=True, has_constant="add")
    yy = df["y"].values
    n, k = X.shape
    res = sm.OLS(yy, X).fit()
    out(case, "n", n)
    outv(case, "params", res.params)
    outv(case, "bse", res.bse)
    outv(case, "tvalues", res.tvalues)
    outv(case, "pvalues", res.pvalues)
    ci = res.conf_int(0.05)
    outv(case, "ci_lower", ci[:, 0])
    outv(case, "ci_upper", ci[:, 1])
    for key in ["rsquared", "rsquared_adj", "fvalue", "f_pvalue", "ssr", "llf", "aic", "bic"]:
        out(case, key, getattr(res, key))
    out(case, "sigma", math.sqrt(res.scale))
    dw = durbin_watson(res.resid)
    out(case, "durbin_watson", dw)
    v = res.bse[1] ** 2
    if 1 - n * v > 0:
        from scipy import stats
        e = res.resid
        rho = (e[1:] @ e[:-1]) / (e[:-1] @ e[:-1])
        h = rho * math.sqrt(n / (1 - n * v))
        out(case, "durbin_h", h)
        out(case, "durbin_h_p", 2 * stats.norm.sf(abs(h)))
        h = (1 - dw / 2) * math.sqrt(n / (1 - n * v))
        out(case, "durbin_h_dw", h)
        out(case, "durbin_h_dw_p", 2 * stats.norm.sf(abs(h)))
    else:
        out(case, "durbin_h_undefined_denominator", 1 - n * v)
    for q in (1, 2):
        lm, lmp, f, fp = acorr_breusch_godfrey(res, nlags=q)
        out(case, f"bg{q}_lm", lm)
        out(case, f"bg{q}_lm_p", lmp)
        out(case, f"bg{q}_f", f)
        out(case, f"bg{q}_f_p", fp)
        e = res.resid
        elags = np.column_stack([np.r_[np.zeros(l), e[:-l]] for l in range(1, q + 1)])
        aux = sm.OLS(e, np.column_stack([X, elags])).fit()
        r = np.eye(q, k + q, k)
        wt = aux.wald_test(r, use_f=False, scalar=True)
        out(case, f"durbinalt{q}_chi2", wt.statistic)
        out(case, f"durbinalt{q}_p", wt.pvalue)
    for hc in ("HC0", "HC1", "HC2", "HC3"):
        r = sm.OLS(yy, X).fit(cov_type=hc, use_t=True)
        outv(case, f"bse_{hc}", r.bse)
        outv(case, f"pvalues_{hc}", r.pvalues)
    for lag, label in ((nw_default(n), "default"), (2, "2")):
        out(case, f"nw_lag_{label}", lag)
        for corr in (False, True):
            r = sm.OLS(yy, X).fit(cov_type="HAC", cov_kwds={"maxlags": lag, "use_correction": corr}, use_t=True)
            tag = f"hac{label}_{'corr' if corr else 'nocorr'}"
            outv(case, f"bse_{tag}", r.bse)
            outv(case, f"pvalues_{tag}", r.pvalues)
            ci = r.conf_int(0.05)
            outv(case, f"ci_lower_{tag}", ci[:, 0])
            if label == "default" and not corr:
                lrm(case, "lrm_hac", r.params, r.cov_params(), p, len(xs), lags, n - k)
    lrm(case, "lrm", res.params, res.cov_params(), p, len(xs), lags, n - k)


def lrm(case, key, b, cov, p, m, lags, df):
    from scipy import stats
    denom = 1 - b[1:p + 1].sum()
    theta, ses = [], []
    start = 1 + p
    for r in range(m):
        idx = list(range(start, start + lags[r] + 1))
        start += lags[r] + 1
        t = b[idx].sum() / denom
        g = np.zeros(len(b))
        g[idx] = 1 / denom
        g[1:p + 1] = t / denom
        theta.append(t)
        ses.append(math.sqrt(g @ cov @ g))
    outv(case, key, theta)
    outv(case, key + "_se", ses)
    outv(case, key + "_p", [2 * stats.t.sf(abs(t / s), df) for t, s in zip(theta, ses)])


macro = pd.read_csv("macrodata.csv")
dl = np.log(macro[["realgdp", "realcons", "realinv"]]).diff()
ldv_case("macro_p1", dl["realcons"], {"GDP": dl["realgdp"], "INV": dl["realinv"]}, 1, 0)
ldv_case("macro_p2l1", dl["realcons"], {"GDP": dl["realgdp"], "INV": dl["realinv"]}, 2, 1)
ldv_case("macro_mixed", dl["realcons"], {"GDP": dl["realgdp"], "INV": dl["realinv"]}, 1, [2, 0])
annual = pd.read_csv("annual.csv")
ldv_case("annual", np.log(annual["us_atp_exports_world_usd"]),
         {"FDIGDP": annual["fdi_pct_gdp"], "PATENT": annual["ln_patent_nonresident"]}, 1, 0)


def dols_design(y, xs, leads, lags):
    cols = {"y": y}
    for name, x in xs.items():
        cols[name] = x
    for name, x in xs.items():
        d = x.diff()
        for j in range(-leads, lags + 1):
            cols[f"D.{name}{j}"] = d.shift(j)
    return pd.DataFrame(cols)


def dols_fit(df):
    X = sm.add_constant(df.drop(columns="y").values, prepend=True, has_constant="add")
    return sm.OLS(df["y"].values, X).fit(), X


def dols_case(case, y, xs, leads, lags):
    df = dols_design(y, xs, leads, lags).dropna()
    res, X = dols_fit(df)
    n, k = X.shape
    m = 1 + len(xs)
    out(case, "n", n)
    outv(case, "params", res.params[:m])
    bw = nw_default(n)
    out(case, "bandwidth", bw)
    hac = sm.OLS(df["y"].values, X).fit(cov_type="HAC", cov_kwds={"maxlags": bw, "use_correction": False},
                                         use_t=True)
    outv(case, "bse_hac", hac.bse[:m])
    outv(case, "pvalues_hac", hac.pvalues[:m])
    e = res.resid
    omega2 = sum((1.0 if l == 0 else 2 * (1 - l / (bw + 1))) * (e[l:] @ e[:n - l]) / n for l in range(bw + 1))
    out(case, "omega2", omega2)
    outv(case, "bse_lrv", np.sqrt(np.diag(res.cov_params()) * omega2 / res.scale)[:m])


ll = np.log(macro[["realgdp", "realcons", "realinv"]])
dols_case("dols_fixed", ll["realcons"], {"GDP": ll["realgdp"], "INV": ll["realinv"]}, 2, 2)

# Selection of leads q and lags r in 0..3 by AIC and BIC on the common sample of the largest model,
# then the chosen model refitted on its own sample.
xs = {"GDP": ll["realgdp"]}
common = dols_design(ll["realcons"], xs, 3, 3).dropna().index
for crit in ("aic", "bic"):
    best = None
    for q in range(4):
        for r in range(4):
            res, _ = dols_fit(dols_design(ll["realcons"], xs, q, r).loc[common])
            val = getattr(res, crit)
            out(f"dols_select_{crit}", f"value[{q}][{r}]", val)
            if best is None or val < best[0]:
                best = (val, q, r)
    out(f"dols_select_{crit}", "leads", best[1])
    out(f"dols_select_{crit}", "lags", best[2])
    dols_case(f"dols_select_{crit}", ll["realcons"], xs, best[1], best[2])
