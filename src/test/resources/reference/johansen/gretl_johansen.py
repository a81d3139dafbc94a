"""Johansen statistics of all five deterministic cases from gretl, through log-likelihoods.

gretl does not export the eigenvalues at full precision, but its VECM log-likelihood of rank r,
ll(r) = c - T/2 * sum_{i<=r} ln(1 - lambda_i), does (printf %.17g of $lnl). So the trace statistic of rank r0 is
2 (ll(k) - ll(r0)) and the maximum-eigenvalue statistic 2 (ll(r0 + 1) - ll(r0)). ll(1..k) come from
`vecm order r` (order = lagged differences + 1); ll(0) from the VAR in differences with the deterministic terms
that survive at rank 0 (`var`, with --nc for cases 1 and 2, the default constant for cases 3 and 4, --trend for
case 5). gretl options: --nc (case 1), --rc (case 2), none (case 3), --crt (case 4), --ct (case 5).
Output: gretl_johansen.csv (dataset, case, lags, rank, T, loglik).
Run: /usr/bin/python3 gretl_johansen.py   (gretl 2022c, gretlcli from Debian)
"""
import os
import subprocess

REF = os.path.abspath("../cointegration") + "/"
SETS = {"denmark": ["LRM", "LRY", "LPY", "IBO"], "coint3": ["y", "x1", "x2"], "nocoint3": ["a", "b", "c"]}
CASES = {1: ("--nc", "--nc"), 2: ("--rc", "--nc"), 3: ("", ""), 4: ("--crt", ""), 5: ("--ct", "--trend")}

rows = []
for name, cols in SETS.items():
    k = len(cols)
    for case, (vecm_flag, var_flag) in CASES.items():
        for lags in (1, 2):
            script = ["open %s%s.csv --quiet" % (REF, name), "set messages off", "set echo off"]
            script.append("list X = " + " ".join(cols))
            script.append("list D = diff(X)")
            script.append("var %d D %s --quiet" % (lags, var_flag))
            script.append('printf "LL 0 %d %.17g\\n", $T, $lnl')
            for r in range(1, k + 1):
                script.append("vecm %d %d X %s --quiet" % (lags + 1, r, vecm_flag))
                script.append('printf "LL %d %%d %%.17g\\n", $T, $lnl' % r)
            with open("/tmp/gretl_johansen.inp", "w") as f:
                f.write("\n".join(script) + "\n")
            out = subprocess.run(["gretlcli", "-b", "/tmp/gretl_johansen.inp"], capture_output=True, text=True,
                                 check=True).stdout
            found = [line.split() for line in out.splitlines() if line.startswith("LL ")]
            assert len(found) == k + 1, out
            for _, r, t, ll in found:
                rows.append((name, case, lags, int(r), int(t), ll))
with open("gretl_johansen.csv", "w") as f:
    f.write("dataset,case,lags,rank,T,loglik\n")
    for r in rows:
        f.write("%s,%d,%d,%d,%d,%s\n" % r)
