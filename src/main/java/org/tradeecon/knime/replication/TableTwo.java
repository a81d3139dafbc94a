package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;

/**
 * Table II of the paper: the order of difference at which the ADF test (constant, no trend, 0 lags, MacKinnon
 * 1994 p-value) rejects a unit root, and τ and p. τ and p are reported at the paper's order of difference, so
 * that they compare like with like; our own order (search at {@link #ALPHA}) is the "order" cell.
 */
public final class TableTwo {

    /** Significance level of the order-of-integration search (the paper's p-values are all below it). */
    public static final double ALPHA = 0.05;
    /** Highest order tested (the paper needed 3 for RATIO). */
    public static final int MAX_ORDER = 3;
    /** The variables of Table II, in the paper's order. */
    public static final List<String> ROWS = List.of(PaperVariables.LNY, PaperVariables.RATIO,
        PaperVariables.PATENT, PaperVariables.FDIGDP);

    private TableTwo() {
    }

    /**
     * @param variables the paper's variables
     * @param engines the statistics engines
     * @param targets the paper's numbers
     * @return order, τ, p for each variable
     */
    public static List<ComparedValue> compute(final PaperVariables variables, final Engines engines,
        final PaperTargets targets) {
        List<ComparedValue> cells = new ArrayList<>();
        for (String name : ROWS) {
            cells.addAll(row(name, variables.get(name), engines, targets));
        }
        return cells;
    }

    /**
     * @return the three cells of one row (all unavailable with the variable's reason if it is incomplete)
     */
    static List<ComparedValue> row(final String row, final PaperVariables.Variable v, final Engines engines,
        final PaperTargets targets) {
        Outcome order;
        Outcome tau;
        Outcome p;
        if (v.isAvailable()) {
            try {
                Engines.IntegrationOrder result = engines.orderOfIntegration(v.name(), v.values(), MAX_ORDER, ALPHA);
                int paperOrder = (int)targets.get("II", row, "order").value();
                Engines.AdfStep atPaper = result.at(paperOrder);
                order = result.found() ? Outcome.of(result.order())
                    : Outcome.unavailable("unit root not rejected at " + ALPHA + " up to d = " + MAX_ORDER);
                tau = Outcome.of(atPaper.tau());
                p = Outcome.of(atPaper.pValue());
            } catch (IllegalArgumentException e) {
                order = Outcome.unavailable("not computable: " + e.getMessage());
                tau = order;
                p = order;
            }
        } else {
            order = Outcome.unavailable(v.cellReason());
            tau = order;
            p = order;
        }
        return List.of(ComparedValue.of(targets, "II", row, "order", order, 0),
            ComparedValue.of(targets, "II", row, "tau", tau, 3), ComparedValue.of(targets, "II", row, "p", p, 4));
    }
}
