package org.tradeecon.knime.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.granger.GrangerResult;
import org.tradeecon.knime.engine.granger.LagOrderSelection;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.regression.StockWatsonDols;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssLagRule;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.KpssTest;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.DfGlsResult;
import org.tradeecon.knime.engine.unitroot.DfGlsTest;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronBandwidth;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronResult;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronTest;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsBreak;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsResult;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsTest;

/**
 * Issue 14, part 5: every statistic (t, p, F, R², DW, Durbin's h, Breusch–Godfrey, robust t; and in the unit-root
 * and Granger tests τ, its p-value, the KPSS statistic, the Granger F) is the same, to 1e-9 relative, when the
 * data are multiplied by 10^k, k from −300 to 300 (all data stay finite and normal). The expected values are the
 * same statistics on the unscaled data (k = 0): the property tested is the invariance itself, which holds
 * mathematically for every one of these statistics; the data change only by the rounding of the
 * multiplication (relative 1.1e-16).
 */
class ScaleInvarianceTest {

    private static final double TOL = 1e-9;
    private static final int N = 40;
    private static final double[] Y;
    private static final double[] X;

    static {
        Random r = new Random(14);
        Y = new double[N];
        X = new double[N];
        for (int t = 1; t < N; t++) {
            X[t] = X[t - 1] + r.nextGaussian();
            Y[t] = 0.5 * Y[t - 1] + 0.8 * X[t] + r.nextGaussian();
        }
    }

    static double[] times(final double[] x, final int k) {
        double f = Math.pow(10, k);
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = k >= 0 ? x[i] * f : x[i] / Math.pow(10, -k);
        }
        return s;
    }

    /** Asserts that stats(k) equals stats(0) to TOL relative (absolute for values below 1e-300 in size). */
    static void invariant(final int k, final Function<Integer, double[]> stats) {
        double[] ref = stats.apply(0);
        double[] got = stats.apply(k);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < ref.length; i++) {
            double err = Math.abs(got[i] - ref[i]);
            if (!(err <= TOL * Math.abs(ref[i])) && !(ref[i] == 0 && got[i] == 0)) {
                bad.add("#" + i + ": " + ref[i] + " -> " + got[i]);
            }
        }
        assertTrue(bad.isEmpty(), "k = " + k + ": " + bad);
    }

    static double[] concat(final double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int i = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    @ParameterizedTest(name = "10^{0}")
    @ValueSource(ints = {-300, -200, -160, -100, -10, 10, 100, 160, 200, 300})
    void laggedDependentRegression(final int k) {
        invariant(k, s -> {
            LaggedDependentRegression m = LaggedDependentRegression.fit("Y", times(Y, s), 1, new String[] {"X"},
                new double[][] {times(X, s)}, 1, null);
            OlsFit f = m.fit();
            return concat(f.tValues(), f.pValues(), m.coefficients(
                CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC3)).tValues(),
                m.coefficients(CovarianceEstimator.neweyWest(3, true)).tValues(),
                m.longRunMultipliers(CovarianceEstimator.classical()).tValues(),
                m.longRunMultipliers(CovarianceEstimator.neweyWest(2, false)).pValues(),
                new double[] {f.rSquared(), f.adjustedRSquared(), f.fStatistic().getAsDouble(),
                    f.fPValue().getAsDouble(), m.durbinWatson(), m.durbinH().value().get(),
                    m.breuschGodfrey(2).statistic(), m.breuschGodfreyF(2).pValue(), m.durbinAlternative(1).statistic(),
                    f.conditionNumber()});
        });
    }

    @ParameterizedTest(name = "10^{0}")
    @ValueSource(ints = {-300, -200, -160, -100, -10, 10, 100, 160, 200, 300})
    void dols(final int k) {
        invariant(k, s -> {
            StockWatsonDols d = StockWatsonDols.fit("Y", times(Y, s), new String[] {"X"},
                new double[][] {times(X, s)}, 1, 1, null);
            return concat(d.cointegratingCoefficients(StockWatsonDols.StandardErrors.HAC_BARTLETT).tValues(),
                d.cointegratingCoefficients(StockWatsonDols.StandardErrors.LONG_RUN_VARIANCE_SCALED).tValues(),
                d.fit().tValues(), new double[] {d.fit().rSquared()});
        });
    }

    @ParameterizedTest(name = "10^{0}")
    @ValueSource(ints = {-300, -200, -160, -100, -10, 10, 100, 160, 200, 300})
    void granger(final int k) {
        invariant(k, s -> {
            List<Double> v = new ArrayList<>();
            for (GrangerResult t : GrangerCausality.table("X", times(X, s), "Y", times(Y, s), 3, null)) {
                v.add(t.fStatistic());
                v.add(t.fPValue());
            }
            GrangerResult ty = GrangerCausality.todaYamamoto("X", times(X, s), "Y", times(Y, s), 2, 1, null);
            v.add(ty.fStatistic());
            v.add(ty.waldChiSquared());
            // criterion differences between lags are invariant (the values themselves shift with the units)
            for (LagOrderSelection.Model model : LagOrderSelection.Model.values()) {
                double[] c = GrangerCausality.selectLag("X", times(X, s), "Y", times(Y, s), 4, model,
                    InformationCriterion.AIC, null).values();
                for (int p = 1; p < c.length; p++) {
                    v.add(c[p] - c[0]);
                }
            }
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        });
    }

    @ParameterizedTest(name = "10^{0}")
    @ValueSource(ints = {-300, -200, -160, -100, -10, 10, 100, 160, 200, 300})
    void unitRootTests(final int k) {
        invariant(k, s -> {
            List<Double> v = new ArrayList<>();
            for (Deterministic det : new Deterministic[] {Deterministic.NONE, Deterministic.CONSTANT,
                Deterministic.TREND}) {
                for (LagSelection sel : new LagSelection[] {LagSelection.AIC, LagSelection.T_STAT}) {
                    AdfResult a = AdfTest.test(times(Y, s), AdfOptions.defaults().withDeterministic(det)
                        .withLagSelection(sel));
                    v.add(a.statistic());
                    v.add(a.pValue());
                    v.add((double)a.lags());
                }
                AdfResult fixed = AdfTest.test(times(Y, s), AdfOptions.fixedLag(det, 2));
                v.add(fixed.statistic());
            }
            for (Deterministic det : new Deterministic[] {Deterministic.CONSTANT, Deterministic.TREND}) {
                KpssResult r = KpssTest.test(times(Y, s), det, KpssLagRule.HOBIJN_AUTO, 0.05, "y");
                v.add(r.statistic());
                v.add(r.pValue());
                v.add((double)r.lags());
                v.add(KpssTest.test(times(X, s), det, 3, 0.05, "x").statistic());
            }
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        });
    }

    /** Issue 17: DF-GLS (τ, p, lag, ψ), Phillips–Perron (Z(τ), Z(α), p, bandwidth), Zivot–Andrews (min t, p, date). */
    @ParameterizedTest(name = "10^{0}")
    @ValueSource(ints = {-300, -200, -160, -100, -10, 10, 100, 160, 200, 300})
    void dfGlsPhillipsPerronZivotAndrews(final int k) {
        invariant(k, s -> {
            List<Double> v = new ArrayList<>();
            for (Deterministic det : new Deterministic[] {Deterministic.CONSTANT, Deterministic.TREND}) {
                for (LagSelection sel : new LagSelection[] {LagSelection.AIC, LagSelection.MAIC, LagSelection.T_STAT}) {
                    DfGlsResult g = DfGlsTest.test(times(Y, s), AdfOptions.defaults().withDeterministic(det)
                        .withLagSelection(sel), "y");
                    v.add(g.statistic());
                    v.add(g.pValue());
                    v.add((double)g.lags());
                }
                v.add(DfGlsTest.test(times(X, s), AdfOptions.fixedLag(det, 2), "x").statistic());
                for (PhillipsPerronBandwidth rule : new PhillipsPerronBandwidth[] {PhillipsPerronBandwidth.NEWEY_WEST,
                    PhillipsPerronBandwidth.LONG}) {
                    PhillipsPerronResult p = PhillipsPerronTest.test(times(Y, s), det, rule, 0.05, "y");
                    v.add(p.zTau());
                    v.add(p.zAlpha());
                    v.add(p.pValue());
                    v.add((double)p.lags());
                }
            }
            for (ZivotAndrewsBreak model : ZivotAndrewsBreak.values()) {
                for (AdfOptions o : new AdfOptions[] {AdfOptions.fixedLag(Deterministic.TREND, 1),
                    AdfOptions.defaults().withLagSelection(LagSelection.BIC)}) {
                    ZivotAndrewsResult z = ZivotAndrewsTest.test(times(Y, s), model, 0.15, o, "y");
                    v.add(z.statistic());
                    v.add(z.pValue());
                    v.add((double)z.breakIndex());
                }
            }
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        });
    }
}
