#!/usr/bin/python3
"""Benchmark support on the Python side (run by bench/run.sh with Debian's /usr/bin/python3).

  bench.py generate DATA_DIR                  write the workloads' data (fixed seed) for both sides
  bench.py statsmodels WORKLOAD DATA_DIR OUT REPS   time statsmodels on one workload, write OUT (JSON)
  bench.py reference-mapping DATA_DIR OUT      counts per ATP group by a dict lookup (check for ours)
  bench.py report RESULTS_DIR                 print one table row per workload (ours vs statsmodels)

Data files are raw little-endian float64 (*.f64) or one code per line (*.txt); manifest.json describes them.
Each side runs each workload in its own process, so "peak memory" is that process's peak resident set size
(VmHWM / ru_maxrss), interpreter or JVM included.
"""
import json
import math
import os
import resource
import sys
import time

SEED = 20261129
ADF_WORKLOADS = {
    # workload: (data file, maxlag or None for the default ceil(12 (n/100)^(1/4)))
    "adf_100k": ("rw_100k.f64", None),
    "adf_1m_12": ("rw_1m.f64", 12),
    "adf_1m_120": ("rw_1m.f64", None),
    "adf_batch": ("rw_1000x200.f64", None),
}
ORDER = ["adf_100k", "adf_1m_12", "adf_1m_120", "adf_batch", "granger", "mapping"]
TITLES = {
    "adf_100k": "ADF AIC, n=100,000, default maxlag",
    "adf_1m_12": "ADF AIC, n=1,000,000, maxlag 12",
    "adf_1m_120": "ADF AIC, n=1,000,000, default maxlag (120)",
    "adf_batch": "ADF AIC, 1,000 series x 200 obs",
    "granger": "Granger x->y, lags 1..4, n=10,000",
    "mapping": "Map 10 M HS-10 codes to ATP groups",
}
TARGETS = {
    "adf_100k": ">= 300x",
    "adf_1m_12": ">= 70x",
    "adf_1m_120": "ours <= 0.5 s, < 200 MB",
    "adf_batch": ">= 80x",
    "granger": ">= 10x",
    "mapping": ">= 20 M codes/s",
}
RTOL = 1e-8
MAPPING_CODES = 10_000_000


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def generate(data_dir):
    import numpy as np
    os.makedirs(data_dir, exist_ok=True)
    rng = np.random.default_rng(SEED)
    # Gaussian random walks: the unit-root case the ADF test is about.
    np.cumsum(rng.standard_normal(100_000)).astype("<f8").tofile(os.path.join(data_dir, "rw_100k.f64"))
    np.cumsum(rng.standard_normal(1_000_000)).astype("<f8").tofile(os.path.join(data_dir, "rw_1m.f64"))
    np.cumsum(rng.standard_normal((1000, 200)), axis=1).astype("<f8").tofile(
        os.path.join(data_dir, "rw_1000x200.f64"))
    # Granger pair, x causes y: x_t = 0.5 x_{t-1} + e_t, y_t = 0.3 y_{t-1} + 0.1 x_{t-1} + u_t.
    n = 10_000
    e = rng.standard_normal((2, n))
    x = np.zeros(n)
    y = np.zeros(n)
    for t in range(1, n):
        x[t] = 0.5 * x[t - 1] + e[0, t]
        y[t] = 0.3 * y[t - 1] + 0.1 * x[t - 1] + e[1, t]
    np.stack([y, x]).astype("<f8").tofile(os.path.join(data_dir, "granger_yx_10k.f64"))
    # HS-10 codes: half drawn from the ATP import lists (mapped), half random 10-digit codes (mostly unmapped).
    atp_codes = sorted(_atp_codes())
    mapped = np.array(atp_codes)[rng.integers(0, len(atp_codes), MAPPING_CODES // 2)]
    random_codes = np.char.zfill(rng.integers(0, 10**10, MAPPING_CODES - MAPPING_CODES // 2).astype(str), 10)
    codes = np.concatenate([mapped, random_codes])
    rng.shuffle(codes)
    with open(os.path.join(data_dir, "hs10_10m.txt"), "w") as f:
        f.write("\n".join(codes.tolist()))
        f.write("\n")
    manifest = {
        "seed": SEED,
        "rw_100k.f64": [100_000], "rw_1m.f64": [1_000_000], "rw_1000x200.f64": [1000, 200],
        "granger_yx_10k.f64": [2, n], "hs10_10m.txt": [MAPPING_CODES],
    }
    with open(os.path.join(data_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


MAPPING_YEAR = "2022"  # the list the Java side maps with (Workloads.MAPPING_YEAR, imports)


def _atp_rows():
    """Rows of the ATP import lists that the project bundles (Census HTS-10 -> ATP group, 2017-2022)."""
    import csv
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "src", "main", "resources", "org", "tradeecon", "knime", "engine", "mapping",
                        "atp_hs_concordance.csv")
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def _atp_codes():
    return {row["hs10"] for row in _atp_rows()}


def reference_mapping(data_dir, out):
    """Counts per ATP group of the generated codes by a plain dictionary lookup in the same list: an independent
    check of the engine's mapping (not timed; the issue benchmarks the mapping engine alone)."""
    group = {r["hs10"]: r["atp_code"] for r in _atp_rows()
             if r["code_list_year"] == MAPPING_YEAR and r["flow"] == "import"}
    counts = {}
    total = 0
    with open(os.path.join(data_dir, "hs10_10m.txt")) as f:
        for line in f:
            g = group.get(line.strip(), "unmapped")
            counts[g] = counts.get(g, 0) + 1
            total += 1
    with open(out, "w") as f:
        json.dump({"workload": "mapping", "side": "reference", "status": "ok", "times_s": [],
                   "answers": {"codes": total, "counts": counts}}, f)


def load(data_dir, name):
    import numpy as np
    with open(os.path.join(data_dir, "manifest.json")) as f:
        shape = json.load(f)[name]
    return np.fromfile(os.path.join(data_dir, name), dtype="<f8").reshape(shape)


def run_statsmodels(workload, data_dir, out, reps):
    from statsmodels.tsa.stattools import adfuller, grangercausalitytests

    if workload in ADF_WORKLOADS:
        name, maxlag = ADF_WORKLOADS[workload]
        data = load(data_dir, name)
        series = [data] if data.ndim == 1 else list(data)

        def work():
            return [adfuller(s, maxlag=maxlag, regression="c", autolag="AIC") for s in series]

        def warm():
            adfuller(series[0][:200], regression="c", autolag="AIC")

        def answers(res):
            return {"lag": [int(r[2]) for r in res], "tau": [float(r[0]) for r in res],
                    "p": [float(r[1]) for r in res], "nobs": [int(r[3]) for r in res]}
    elif workload == "granger":
        yx = load(data_dir, "granger_yx_10k.f64")
        data = yx.T.copy()  # column 0 = y (effect), column 1 = x (cause): tests "x does not Granger-cause y"

        def work():
            return grangercausalitytests(data, maxlag=4, verbose=False)

        def warm():
            grangercausalitytests(data[:200], maxlag=4, verbose=False)

        def answers(res):
            return {"lag": [1, 2, 3, 4], "F": [float(res[p][0]["ssr_ftest"][0]) for p in (1, 2, 3, 4)],
                    "p": [float(res[p][0]["ssr_ftest"][1]) for p in (1, 2, 3, 4)]}
    else:
        raise SystemExit("unknown workload " + workload)

    times = []
    status = "ok"
    result = None
    start = time.perf_counter()
    try:
        warm()  # first-call costs (lazy imports) on a short series, outside the timing
        for _ in range(reps):
            t0 = time.perf_counter()
            result = work()
            times.append(time.perf_counter() - t0)
    except MemoryError:
        status = "MemoryError after %.1f s" % (time.perf_counter() - start)
    doc = {"workload": workload, "side": "statsmodels", "status": status, "times_s": times,
           "peak_rss_mb": peak_rss_mb(), "answers": answers(result) if result is not None else None}
    with open(out, "w") as f:
        json.dump(doc, f)


def median(xs):
    s = sorted(xs)
    m = len(s) // 2
    return s[m] if len(s) % 2 else 0.5 * (s[m - 1] + s[m])


def rel_diff(a, b):
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


def agreement(ours, theirs):
    """Compare answers: chosen lags equal; every other statistic within RTOL relative."""
    if not ours or not theirs:
        return "n/a"
    worst = 0.0
    for key, vals in theirs.items():
        if key not in ours:
            continue
        mine = ours[key]
        if len(mine) != len(vals):
            return "NO (%s: %d vs %d values)" % (key, len(mine), len(vals))
        if key in ("lag", "nobs"):
            bad = sum(1 for a, b in zip(mine, vals) if a != b)
            if bad:
                return "NO (%s differs in %d of %d)" % (key, bad, len(vals))
        else:
            worst = max([worst] + [rel_diff(a, b) for a, b in zip(mine, vals)])
    verdict = "yes" if worst <= RTOL else "NO"
    return "%s (max rel diff %.1e)" % (verdict, worst)


def fmt_time(t):
    if t is None:
        return "-"
    return "%.3f s" % t if t >= 1 else "%.2f ms" % (t * 1e3)


def read_result(results_dir, side, workload):
    path = os.path.join(results_dir, "%s-%s.json" % (side, workload))
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    status_path = path + ".status"
    status = open(status_path).read().strip() if os.path.exists(status_path) else "not run"
    return {"status": status, "times_s": [], "answers": None}


def report(results_dir):
    rows = [("workload", "target", "ours (median, runs)", "statsmodels (median, runs)", "ratio",
             "peak RSS ours", "peak RSS statsmodels", "answers agree")]
    for w in ORDER:
        ours = read_result(results_dir, "ours", w)
        sm = read_result(results_dir, "statsmodels", w) if w != "mapping" else None
        t_ours = median(ours["times_s"]) if ours["times_s"] else None
        ours_cell = ("%s, %d" % (fmt_time(t_ours), len(ours["times_s"]))) if t_ours else ours["status"]
        if w == "mapping":
            extra = ours.get("answers") or {}
            rate = extra.get("codes", MAPPING_CODES) / t_ours if t_ours else None
            sm_cell = "(ours alone)"
            ratio = "%.1f M codes/s" % (rate / 1e6) if rate else "-"
            ref = read_result(results_dir, "reference", w).get("answers")
            if not extra or not ref:
                agree = "n/a"
            else:
                mine = {k: v for k, v in extra["counts"].items() if v}
                agree = ("yes (counts per group = dict lookup)" if mine == ref["counts"]
                         else "NO (counts per group differ from a dict lookup)")
            sm_mem = "-"
        else:
            t_sm = median(sm["times_s"]) if sm["times_s"] else None
            sm_cell = ("%s, %d" % (fmt_time(t_sm), len(sm["times_s"]))) if t_sm else sm["status"]
            if t_sm and sm["status"] != "ok":
                sm_cell += " (" + sm["status"] + ")"
            ratio = "%.0fx" % (t_sm / t_ours) if (t_sm and t_ours) else "-"
            agree = agreement(ours.get("answers"), sm.get("answers"))
            sm_mem = "%.0f MB" % sm["peak_rss_mb"] if "peak_rss_mb" in sm else "-"
        ours_mem = "%.0f MB" % ours["peak_rss_mb"] if "peak_rss_mb" in ours else "-"
        rows.append((TITLES[w], TARGETS[w], ours_cell, sm_cell, ratio, ours_mem, sm_mem, agree))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    line = lambda r: "| " + " | ".join(c.ljust(wd) for c, wd in zip(r, widths)) + " |"
    print(line(rows[0]))
    print("|" + "|".join("-" * (wd + 2) for wd in widths) + "|")
    for r in rows[1:]:
        print(line(r))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "generate":
        generate(sys.argv[2])
    elif cmd == "statsmodels":
        run_statsmodels(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif cmd == "reference-mapping":
        reference_mapping(sys.argv[2], sys.argv[3])
    elif cmd == "report":
        report(sys.argv[2])
    else:
        raise SystemExit(__doc__)
