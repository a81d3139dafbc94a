package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/** MacKinnon (1994) p-values and MacKinnon (2010) critical values. */
class MacKinnonTest {

    /**
     * Stata's dfuller output as printed in the paper (Table II; "MacKinnon approximate p-value for Z(t)",
     * constant, no trend), 4 decimals: tau -3.515 -> 0.0076, -3.400 -> 0.0110, -3.647 -> 0.0049, -4.703 -> 0.0001.
     */
    @Test
    void paperTableTwoPValues() {
        assertEquals(0.0076, MacKinnon.pValue(-3.515, Deterministic.CONSTANT), 0.00005);
        assertEquals(0.0110, MacKinnon.pValue(-3.400, Deterministic.CONSTANT), 0.00005);
        assertEquals(0.0049, MacKinnon.pValue(-3.647, Deterministic.CONSTANT), 0.00005);
        assertEquals(0.0001, MacKinnon.pValue(-4.703, Deterministic.CONSTANT), 0.00005);
    }

    /**
     * Stata's MacKinnon p-values for realgdp with 4 lags, quoted by statsmodels' test_stattools.py (Stata prints
     * 6 digits): constant tau 0.97505319 -> 0.99399563; constant and trend tau -1.8566374 -> 0.67682968.
     */
    @Test
    void stataRealGdpPValues() {
        assertEquals(0.99399563, MacKinnon.pValue(0.97505319, Deterministic.CONSTANT), 5e-7);
        assertEquals(0.67682968, MacKinnon.pValue(-1.8566374, Deterministic.TREND), 5e-7);
    }

    /** statsmodels' mackinnonp on a grid of tau from -20 to 3.5 for n, c, ct, ctt: within 1e-12 relative. */
    @Test
    void pValuesMatchStatsmodelsOnAGrid() {
        List<Map<String, String>> rows = UnitRootReference.table("statsmodels_mackinnon.csv");
        int checked = 0;
        for (Map<String, String> r : rows) {
            if (!r.get("kind").equals("p")) {
                continue;
            }
            double tau = Double.parseDouble(r.get("x"));
            Deterministic d = Deterministic.fromCode(r.get("regression"));
            Tolerance.assertClose(Double.parseDouble(r.get("value")), MacKinnon.pValue(tau, d), 1e-12, 1e-300,
                "p(" + tau + ", " + d + ")");
            checked++;
        }
        assertEquals(4 * 471, checked);
    }

    /** statsmodels' mackinnoncrit for T = 10..100000: within 1e-12 relative. */
    @Test
    void criticalValuesMatchStatsmodels() {
        for (Map<String, String> r : UnitRootReference.table("statsmodels_mackinnon.csv")) {
            if (!r.get("kind").equals("crit")) {
                continue;
            }
            int t = Integer.parseInt(r.get("x"));
            String[] v = r.get("value").split(";");
            Deterministic d = Deterministic.fromCode(r.get("regression"));
            for (int i = 0; i < 3; i++) {
                Tolerance.assertClose(Double.parseDouble(v[i]), MacKinnon.criticalValue(MacKinnon.LEVELS[i], d, t), 1e-12,
                    1, "crit " + d + " T=" + t);
            }
        }
    }

    /** MacKinnon (2010) Table 2, asymptotic values (the b_inf column), e.g. constant 5%: -2.86154. */
    @Test
    void asymptoticCriticalValuesArePublishedNumbers() {
        assertEquals(-2.86154, MacKinnon.criticalValue(0.05, Deterministic.CONSTANT, Integer.MAX_VALUE), 0);
        assertEquals(-3.43035, MacKinnon.criticalValue(0.01, Deterministic.CONSTANT, Integer.MAX_VALUE), 0);
        assertEquals(-3.41049, MacKinnon.criticalValue(0.05, Deterministic.TREND, Integer.MAX_VALUE), 0);
        assertEquals(-3.55326, MacKinnon.criticalValue(0.10, Deterministic.QUADRATIC_TREND, Integer.MAX_VALUE), 0);
    }

    @Test
    void outsideTheTableThePValueIsZeroOrOne() {
        assertEquals(0.0, MacKinnon.pValue(-19.0, Deterministic.CONSTANT));
        assertTrue(MacKinnon.isOutsideTable(-19.0, Deterministic.CONSTANT));
        assertEquals(1.0, MacKinnon.pValue(2.75, Deterministic.CONSTANT));
        assertFalse(MacKinnon.isOutsideTable(100.0, Deterministic.NONE)); // tau_max not tabulated for "n"
        assertThrows(IllegalArgumentException.class, () -> MacKinnon.pValue(Double.NaN, Deterministic.CONSTANT));
        assertThrows(IllegalArgumentException.class, () -> MacKinnon.criticalValue(0.025, Deterministic.NONE, 50));
    }
}
