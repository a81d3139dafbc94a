#!/usr/bin/python3
"""Extra series for the convention-preset reference tests (issue 15), written to ../series/ in the format of
../make_series.py (one value per line, 17 significant digits).

- statalist17: the 17 values of the series in the Statalist thread "Dickey-Fuller F statistics for testing joint
  hypotheses" (https://www.statalist.org/forums/forum/general-stata-discussion/general/1346659), typed from the
  post's `input` block; the same post prints Stata's `dfuller y, lag(0)` on it (quoted in stata_published.csv).
- short16, short18, short20: seeded random walks with drift (numpy default_rng(20261203)), as short13..15.
The AirPassengers series (Stata's air2) is written by r_presets.R from R's datasets package.
Run: /usr/bin/python3 make_preset_series.py
"""
import os

import numpy as np

SERIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "series")
STATALIST17 = [99.2, 99, 100, 111.6, 122.2, 117.6, 121.1, 136, 154.2, 153.6, 158.5, 140.6, 136.2, 168, 154.3,
               149, 165.5]


def write(name, values):
    with open(os.path.join(SERIES, name + ".csv"), "w") as f:
        for v in values:
            f.write("%.17g\n" % v)


def main():
    write("statalist17", STATALIST17)
    rng = np.random.default_rng(20261203)
    for n in (16, 18, 20):
        write("short%d" % n, 10.0 + (0.1 + 0.05 * rng.standard_normal(n)).cumsum())


if __name__ == "__main__":
    main()
