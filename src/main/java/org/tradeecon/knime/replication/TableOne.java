package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Table I of the paper: N, mean, sample standard deviation (n − 1), minimum and maximum of each variable. */
public final class TableOne {

    /** The statistics, in the paper's column order. */
    public static final List<String> STATISTICS = List.of("N", "mean", "sd", "min", "max");

    private TableOne() {
    }

    /**
     * @param variables the paper's variables
     * @param targets the paper's numbers, for the comparison column
     * @return five cells per variable, in the paper's row order
     */
    public static List<ComparedValue> compute(final PaperVariables variables, final PaperTargets targets) {
        List<ComparedValue> cells = new ArrayList<>();
        for (PaperVariables.Variable v : variables.all()) {
            cells.addAll(row(v.name(), v, targets));
        }
        return cells;
    }

    /**
     * @param row the row label
     * @param v a variable
     * @param targets the paper's numbers
     * @return the five cells of one row; all unavailable (with the variable's reason) if a year is missing
     */
    static List<ComparedValue> row(final String row, final PaperVariables.Variable v, final PaperTargets targets) {
        List<ComparedValue> cells = new ArrayList<>();
        DescriptiveStatistics s = new DescriptiveStatistics(v.values());
        double[] stats = {v.values().length, s.getMean(), s.getStandardDeviation(), s.getMin(), s.getMax()};
        for (int i = 0; i < STATISTICS.size(); i++) {
            Outcome ours = v.isAvailable() ? Outcome.of(stats[i]) : Outcome.unavailable(v.cellReason());
            cells.add(ComparedValue.of(targets, "I", row, STATISTICS.get(i), ours, 0));
        }
        return cells;
    }
}
