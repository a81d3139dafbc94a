"""Engle-Granger tau from gretl 2022c (gretlcli, Debian), a second independent implementation: gretl's `coint`
command (cointegrating regression, then ADF without constant on its residuals) with a fixed lag order, for each
variable set of statsmodels_coint.py with its first variable as dependent, trend c (default) and ct (--ct), lags
0 and 2. tau is read with the accessor $test at full precision (%.17g). gretl's p-values (MacKinnon 1996
numerical distribution functions) are not used: this engine gives MacKinnon (1994) p-values, as statsmodels.
Output: gretl_coint.csv (system, dependent, regressors, trend, lag, tau).
Run: /usr/bin/python3 gretl_coint.py
"""
import csv
import os
import subprocess
import tempfile

from systems import SYSTEMS

rows = []
for system, variables in SYSTEMS:
    for trend, flag in [("c", ""), ("ct", " --ct")]:
        for lag in (0, 2):
            script = ("open %s.csv --quiet\ncoint %d %s --skip-df%s\nprintf \"TAU %%.17g\\n\", $test\n"
                      % (system, lag, " ".join(variables), flag))
            with tempfile.NamedTemporaryFile("w", suffix=".inp", delete=False, dir=".") as f:
                f.write(script)
            try:
                out = subprocess.run(["gretlcli", "-b", f.name], capture_output=True, text=True, check=True).stdout
            finally:
                os.unlink(f.name)
            tau = [line.split()[1] for line in out.splitlines() if line.startswith("TAU ")][0]
            rows.append({"system": system, "dependent": variables[0], "regressors": ";".join(variables[1:]),
                         "trend": trend, "lag": lag, "tau": tau})
with open("gretl_coint.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
