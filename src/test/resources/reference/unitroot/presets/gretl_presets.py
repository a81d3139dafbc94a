#!/usr/bin/python3
"""Reference values from gretl (Debian gretl, gretlcli) for the "gretl" convention preset (issue 15): `adf` with
--nc/--c/--ct/--ctt on the short and real series of the preset tests, fixed orders 0..8 (gretl estimates any
order that leaves a residual degree of freedom) and --test-down AIC/BIC/tstat from 2, 4, 6 and gretl's default
maximum lag (order -1, floor(12*(n/100)^(1/4)) without a cap). Parsed like ../gretl_reference.py (whose run_adf
this uses), with gretl's $pvalue (MacKinnon 1996; compared only to document the difference). Also the t-rule
cases of ../gretl_reference.py's quad150 on each candidate's own sample. Writes gretl_presets.csv.
Run: /usr/bin/python3 gretl_presets.py   (after make_preset_series.py and r_presets.R)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gretl_reference import run_adf  # noqa: E402

SERIES = ["statalist17", "short13", "short14", "short15", "short16", "short18", "short20", "dlnpatent_2005_2017",
          "lnpatent_2004_2017", "airpassengers", "lnrealgdp", "rw60", "quad150", "ar3diff400"]
TERMS = {"n": "--nc", "c": "--c", "ct": "--ct", "ctt": "--ctt"}
SETTINGS = [("fixed%d" % k, k, None) for k in range(9)]
SETTINGS += [("%s%s" % (crit.lower(), "default" if top < 0 else top), top, crit)
             for crit in ("AIC", "BIC", "tstat") for top in (2, 4, 6, -1)]


def main():
    run_adf(SERIES, TERMS, SETTINGS, "", os.path.join("presets", "gretl_presets.csv"), "presets/gretl_presets.py",
            pvalue=True)


if __name__ == "__main__":
    main()
