package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The published numbers resource: complete, and compared at the paper's printed precision. */
class PaperTargetsTest {

    private final PaperTargets targets = PaperTargets.load();

    @Test
    void holdsEveryPublishedCell() {
        // TABLES.md: Table I 5 rows x 5 statistics, Table II 4 x 3, Eq. (2) 4 coefficients, Table III 6 x 2.
        for (String row : new String[] {"Year", "lny", "RATIO", "PATENT", "FDIGDP"}) {
            for (String s : TableOne.STATISTICS) {
                assertTrue(targets.find("I", row, s).isPresent(), row + " " + s);
            }
        }
        for (String row : TableTwo.ROWS) {
            for (String s : new String[] {"order", "tau", "p"}) {
                assertTrue(targets.find("II", row, s).isPresent(), row + " " + s);
            }
        }
        assertEquals(0.94, targets.get("2", "PATENT", "coefficient").value());
        assertEquals(57.54, targets.get("III", "PATENT -> lny", "F").value());
        assertEquals(0.0049, targets.get("II", "PATENT", "p").value());
        assertEquals(4, targets.get("II", "PATENT", "p").decimals());
        assertThrows(IllegalArgumentException.class, () -> targets.get("I", "GDP", "mean"));
    }

    @Test
    void agreementIsRoundingToThePrintedDecimals() {
        PaperTargets.Target mean = targets.get("I", "PATENT", "mean");
        ComparedValue inside = new ComparedValue("I", "PATENT", "mean", Outcome.of(11.5469), Optional.of(mean), 3);
        ComparedValue outside = new ComparedValue("I", "PATENT", "mean", Outcome.of(11.5475), Optional.of(mean), 3);
        assertTrue(inside.agreesAtPrintedPrecision());
        assertFalse(outside.agreesAtPrintedPrecision());
        assertEquals(-0.0001, inside.difference().value(), 1e-12);
        ComparedValue missing = new ComparedValue("I", "lny", "mean", Outcome.unavailable(
            Outcome.NOT_AVAILABLE_OFFLINE), targets.find("I", "lny", "mean"), 3);
        assertFalse(missing.agreesAtPrintedPrecision());
        assertFalse(missing.difference().isAvailable());
        assertEquals(Outcome.NOT_AVAILABLE_OFFLINE, missing.ours().format(3));
    }

    @Test
    void outcomesNeverHoldNaN() {
        assertThrows(IllegalArgumentException.class, () -> Outcome.of(Double.NaN));
        assertThrows(IllegalStateException.class, () -> Outcome.unavailable("why").value());
    }
}
