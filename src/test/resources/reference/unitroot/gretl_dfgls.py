#!/usr/bin/python3
"""Reference values from gretl (Debian gretl, gretlcli) for the DF-GLS engine tests.

Runs `adf --gls` on the reference series with --c and --ct: fixed lags 0, 1, 2, 4, and --test-down=AIC
(gretl then uses the modified AIC of Ng and Perron 2001) from 4 lags and from gretl's default maximum lag.
The lag used, the sample size, the maximum lag, tau and gretl's $pvalue go to gretl_dfgls.csv (parsing as
gretl_reference.py). gretl's p-value for a fixed lag with --c is the asymptotic Dickey-Fuller p-value without
deterministic terms (compared); with --ct and after a test-down gretl uses its own (Cottrell) approximations,
which are not compared.
Run: /usr/bin/python3 gretl_dfgls.py   (see README.md)
"""
from gretl_reference import run_adf

SERIES = ["realgdp", "lnrealgdp", "infl", "unemp", "lnpatent_2004_2017", "dlnpatent_2005_2017", "rw250",
          "ar1_200", "trendstat300", "rwdrift500", "ar3diff400", "short13", "short14", "short15", "rw60",
          "quad150"]
TERMS = {"c": "--c", "ct": "--ct"}
SETTINGS = [("fixed0", 0, None), ("fixed1", 1, None), ("fixed2", 2, None), ("fixed4", 4, None),
            ("maic4", 4, "AIC"), ("maicdefault", -1, "AIC")]

if __name__ == "__main__":
    run_adf(SERIES, TERMS, SETTINGS, "--gls ", "gretl_dfgls.csv", "gretl_dfgls.py", pvalue=True)
