"""The asymptotic critical values statsmodels' coint_johansen reports (c_sjt: trace, c_sja: maximum eigenvalue),
for 1 to 6 common trends (k - r0) and det_order -1 (no deterministic terms, our case 1) and 0 (unrestricted
constant, our case 3), at 90%, 95%, 99%. Used ONLY as an outside cross-check of our simulated distributions within
a Monte Carlo tolerance (JohansenSimulationTest), never as the engine's critical values.
Output: statsmodels_critical_values.csv. Run: /usr/bin/python3 statsmodels_critical_values.py (statsmodels 0.13.5)
"""
from statsmodels.tsa.coint_tables import c_sja, c_sjt

with open("statsmodels_critical_values.csv", "w") as f:
    f.write("det_order,trends,statistic,level,value\n")
    for det in (-1, 0):
        for m in range(1, 7):
            for name, table in (("trace", c_sjt), ("maxeig", c_sja)):
                for level, v in zip((0.10, 0.05, 0.01), table(m, det)):
                    f.write("%d,%d,%s,%.2f,%.17g\n" % (det, m, name, level, v))
