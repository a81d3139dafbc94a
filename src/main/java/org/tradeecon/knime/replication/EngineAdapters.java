package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.granger.GrangerBootstrap;
import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.IntegrationOrderResult;

/**
 * {@link Engines} on the project's engine packages: the order-of-integration search and ADF test from
 * {@code engine.unitroot} (constant, fixed lag 0, MacKinnon 1994 p-values), the lagged-dependent regression
 * from {@code engine.regression} and the Granger test from {@code engine.granger}. Series passed in are
 * consecutive years, so positions serve as time keys.
 */
public final class EngineAdapters implements Engines {

    /** Creates the adapters (stateless). */
    public EngineAdapters() {
    }

    @Override
    public IntegrationOrder orderOfIntegration(final String name, final double[] series, final int maxOrder,
        final double alpha) {
        AdfOptions adf = AdfOptions.fixedLag(Deterministic.CONSTANT, 0).withAlpha(alpha);
        IntegrationOrderResult r = org.tradeecon.knime.engine.unitroot.IntegrationOrder.find(series, adf, maxOrder,
            null, name);
        List<AdfStep> steps = new ArrayList<>();
        for (IntegrationOrderResult.Step s : r.steps()) {
            steps.add(new AdfStep(s.order(), s.adf().statistic(), s.adf().pValue(), s.adf().observations()));
        }
        // The search stops at the first rejection; Table II compares tau at the paper's order, which may be
        // higher (RATIO: 3), so the remaining orders are tested too.
        for (int d = steps.size(); d <= maxOrder; d++) {
            AdfResult a = AdfTest.test(Differencing.apply(series, d, 0, 0, false), adf,
                "difference " + d + " of " + name);
            steps.add(new AdfStep(d, a.statistic(), a.pValue(), a.observations()));
        }
        return new IntegrationOrder(r.order().orElse(-1), steps);
    }

    @Override
    public double simulatedAdfPValue(final double tau, final int observations) {
        return AdfSimulation.nullDistribution(Deterministic.CONSTANT, 0, observations, SimulationOptions.defaults(),
            SimulationMonitor.NONE).lowerTailPValue(tau);
    }

    @Override
    public LaggedFit laggedDependent(final String yName, final double[] y, final String[] xNames,
        final double[][] x) {
        OlsFit fit = LaggedDependentRegression.fit(yName, y, 1, xNames, x, 0, null).fit();
        double[] b = fit.coefficients();
        double[] se = fit.standardErrors();
        double[] p = fit.pValues();
        List<Coefficient> out = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            out.add(new Coefficient(fit.names().get(i), b[i], se[i], p[i]));
        }
        return new LaggedFit(out, fit.observations(), fit.rSquared());
    }

    @Override
    public GrangerResult granger(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int lag) {
        org.tradeecon.knime.engine.granger.GrangerResult t = GrangerCausality.test(causeName, cause, effectName, effect, lag, null);
        return new GrangerResult(t.nullHypothesis(), t.fStatistic(), t.numeratorDf(), t.denominatorDf(),
            t.fPValue(), t.observations());
    }

    @Override
    public double bootstrapGrangerPValue(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int lag) {
        return GrangerBootstrap.test(causeName, cause, effectName, effect, lag, 0, null,
            GrangerBootstrap.Method.RESIDUAL, SimulationOptions.defaults(), SimulationMonitor.NONE).pValue();
    }
}
