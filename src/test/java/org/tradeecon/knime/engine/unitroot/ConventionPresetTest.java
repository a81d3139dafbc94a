package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.UnitRootReference;

/** The presets as shortcuts (not locks) and the clear errors of conventions that do not fit the options. */
class ConventionPresetTest {

    @Test
    void statsmodelsPresetIsTheDefaults() {
        AdfOptions d = AdfOptions.defaults();
        AdfOptions p = d.withConventions(ConventionPreset.STATSMODELS);
        assertEquals(d.maxLagRule(), p.maxLagRule());
        assertEquals(d.lagLimit(), p.lagLimit());
        assertEquals(d.lagZeroSearched(), p.lagZeroSearched());
        assertEquals(d.lagSearchSample(), p.lagSearchSample());
        assertEquals(d.tStatSample(), p.tStatSample());
        assertEquals(d.pValueMethod(), p.pValueMethod());
        assertEquals(d.criticalValueMethod(), p.criticalValueMethod());
        assertEquals(d.maxLagCut(), p.maxLagCut());
    }

    @Test
    void presetKeepsTheAnalystsChoicesAndEachConventionStaysSettable() {
        AdfOptions o = AdfOptions.fixedLag(Deterministic.TREND, 3).withAlpha(0.1)
            .withConventions(ConventionPreset.R_URCA).withCriticalValueMethod(CriticalValueMethod.MACKINNON_2010);
        assertEquals(Deterministic.TREND, o.deterministic());
        assertEquals(LagSelection.FIXED, o.lagSelection());
        assertEquals(3, o.maxLag());
        assertEquals(0.1, o.alpha());
        assertEquals(LagLimit.ONE_RESIDUAL_DF, o.lagLimit());
        assertEquals(CriticalValueMethod.MACKINNON_2010, o.criticalValueMethod());
    }

    @Test
    void tseriesPValueNeedsTheTrend() {
        AdfOptions o = AdfOptions.fixedLag(Deterministic.CONSTANT, 0).withConventions(ConventionPreset.R_TSERIES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AdfTest.test(UnitRootReference.series("rw60"), o));
        assertTrue(e.getMessage().contains("constant and linear trend only"), e.getMessage());
    }

    @Test
    void fullerHasNoQuadraticTrend() {
        AdfOptions o = AdfOptions.fixedLag(Deterministic.QUADRATIC_TREND, 0).withConventions(ConventionPreset.STATA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AdfTest.test(UnitRootReference.series("rw60"), o));
        assertTrue(e.getMessage().contains("Fuller's (1976) table has no critical values"), e.getMessage());
    }

    @Test
    void gretlsUncappedMaximumWithoutResidualDfIsRefusedWithTheLargestAllowed() {
        AdfOptions o = AdfOptions.defaults().withConventions(ConventionPreset.GRETL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AdfTest.test(UnitRootReference.series("short15"), o, "short15"));
        // floor(12 (15/100)^(1/4)) = 7; with a constant one residual df allows (15 - 1 - 3) / 2 = 5
        assertTrue(e.getMessage().contains("= 7 leaves the regression no residual degree of freedom"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 5"), e.getMessage());
        assertEquals(5, AdfTest.test(UnitRootReference.series("short15"), o.withMaxLag(5)).maxLag());
    }

    @Test
    void oneResidualDfLimitStillRefusesAnExactFit() {
        AdfOptions o = AdfOptions.fixedLag(Deterministic.CONSTANT, 6).withLagLimit(LagLimit.ONE_RESIDUAL_DF);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AdfTest.test(UnitRootReference.series("short15"), o));
        assertTrue(e.getMessage().contains("leaving no residual degree of freedom"), e.getMessage());
    }

    @Test
    void conventionsAreReported() {
        AdfResult a = AdfTest.test(UnitRootReference.series("rw60"), AdfOptions.defaults().withMaxLag(4)
            .withConventions(ConventionPreset.R_URCA));
        assertTrue(a.conventions().get("lag selection").contains("lags 1..4"), a.conventions().toString());
        assertTrue(a.conventions().get("critical values").contains("n - 1 = 59 differences"), a.conventions().toString());
        assertTrue(a.conventions().get("lags accepted").contains("one residual degree of freedom"));
    }
}
