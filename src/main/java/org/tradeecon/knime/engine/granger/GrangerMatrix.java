package org.tradeecon.knime.engine.granger;

import java.util.List;

/**
 * Pairwise Granger-causality tests among k variables at one lag: the test "row variable does not Granger-cause
 * column variable" for every ordered pair of distinct variables. Immutable.
 */
public final class GrangerMatrix {

    private final List<String> names;
    private final GrangerResult[][] tests;

    GrangerMatrix(final List<String> names, final GrangerResult[][] tests) {
        this.names = List.copyOf(names);
        this.tests = tests;
    }

    /** @return the variable names, in row and column order */
    public List<String> names() {
        return names;
    }

    /**
     * @param cause index of the causing variable
     * @param effect index of the affected variable, different from cause
     * @return the test "names[cause] does not Granger-cause names[effect]"
     * @throws IllegalArgumentException when cause == effect
     */
    public GrangerResult test(final int cause, final int effect) {
        if (cause == effect) {
            throw new IllegalArgumentException("A variable is not tested against itself (" + names.get(cause) + ").");
        }
        return tests[cause][effect];
    }

    /**
     * @param cause name of the causing variable
     * @param effect name of the affected variable
     * @return the test "cause does not Granger-cause effect"
     */
    public GrangerResult test(final String cause, final String effect) {
        int i = names.indexOf(cause);
        int j = names.indexOf(effect);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("Unknown variable " + (i < 0 ? cause : effect) + " (have " + names + ").");
        }
        return test(i, j);
    }
}
