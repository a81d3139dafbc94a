"""Writes the test systems (one CSV per system, one column per series, 17 significant digits).

macro.csv: natural logs of six series of statsmodels' macrodata (../unitroot/macrodata.csv, 1959Q1-2009Q3).
Synthetic systems, numpy default_rng(20261203):
  coint3:  x1, x2 random walks, y = 1 + 0.5 x1 - 2 x2 + u, u AR(1) with coefficient 0.5 (cointegrated), n = 200
  nocoint3: three independent random walks, n = 200 (not cointegrated)
  coint6:  five random walks and y = sum of them with weights 1, -1, 0.5, 2, -0.3 plus an AR(1) 0.3 error, n = 500
  short2:  x a random walk, y = 2 x + white noise, n = 30 (short sample)
  trend2:  x a random walk with drift 0.3, y = 0.05 t + x + AR(1) 0.6 error, n = 150 (cointegrated around a trend)
  nearexact2: x a random walk, y = 1 + 0.5 y(t-1) + x(t) + 1e-6 white noise, n = 100 (an ARDL that fits almost
           exactly, where sums of squares cancel: the engine's order search must switch to QR)
Run: /usr/bin/python3 make_systems.py  (numpy 1.24.2, pandas 1.5.3 from Debian)
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(20261203)


def ar1(n, phi):
    e = rng.standard_normal(n)
    u = np.zeros(n)
    u[0] = e[0]
    for t in range(1, n):
        u[t] = phi * u[t - 1] + e[t]
    return u


def rw(n, drift=0.0):
    return np.cumsum(drift + rng.standard_normal(n))


def write(name, cols):
    pd.DataFrame(cols).to_csv(name + ".csv", index=False, float_format="%.17g")


macro = pd.read_csv("../unitroot/macrodata.csv")
write("macro", {v: np.log(macro[v].to_numpy()) for v in
                ["realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi"]})

n = 200
x1, x2 = rw(n), rw(n)
write("coint3", {"y": 1 + 0.5 * x1 - 2 * x2 + ar1(n, 0.5), "x1": x1, "x2": x2})
write("nocoint3", {"a": rw(n), "b": rw(n), "c": rw(n)})
n = 500
xs = [rw(n) for _ in range(5)]
w = [1, -1, 0.5, 2, -0.3]
cols = {"y": sum(wi * xi for wi, xi in zip(w, xs)) + ar1(n, 0.3)}
cols.update({"x%d" % (i + 1): xs[i] for i in range(5)})
write("coint6", cols)
n = 30
x = rw(n)
write("short2", {"y": 2 * x + rng.standard_normal(n), "x": x})
n = 150
x = rw(n, 0.3)
write("trend2", {"y": 0.05 * np.arange(1, n + 1) + x + ar1(n, 0.6), "x": x})
n = 100
x = rw(n)
e = 1e-6 * rng.standard_normal(n)
y = np.zeros(n)
for t in range(1, n):
    y[t] = 1 + 0.5 * y[t - 1] + x[t] + e[t]
write("nearexact2", {"y": y, "x": x})
