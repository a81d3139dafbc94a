#!/usr/bin/python3
"""Reference for the Differencing node on the paper's data, grouped (DifferencingNodeModelTest).

Input: /work/shared/data (the project's shared data; see its README for sources):
  china_patent_nonresident.csv  (WDI IP.PAT.NRES, 2004-2018)
  china_fdi_pct_gdp.csv         (WDI BX.KLT.DINV.WD.GD.ZS, primary vintage, 2004-2018)
Both series are stacked into one long table (group = indicator), rows in reverse year order so the node must
sort them. Expected: pandas 1.5.3, per group sorted by year, first difference of the natural log
(np.log then Series.diff()). Run with Debian's python3; never run in CI:
    /usr/bin/python3 differencing_paper_data.py > differencing_paper_data.csv
"""
import sys

import numpy as np
import pandas as pd

DATA = "/work/shared/data/"
pat = pd.read_csv(DATA + "china_patent_nonresident.csv")
fdi = pd.read_csv(DATA + "china_fdi_pct_gdp.csv")
long = pd.concat([
    pd.DataFrame({"indicator": pat["indicator"], "year": pat["year"], "value": pat["patent_applications_nonresident"]}),
    pd.DataFrame({"indicator": fdi["indicator"], "year": fdi["year"], "value": fdi["fdi_net_inflows_pct_gdp"]}),
], ignore_index=True)
long["expected_D1_log"] = long.sort_values("year").groupby("indicator")["value"].transform(lambda v: np.log(v).diff())
long = long.iloc[::-1]
long.to_csv(sys.stdout, index=False, float_format="%.17g", na_rep="nan")
