#!/usr/bin/python3
"""Writes the input series of the unit-root reference tests to series/<name>.csv (one value per line,
"nan" = missing, 17 significant digits). Run with Debian's /usr/bin/python3 (numpy only). See README.md."""
import csv
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "series")


def write(name, values):
    with open(os.path.join(OUT, name + ".csv"), "w") as f:
        for v in values:
            f.write("nan\n" if v is None or (isinstance(v, float) and math.isnan(v)) else "%.17g\n" % v)


def column(path, name):
    with open(path) as f:
        return [float(r[name]) for r in csv.DictReader(f)]


def main():
    os.makedirs(OUT, exist_ok=True)
    macro = os.path.join(HERE, "macrodata.csv")  # statsmodels' bundled macrodata (public domain, FRED/BLS)
    realgdp = column(macro, "realgdp")
    write("realgdp", realgdp)
    write("lnrealgdp", np.log(realgdp))
    write("infl", column(macro, "infl"))
    write("unemp", column(macro, "unemp"))

    # The paper's PATENT series, 2004-2017 (World Bank WDI IP.PAT.NRES; see data/README.md)
    with open(os.path.join(HERE, "data", "china_patent_nonresident.csv")) as f:
        rows = [r for r in csv.DictReader(f) if 2004 <= int(r["year"]) <= 2017]
    lnpat = [math.log(float(r["patent_applications_nonresident"])) for r in rows]
    write("lnpatent_2004_2017", lnpat)
    write("dlnpatent_2005_2017", np.diff(lnpat))

    rng = np.random.default_rng(20261129)
    write("rw250", rng.standard_normal(250).cumsum())
    e = rng.standard_normal(200)
    ar1 = np.zeros(200)
    for t in range(1, 200):
        ar1[t] = 0.5 * ar1[t - 1] + e[t]
    write("ar1_200", ar1)
    e = rng.standard_normal(300)
    u = np.zeros(300)
    for t in range(1, 300):
        u[t] = 0.6 * u[t - 1] + e[t]
    write("trendstat300", 5.0 + 0.05 * np.arange(300) + u)
    write("rwdrift500", (0.2 + rng.standard_normal(500)).cumsum())
    # unit root with AR(3) differences: the information criteria pick lags > 0
    e = rng.standard_normal(400)
    d = np.zeros(400)
    for t in range(3, 400):
        d[t] = 0.5 * d[t - 1] - 0.3 * d[t - 2] + 0.2 * d[t - 3] + e[t]
    write("ar3diff400", d.cumsum())
    # short annual-like series (13-15 points): random walks with drift
    for n in (13, 14, 15):
        write("short%d" % n, 10.0 + (0.1 + 0.05 * rng.standard_normal(n)).cumsum())
    write("rw2000", rng.standard_normal(2000).cumsum())
    # a quadratic trend plus noise (for the ctt case)
    t = np.arange(150.0)
    write("quad150", 1.0 + 0.02 * t + 0.001 * t * t + rng.standard_normal(150))
    # missing values at both ends (the tests trim them; the reference uses the trimmed series)
    x = list(rng.standard_normal(60).cumsum())
    write("rw60_padded", [None, None] + x + [None])
    write("rw60", x)
    # nearly deterministic exponential growth: R^2 of the ADF regression close to 1, so the engine's
    # cross-product path must hand over to QR (tests the fallback)
    write("expgrowth80", np.exp(0.05 * np.arange(80.0)) * (1.0 + 1e-5 * rng.standard_normal(80)))
    # a long random walk with drift: the one-pass cross products (sliding sums over 20,000 rows, default maxlag
    # 45) against statsmodels
    write("rwdrift20000", (0.05 + rng.standard_normal(20000)).cumsum())


if __name__ == "__main__":
    main()
