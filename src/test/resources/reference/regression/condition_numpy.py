"""Condition numbers of regression designs, columns scaled to unit length (2-norm, numpy SVD), issue 14.

Case "annual": the design of ldv_reference.py's case "annual" (const, lny(-1), FDIGDP, PATENT for 2005-2018,
lny = ln us_atp_exports_world_usd) from annual.csv.
Run: python3 condition_numpy.py > condition_numpy.txt
"""
import csv
import math

import numpy as np

with open("annual.csv") as f:
    rows = list(csv.DictReader(f))
lny = [math.log(float(r["us_atp_exports_world_usd"])) for r in rows]
fdi = [float(r["fdi_pct_gdp"]) for r in rows]
pat = [float(r["ln_patent_nonresident"]) for r in rows]
X = np.array([[1.0, lny[t - 1], fdi[t], pat[t]] for t in range(1, len(rows))])
print("# numpy %s; script condition_numpy.py" % np.__version__)
print("annual.cond_scaled %r" % float(np.linalg.cond(X / np.linalg.norm(X, axis=0))))
