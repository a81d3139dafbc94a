#!/usr/bin/python3
"""Reference values for the offline rows of the replication (Debian python3-statsmodels; never run in CI).

Input: the bundled offline snapshot (byte copies of shared/data, see engine/datasource/README.md), whose values
are repeated below so that this script runs on its own. Output: offline_rows.csv beside this script.
Run: /usr/bin/python3 offline_rows.py > offline_rows.csv
Statistics: N, mean, sample sd (ddof=1), min, max; ADF with a constant, 0 lags, MacKinnon (1994) p-value
(statsmodels.tsa.stattools.adfuller(x, maxlag=0, regression='c', autolag=None)) on the d-th difference.
"""
import numpy as np
import statsmodels
from statsmodels.tsa.stattools import adfuller

# china_patent_nonresident.csv, IP.PAT.NRES, 2004-2017 (the paper's PATENT sample)
patents = [64598, 79842, 88183, 92101, 95259, 85508, 98111, 110583, 117464, 120200, 127042, 133612, 133522, 135885]
# china_fdi_pct_gdp.csv, BX.KLT.DINV.WD.GD.ZS, 2004-2018: primary vintage, later vintage
fdi = [3.4836411137, 4.5542540339, 4.5085790157, 4.4009652166, 3.7336350392, 2.5688886130, 4.0035624708,
       3.7088287541, 2.8270903116, 3.0398756208, 2.5683425043, 2.2013381082, 1.5689570570, 1.3676771333,
       1.7295886493]
fdi_later = fdi[:10] + [2.5592334647, 2.1921816605, 1.5556420651, 1.3491327576, 1.6939053474]

series = {"PATENT": np.log(patents), "FDIGDP": np.array(fdi), "FDIGDP_later_vintage": np.array(fdi_later),
          "Year": np.arange(2004, 2019, dtype=float)}
print("# statsmodels " + statsmodels.__version__ + ", numpy " + np.__version__)
print("variable,statistic,value")
for name, x in series.items():
    for stat, v in [("N", len(x)), ("mean", x.mean()), ("sd", x.std(ddof=1)), ("min", x.min()), ("max", x.max())]:
        print(f"{name},{stat},{v!r}")
    if name == "Year":
        continue
    for d in range(0, 3):
        tau, p = adfuller(np.diff(x, d), maxlag=0, regression="c", autolag=None)[:2]
        print(f"{name},tau_d{d},{tau!r}")
        print(f"{name},p_d{d},{p!r}")
