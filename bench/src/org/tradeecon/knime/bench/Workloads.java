package org.tradeecon.knime.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The benchmark workloads (issue 9), each an engine call on the data that bench.py generated. */
final class Workloads {

    private Workloads() {
    }

    /** What to time, and how to turn its result into answers comparable with statsmodels'. */
    static final class Case<T> {
        final Supplier<T> work;
        final Function<T, Map<String, Object>> answers;

        Case(final Supplier<T> work, final Function<T, Map<String, Object>> answers) {
            this.work = work;
            this.answers = answers;
        }
    }

    static Case<?> create(final String workload, final Path data) {
        switch (workload) {
            default:
                throw new IllegalArgumentException("Unknown or not yet wired workload: " + workload);
        }
    }
}
