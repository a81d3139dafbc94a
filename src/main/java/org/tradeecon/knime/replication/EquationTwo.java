package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;

/**
 * Equation (2) of the paper: lny_t = a + ρ·lny_{t−1} + b1·RATIO_t + b2·PATENT_t + b3·FDIGDP_t + e_t by OLS, on
 * the years where lny and all regressors exist (lny's sample 2004–2016, so 2005–2016 after the lag).
 */
public final class EquationTwo {

    /** The regressors, in the paper's order. */
    public static final List<String> REGRESSORS = List.of(PaperVariables.RATIO, PaperVariables.PATENT,
        PaperVariables.FDIGDP);
    /** Name of the lagged dependent variable's coefficient, as in paper-targets.csv. */
    public static final String LAGGED = "lny(t-1)";

    private EquationTwo() {
    }

    /**
     * @param variables the paper's variables
     * @param engines the statistics engines
     * @param targets the paper's numbers
     * @return coefficient, standard error and p for the constant, lny(t−1) and each regressor
     */
    public static List<ComparedValue> compute(final PaperVariables variables, final Engines engines,
        final PaperTargets targets) {
        PaperVariables.Variable lny = variables.get(PaperVariables.LNY);
        List<PaperVariables.Variable> xs = new ArrayList<>();
        String reason = lny.cellReason();
        for (String name : REGRESSORS) {
            xs.add(variables.get(name));
            if (reason.isEmpty()) {
                reason = variables.get(name).cellReason();
            }
        }
        List<String> rows = new ArrayList<>(List.of("constant", LAGGED));
        rows.addAll(REGRESSORS);
        if (!reason.isEmpty()) {
            return unavailable(targets, rows, reason);
        }
        int first = lny.firstYear();
        int last = lny.lastYear();
        for (PaperVariables.Variable x : xs) {
            first = Math.max(first, x.firstYear());
            last = Math.min(last, x.lastYear());
        }
        double[] y = slice(lny, first, last);
        double[][] x = new double[xs.size()][];
        for (int j = 0; j < xs.size(); j++) {
            x[j] = slice(xs.get(j), first, last);
        }
        Engines.LaggedFit fit;
        try {
            fit = engines.laggedDependent(PaperVariables.LNY, y, REGRESSORS.toArray(new String[0]), x);
        } catch (IllegalArgumentException e) {
            return unavailable(targets, rows, "not computable: " + e.getMessage());
        }
        List<ComparedValue> cells = new ArrayList<>();
        for (int i = 0; i < fit.coefficients().size(); i++) {
            Engines.Coefficient c = fit.coefficients().get(i);
            String row = rows.get(i);
            cells.add(ComparedValue.of(targets, "2", row, "coefficient", Outcome.of(c.estimate()), 3));
            cells.add(ComparedValue.of(targets, "2", row, "SE", Outcome.of(c.standardError()), 3));
            cells.add(ComparedValue.of(targets, "2", row, "p", Outcome.of(c.pValue()), 3));
        }
        cells.add(ComparedValue.of(targets, "2", "model", "observations", Outcome.of(fit.observations()), 0));
        cells.add(ComparedValue.of(targets, "2", "model", "R-squared", Outcome.of(fit.rSquared()), 3));
        return cells;
    }

    private static List<ComparedValue> unavailable(final PaperTargets targets, final List<String> rows,
        final String reason) {
        List<ComparedValue> cells = new ArrayList<>();
        for (String row : rows) {
            for (String stat : List.of("coefficient", "SE", "p")) {
                cells.add(ComparedValue.of(targets, "2", row, stat, Outcome.unavailable(reason), 3));
            }
        }
        return cells;
    }

    /** The values of a variable for the years first..last (inside its sample). */
    static double[] slice(final PaperVariables.Variable v, final int first, final int last) {
        double[] all = v.values();
        double[] out = new double[last - first + 1];
        System.arraycopy(all, first - v.firstYear(), out, 0, out.length);
        return out;
    }
}
