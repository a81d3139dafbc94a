package org.tradeecon.knime.engine.unitroot.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * Levin–Lin–Chu against R plm 2.6.2 {@code purtest(test = "levinlin")} with its defaults ({@code dfcor = FALSE},
 * bandwidth round(3.21 T^(1/3))): plm_levinlin.csv, made by plm_reference.R from the balanced panels of
 * panels.csv (T = 20 to 22, below Table 2's first row) and llc_panels.csv (T = 27 and 120 between rows, 60 on a
 * row), each as is and cross-sectionally demeaned in R (the time mean subtracted before purtest), terms none,
 * constant and trend, lags fixed at 0 and 1 and chosen by SIC and AIC (pmax = 2; the engine's BIC and AIC on the
 * common max-lag sample, refit on the chosen lag's own sample, as plm). The same method: every unit's chosen lag
 * equal, statistic within 1e-8 relative, p-value within 1e-8 relative (floor 1e-300).
 */
class LlcReferenceTest {

    @TestFactory
    Stream<DynamicTest> everyPlmCase() {
        return ReferenceCsv.rows("/reference/panel/plm_levinlin.csv").stream().map(r -> DynamicTest.dynamicTest(
            r.get("panel") + " demean=" + r.get("demean") + " " + r.get("exo") + " lags=" + r.get("lags"),
            () -> check(r)));
    }

    private static void check(final Map<String, String> r) {
        Panel p = PlmReferenceTest.panel(r.get("file"), r.get("panel"), Boolean.parseBoolean(r.get("demean")));
        PanelUnitRootResult llc = LlcTest.test(p, options(r.get("exo"), r.get("lags")), 1, 0.05);
        String what = r.toString();
        String lags = llc.units().stream().map(u -> Integer.toString(u.lags())).collect(Collectors.joining(" "));
        assertEquals(r.get("lags_used"), lags, what + " lags");
        Tolerance.assertRelative(ReferenceCsv.number(r.get("statistic")), llc.statistic(), 1e-8, what + " statistic");
        Tolerance.assertClose(ReferenceCsv.number(r.get("p_value")), llc.pValue(), 1e-8, 1e-300, what + " p-value");
        assertEquals(p.unitCount(), llc.includedUnits(), what);
    }

    /**
     * gretl 2022c's {@code levinlin} (gretl_levinlin.csv, made by gretl_levinlin.inp from the same panels, fixed lags
     * 0 and 1), with gretl's readings of the paper ({@link LlcTest.Convention#GRETL}: bandwidth truncated, Table 2
     * at T-tilde, next row up); statistic and p-value within 1e-8 relative. T-tilde is 26 or 25 for llc_t27 (rows 30
     * and 25), 59 or 58 for llc_t60 (row 60), 119 or 118 for llc_t120 (row 250), below 25 for the rest.
     */
    @TestFactory
    Stream<DynamicTest> everyGretlCaseWithTheTruncatedBandwidth() {
        return ReferenceCsv.rows("/reference/panel/gretl_levinlin.csv").stream().map(r -> DynamicTest.dynamicTest(
            "gretl " + r.get("panel") + " " + r.get("exo") + " lags=" + r.get("lags"), () -> {
                Panel p = PlmReferenceTest.panel(r.get("file"), r.get("panel"), false);
                PanelUnitRootResult llc = LlcTest.test(p, options(r.get("exo"), r.get("lags")),
                    LlcTest.Convention.GRETL, 1, 0.05);
                Tolerance.assertRelative(ReferenceCsv.number(r.get("statistic")), llc.statistic(), 1e-8,
                    r + " statistic");
                Tolerance.assertClose(ReferenceCsv.number(r.get("p_value")), llc.pValue(), 1e-8, 1e-300,
                    r + " p-value");
            }));
    }

    static AdfOptions options(final String exo, final String lags) {
        Deterministic det = switch (exo) {
            case "none" -> Deterministic.NONE;
            case "intercept" -> Deterministic.CONSTANT;
            default -> Deterministic.TREND;
        };
        return switch (lags) {
            case "SIC" -> AdfOptions.defaults().withDeterministic(det).withLagSelection(LagSelection.BIC).withMaxLag(2);
            case "AIC" -> AdfOptions.defaults().withDeterministic(det).withLagSelection(LagSelection.AIC).withMaxLag(2);
            default -> AdfOptions.fixedLag(det, Integer.parseInt(lags));
        };
    }

    @Test
    void belowTheTableTheFirstRowIsUsedWithAWarning() {
        // T = 20: plm's selectT warns "the time series is short" and takes the T = 25 row; so does the engine
        PanelUnitRootResult r = LlcTest.test(PlmReferenceTest.panel("grunfeld_value", false),
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 1, 0.05);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("T = 20 is below")), r.warnings().toString());
        assertEquals(-0.554, r.quantities().get(LlcTest.MU), 0.0); // LLC (2002) Table 2, model 2, T = 25
        assertEquals(0.919, r.quantities().get(LlcTest.SIGMA), 0.0);
    }

    @Test
    void unbalancedPanelIsRefusedNamingTheUnitAndTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlcTest.test(
            PlmReferenceTest.panel("unbalanced", false), AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 1, 0.05));
        assertTrue(e.getMessage().contains("balanced panel") && e.getMessage().contains("unit 'u01'")
            && e.getMessage().contains("at time"), e.getMessage());
    }

    @Test
    void quadraticTrendAndShortPanelsAreRefused() {
        Panel p = PlmReferenceTest.panel("mixed", false);
        assertThrows(IllegalArgumentException.class, () -> LlcTest.test(p,
            AdfOptions.fixedLag(Deterministic.QUADRATIC_TREND, 0), 1, 0.05));
        Panel shortPanel = Panel.of(List.of("a", "b"), List.of(new double[]{1, 3, 2, 5, 4, 6, 5},
            new double[]{2, 1, 4, 3, 6, 5, 8}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlcTest.test(shortPanel,
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 1, 0.05));
        assertTrue(e.getMessage().contains("T = 7"), e.getMessage());
    }

    @Test
    void aConstantUnitStopsTheTestNamingIt() {
        Panel p = Panel.of(List.of("flat", "b"), List.of(new double[]{2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
            new double[]{2, 1, 4, 3, 6, 5, 8, 6, 9, 7}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlcTest.test(p,
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 1, 0.05));
        assertTrue(e.getMessage().contains("'flat'"), e.getMessage());
    }
}
