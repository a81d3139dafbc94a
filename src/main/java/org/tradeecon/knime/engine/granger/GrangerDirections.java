package org.tradeecon.knime.engine.granger;

/**
 * Both directions of Granger causality between two series at one lag.
 *
 * @param firstCausesSecond the test "first does not Granger-cause second"
 * @param secondCausesFirst the test "second does not Granger-cause first"
 */
public record GrangerDirections(GrangerResult firstCausesSecond, GrangerResult secondCausesFirst) {
}
