"""Writes the public datasets the reference scripts and the Java tests share (run with Debian's python3).

macrodata.csv: statsmodels' bundled US macro data (statsmodels.datasets.macrodata, 1959Q1-2009Q3),
  columns year, quarter, realgdp, realcons, realinv, copied unchanged.
annual.csv: the project's annual series 2004-2018 from /work/shared/data (see its README for provenance):
  US ATP exports to the world (USD), China FDI net inflows % GDP, ln China non-resident patent applications.
ChickEgg is written by chickegg_reference.R (R lmtest's dataset).
"""
import csv
import statsmodels.api as sm

d = sm.datasets.macrodata.load_pandas().data
with open("macrodata.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["year", "quarter", "realgdp", "realcons", "realinv"])
    for _, r in d.iterrows():
        w.writerow([int(r.year), int(r.quarter), repr(float(r.realgdp)), repr(float(r.realcons)),
                    repr(float(r.realinv))])

shared = "/work/shared/data/"
def read(name, col):
    with open(shared + name) as f:
        return {int(r["year"]): r[col] for r in csv.DictReader(f)}
exp = read("us_atp_exports_world_by_year.csv", "us_atp_exports_world_usd")
fdi = read("china_fdi_pct_gdp.csv", "fdi_net_inflows_pct_gdp")
pat = read("china_patent_nonresident.csv", "ln_patent_applications_nonresident")
with open("annual.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["year", "us_atp_exports_world_usd", "fdi_pct_gdp", "ln_patent_nonresident"])
    for y in sorted(exp):
        w.writerow([y, exp[y], fdi[y], pat[y]])
