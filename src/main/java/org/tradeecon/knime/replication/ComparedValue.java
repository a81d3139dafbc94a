package org.tradeecon.knime.replication;

import java.util.Optional;

/**
 * One cell of a replicated table: our value (or why there is none) beside the paper's published number.
 *
 * @param table the paper's table: "I", "II", "2" (Eq. 2) or "III"
 * @param row row label as in the paper
 * @param statistic statistic name
 * @param ours our result
 * @param paper the published number, if the paper prints one
 * @param decimals decimals to show our value with
 */
public record ComparedValue(String table, String row, String statistic, Outcome ours,
    Optional<PaperTargets.Target> paper, int decimals) {

    /**
     * Pairs our result with the paper's number for the same cell, shown at the paper's precision (at least
     * {@code minDecimals}).
     */
    static ComparedValue of(final PaperTargets targets, final String table, final String row, final String statistic,
        final Outcome ours, final int minDecimals) {
        return of(targets, table, row, statistic, statistic, ours, minDecimals);
    }

    /**
     * Pairs our result with the paper's number printed as {@code paperStatistic}, under our own statistic label
     * (e.g. τ at the paper's order of difference, beside the paper's τ).
     */
    static ComparedValue of(final PaperTargets targets, final String table, final String row,
        final String paperStatistic, final String statistic, final Outcome ours, final int minDecimals) {
        Optional<PaperTargets.Target> t = targets.find(table, row, paperStatistic);
        return new ComparedValue(table, row, statistic, ours, t,
            Math.max(minDecimals, t.map(PaperTargets.Target::decimals).orElse(minDecimals)));
    }

    /** @return ours − paper, unavailable when either is missing */
    public Outcome difference() {
        if (paper.isEmpty()) {
            return Outcome.unavailable("the paper prints no value here");
        }
        return ours.isAvailable() ? Outcome.of(ours.value() - paper.get().value()) : Outcome.unavailable("-");
    }

    /** @return whether our value, rounded as the paper prints it, equals the paper's number */
    public boolean agreesAtPrintedPrecision() {
        return paper.isPresent() && ours.isAvailable()
            && roundTo(ours.value(), paper.get().decimals()) == roundTo(paper.get().value(), paper.get().decimals());
    }

    private static double roundTo(final double x, final int decimals) {
        return new java.math.BigDecimal(Double.toString(x)).setScale(decimals, java.math.RoundingMode.HALF_UP)
            .doubleValue();
    }
}
