package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table II of the paper: the order of difference at which the ADF test (constant, no trend, 0 lags, MacKinnon
 * 1994 p-value) rejects a unit root, and τ and p. Our order is our own (the first rejection in the search at
 * {@link #ALPHA}), and τ and p are reported at it; they sit beside the paper's τ and p when the paper chose the
 * same order. τ and p at the paper's order follow, labelled, for comparison with the paper's numbers.
 */
public final class TableTwo {

    /** Significance level of the order-of-integration search (the paper's p-values are all below it). */
    public static final double ALPHA = 0.05;
    /** Highest order tested (the paper needed 3 for RATIO). */
    public static final int MAX_ORDER = 3;
    /** The variables of Table II, in the paper's order. */
    public static final List<String> ROWS = List.of(PaperVariables.LNY, PaperVariables.RATIO,
        PaperVariables.PATENT, PaperVariables.FDIGDP);

    /** Statistic of the τ cell at the paper's order of difference. */
    public static final String TAU_AT_PAPER_ORDER = "tau at the paper's order, for comparison";
    /** Statistic of the p cell at the paper's order of difference. */
    public static final String P_AT_PAPER_ORDER = "p at the paper's order, for comparison";
    /** Statistic of the finite-sample p cell at the paper's order (issue 15: asymptotic p-values mislead at T ~ 13). */
    public static final String SIMULATED_P_AT_PAPER_ORDER =
        "p at the paper's order, simulated at its sample size (10,000 replications, fixed seed)";

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
     * @return the six cells of one row: order, τ and p at our order, τ, p and the simulated finite-sample p at the paper's order (all
     *         unavailable with the variable's reason if it is incomplete)
     */
    static List<ComparedValue> row(final String row, final PaperVariables.Variable v, final Engines engines,
        final PaperTargets targets) {
        int paperOrder = (int)targets.get("II", row, "order").value();
        Outcome order;
        Outcome tau;
        Outcome p;
        Outcome tauAtPaper;
        Outcome pAtPaper;
        Outcome simulatedAtPaper;
        boolean sameOrder = false;
        if (v.isAvailable()) {
            try {
                Engines.IntegrationOrder result = engines.orderOfIntegration(v.name(), v.values(), MAX_ORDER, ALPHA);
                Engines.AdfStep atPaper = result.at(paperOrder);
                tauAtPaper = Outcome.of(atPaper.tau());
                pAtPaper = Outcome.of(atPaper.pValue());
                simulatedAtPaper = Outcome.of(engines.simulatedAdfPValue(atPaper.tau(), atPaper.observations()));
                if (result.found()) {
                    Engines.AdfStep atOurs = result.at(result.order());
                    order = Outcome.of(result.order());
                    tau = Outcome.of(atOurs.tau());
                    p = Outcome.of(atOurs.pValue());
                    sameOrder = result.order() == paperOrder;
                } else {
                    order = Outcome.unavailable("unit root not rejected at " + ALPHA + " up to d = " + MAX_ORDER);
                    tau = order;
                    p = order;
                }
            } catch (IllegalArgumentException e) {
                order = Outcome.unavailable("not computable: " + e.getMessage());
                tau = order;
                p = order;
                tauAtPaper = order;
                pAtPaper = order;
                simulatedAtPaper = order;
            }
        } else {
            order = Outcome.unavailable(v.cellReason());
            tau = order;
            p = order;
            tauAtPaper = order;
            pAtPaper = order;
            simulatedAtPaper = order;
        }
        return List.of(ComparedValue.of(targets, "II", row, "order", order, 0),
            atOurOrder(targets, row, "tau", tau, 3, sameOrder), atOurOrder(targets, row, "p", p, 4, sameOrder),
            ComparedValue.of(targets, "II", row, "tau", TAU_AT_PAPER_ORDER, tauAtPaper, 3),
            ComparedValue.of(targets, "II", row, "p", P_AT_PAPER_ORDER, pAtPaper, 4),
            ComparedValue.of(targets, "II", row, "p", SIMULATED_P_AT_PAPER_ORDER, simulatedAtPaper, 4));
    }

    /** A cell at our order: beside the paper's number only when the paper chose the same order. */
    private static ComparedValue atOurOrder(final PaperTargets targets, final String row, final String statistic,
        final Outcome ours, final int minDecimals, final boolean sameOrder) {
        ComparedValue c = ComparedValue.of(targets, "II", row, statistic, ours, minDecimals);
        return sameOrder ? c : new ComparedValue(c.table(), c.row(), c.statistic(), c.ours(), Optional.empty(),
            c.decimals());
    }
}
