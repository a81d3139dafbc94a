"""Exact rational reference for robust covariances on a near-collinear design (issue 14).

Design (n = 16): const, x, z = x + delta * w (delta = 1e-7 by default, or the first argument), and a fourth
regressor v; y = 1 + 2x - z + 0.5v + u.
Every input double is converted to a Fraction exactly (Fraction(float) is exact), so the regression is solved
exactly in rational arithmetic: b, residuals, (X'X)^-1, leverages, HC0-HC3, Newey-West (lag 2, with and without
the n/(n-k) factor) and the DOLS-style long-run scaling omega^2 (X'X)^-1 (Bartlett lag 2, divisor n).
Only the final standard errors are rounded (to 25 significant digits, via Decimal). cond(X) is from numpy's SVD
of the doubles (2-norm), cond_scaled the same with each column scaled to unit length. Run: python3 collinear_sandwich_exact.py > collinear_sandwich_exact.txt
and  python3 collinear_sandwich_exact.py 1e-3 > collinear_sandwich_exact_mild.txt
"""
from fractions import Fraction as F
from decimal import Decimal, getcontext
import random

getcontext().prec = 60
rnd = random.Random(20261203)
n = 16
x = [round(rnd.uniform(0, 10), 6) for _ in range(n)]
w = [round(rnd.gauss(0, 1), 6) for _ in range(n)]
import sys
delta = float(sys.argv[1]) if len(sys.argv) > 1 else 1e-7
z = [x[i] + delta * w[i] for i in range(n)]  # rounded once to double
v = [round(rnd.uniform(-3, 3), 6) for _ in range(n)]
u = [round(rnd.gauss(0, 0.5) * (1 + x[i] / 5), 6) for i in range(n)]  # heteroskedastic
y = [1 + 2 * x[i] - z[i] + 0.5 * v[i] + u[i] for i in range(n)]  # doubles
cols = [[1.0] * n, x, z, v]
k = len(cols)

X = [[F(cols[p][i]) for p in range(k)] for i in range(n)]
Y = [F(t) for t in y]


def inverse(m):
    size = len(m)
    a = [row[:] + [F(int(r == c)) for c in range(size)] for r, row in enumerate(m)]
    for c in range(size):
        piv = next(r for r in range(c, size) if a[r][c] != 0)
        a[c], a[piv] = a[piv], a[c]
        d = a[c][c]
        a[c] = [t / d for t in a[c]]
        for r in range(size):
            if r != c and a[r][c] != 0:
                f = a[r][c]
                a[r] = [a[r][j] - f * a[c][j] for j in range(2 * size)]
    return [row[size:] for row in a]


xtx = [[sum(X[i][p] * X[i][q] for i in range(n)) for q in range(k)] for p in range(k)]
A = inverse(xtx)
xty = [sum(X[i][p] * Y[i] for i in range(n)) for p in range(k)]
b = [sum(A[p][q] * xty[q] for q in range(k)) for p in range(k)]
e = [Y[i] - sum(b[p] * X[i][p] for p in range(k)) for i in range(n)]
U = [[sum(A[p][q] * X[i][q] for q in range(k)) for p in range(k)] for i in range(n)]  # A x_i
h = [sum(X[i][p] * U[i][p] for p in range(k)) for i in range(n)]


def meat_cov(weights, lag=0):
    cov = [[F(0)] * k for _ in range(k)]
    for i in range(n):
        for p in range(k):
            for q in range(k):
                cov[p][q] += weights[i] * U[i][p] * U[i][q]
    for l in range(1, lag + 1):
        wl = 1 - F(l, lag + 1)
        for t in range(l, n):
            ee = e[t] * e[t - l]
            for p in range(k):
                for q in range(k):
                    cov[p][q] += wl * ee * (U[t][p] * U[t - l][q] + U[t - l][p] * U[t][q])
    return cov


def se(cov, factor=F(1)):
    out = []
    for p in range(k):
        d = Decimal(cov[p][p].numerator) / Decimal(cov[p][p].denominator) * (Decimal(factor.numerator) / Decimal(factor.denominator))
        out.append(format(d.sqrt(), '.25e'))
    return out


e2 = [t * t for t in e]
corr = F(n, n - k)
cases = {
    'hc0': se(meat_cov(e2)),
    'hc1': se(meat_cov(e2), corr),
    'hc2': se(meat_cov([e2[i] / (1 - h[i]) for i in range(n)])),
    'hc3': se(meat_cov([e2[i] / (1 - h[i]) ** 2 for i in range(n)])),
    'nw2': se(meat_cov(e2, 2)),
    'nw2_corrected': se(meat_cov(e2, 2), corr),
}
ssr = sum(e2)
cases['classical'] = se(A, ssr / (n - k))
omega = ssr / n
for l in range(1, 3):
    omega += 2 * (1 - F(l, 3)) * sum(e[t] * e[t - l] for t in range(l, n)) / n
cases['lrv2'] = se(A, omega)

print('# exact rational arithmetic (Python fractions); script collinear_sandwich_exact.py, delta = %r' % delta)
try:
    import numpy as np
    xm = np.array(cols).T
    print('cond', repr(float(np.linalg.cond(xm))))
    print('cond_scaled', repr(float(np.linalg.cond(xm / np.linalg.norm(xm, axis=0)))))
except ImportError:
    pass
for name, c in [('x1', x), ('x2', z), ('x3', v), ('y', y)]:
    for i, t in enumerate(c):
        print('%s[%d] %r' % (name, i, t))
for p in range(k):
    d = Decimal(b[p].numerator) / Decimal(b[p].denominator)
    print('b[%d] %s' % (p, format(d, '.25e')))
for name, s in cases.items():
    for p, t in enumerate(s):
        print('%s[%d] %s' % (name, p, t))
