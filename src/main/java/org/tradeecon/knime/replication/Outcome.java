package org.tradeecon.knime.replication;

import java.util.Locale;
import java.util.Objects;

/**
 * One number of the replication: either a value we computed from data, or the reason it could not be computed.
 * There is no third state: a number is never filled in, approximated or copied from the paper.
 */
public final class Outcome {

    /** The reason printed for every number that needs the US–China ATP series when running offline. */
    public static final String NOT_AVAILABLE_OFFLINE = "not available offline: run with --live or --census-file FILE";

    private final double value;
    private final String reason;

    private Outcome(final double value, final String reason) {
        this.value = value;
        this.reason = reason;
    }

    /**
     * A computed value.
     *
     * @param value a finite number
     * @return the outcome
     * @throws IllegalArgumentException if the value is NaN or infinite (a computation that cannot produce a
     *         number must say why with {@link #unavailable(String)})
     */
    public static Outcome of(final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A computed value must be finite, got " + value
                + "; report an undefined result with Outcome.unavailable(reason).");
        }
        return new Outcome(value, null);
    }

    /**
     * A number that could not be computed.
     *
     * @param reason plain words, e.g. {@link #NOT_AVAILABLE_OFFLINE}
     * @return the outcome
     */
    public static Outcome unavailable(final String reason) {
        Objects.requireNonNull(reason, "reason");
        return new Outcome(Double.NaN, reason);
    }

    /** @return whether a value was computed */
    public boolean isAvailable() {
        return reason == null;
    }

    /**
     * @return the computed value
     * @throws IllegalStateException if the value is unavailable (the message gives the reason)
     */
    public double value() {
        if (reason != null) {
            throw new IllegalStateException("No value: " + reason);
        }
        return value;
    }

    /** @return why the value is unavailable, or the empty string if it is available */
    public String reason() {
        return reason == null ? "" : reason;
    }

    /**
     * @param decimals number of decimals
     * @return the value rounded for display, or the reason
     */
    public String format(final int decimals) {
        return reason == null ? String.format(Locale.ROOT, "%." + decimals + "f", value) : reason;
    }

    @Override
    public String toString() {
        return reason == null ? Double.toString(value) : "unavailable (" + reason + ")";
    }
}
