package org.tradeecon.knime.engine.unitroot;

/**
 * The kernel of the Phillips–Perron long-run variance λ̂² = γ̂0 + 2·Σ_j w(j/b)·γ̂_j with bandwidth b = l + 1 for l
 * lags, so that the Bartlett weights are 1 − j/(l+1) as in Stata's {@code pperron} and R tseries' {@code pp.test}
 * (Andrews 1991, eq. 2.7; the same weights as R sandwich's {@code kweights(j / b, kernel)}). Bartlett and Parzen
 * give weight only to j &lt; b; the Quadratic Spectral kernel weighs every lag j = 1..T − 1.
 */
public enum PhillipsPerronKernel {
    /** w(x) = 1 − |x| for |x| ≤ 1. */
    BARTLETT("Bartlett"),
    /** w(x) = 1 − 6x² + 6|x|³ for |x| &lt; 1/2, 2(1 − |x|)³ for 1/2 ≤ |x| ≤ 1. */
    PARZEN("Parzen"),
    /** w(x) = 25/(12π²x²)·(sin(6πx/5)/(6πx/5) − cos(6πx/5)). */
    QUADRATIC_SPECTRAL("Quadratic Spectral");

    private final String m_name;

    PhillipsPerronKernel(final String name) {
        m_name = name;
    }

    /** @return the kernel's name, e.g. "Quadratic Spectral" */
    public String description() {
        return m_name;
    }

    /** @return the weight w(x) at x = j / b ≥ 0 */
    public double weight(final double x) {
        switch (this) {
            case BARTLETT:
                return x > 1.0 ? 0.0 : 1.0 - x;
            case PARZEN:
                return x > 1.0 ? 0.0 : x < 0.5 ? 1.0 - 6.0 * x * x + 6.0 * x * x * x : 2.0 * Math.pow(1.0 - x, 3);
            case QUADRATIC_SPECTRAL:
                if (x == 0.0) {
                    return 1.0;
                }
                double z = 6.0 * Math.PI * x / 5.0;
                return 3.0 / (z * z) * (Math.sin(z) / z - Math.cos(z));
            default:
                throw new IllegalStateException(name());
        }
    }

    /** @return the largest lag j with a nonzero weight for l lags out of T − 1 */
    int lastLag(final int lags, final int bigT) {
        return this == QUADRATIC_SPECTRAL ? bigT - 1 : lags;
    }
}
