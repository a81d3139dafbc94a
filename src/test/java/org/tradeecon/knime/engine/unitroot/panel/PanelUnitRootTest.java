package org.tradeecon.knime.engine.unitroot.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * The demeaning option of {@link PanelUnitRoot}: the panel is given as it is, the option demeans it, and the result
 * must equal R plm's {@code purtest} on the data demeaned in R (plm_reference.R: {@code value - ave(value, time)}),
 * an independent computation of the demeaned panel: every test of plm_purtest.csv and plm_levinlin.csv with
 * {@code demean = TRUE}, and of plm_purtest_demeaned.csv (Fisher and IPS on the other panels demeaned, the
 * unbalanced one included, where the time mean is over the units observed then), at the tolerances of
 * {@link PlmReferenceTest} and {@link LlcReferenceTest} (1e-8 relative; for IPS its t-bar, the moments being
 * simulated).
 */
class PanelUnitRootTest {

    private static final SimulationMonitor QUIET = SimulationMonitor.of(f -> { }, () -> false);
    private static final SimulationOptions SIM = SimulationOptions.of(999, 1L);

    @TestFactory
    Stream<DynamicTest> demeanedByTheOptionEqualsPlmOnDataDemeanedInR() {
        Stream<Map<String, String>> fisher = ReferenceCsv.rows("/reference/panel/plm_purtest.csv").stream()
            .filter(r -> "TRUE".equals(r.get("demean")));
        Stream<Map<String, String>> llc = ReferenceCsv.rows("/reference/panel/plm_levinlin.csv").stream()
            .filter(r -> "TRUE".equals(r.get("demean")));
        Stream<Map<String, String>> more = ReferenceCsv.rows("/reference/panel/plm_purtest_demeaned.csv").stream();
        return Stream.concat(Stream.concat(fisher, llc), more).map(r -> DynamicTest.dynamicTest(r.toString(),
            () -> check(r)));
    }

    private static void check(final Map<String, String> r) {
        boolean isLlc = r.containsKey("lags_used");
        String file = isLlc ? r.get("file") : "panels.csv";
        Panel raw = PlmReferenceTest.panel(file, r.get("panel"), false);
        String test = isLlc ? "levinlin" : r.get("test");
        AdfOptions adf = "hadri".equals(test) ? AdfOptions.fixedLag(terms(r.get("exo")), 0)
            : LlcReferenceTest.options(r.get("exo"), r.get("lags"));
        PanelUnitRoot.Options o = new PanelUnitRoot.Options(test(test, r.get("hcons")), adf, true,
            LlcTest.Convention.PLM, SIM, 1, 0.05);
        PanelUnitRootResult res = PanelUnitRoot.test(raw, o, QUIET);
        assertTrue(res.conventions().get(PanelUnitRoot.DEMEANING).startsWith("yes"), res.conventions().toString());
        if ("ips".equals(test)) {
            Tolerance.assertRelative(ReferenceCsv.number(r.get("tbar")), res.quantities().get(IpsTest.T_BAR), 1e-8,
                r + " t-bar");
            return;
        }
        Tolerance.assertRelative(ReferenceCsv.number(r.get("statistic")), res.statistic(), 1e-8, r + " statistic");
        Tolerance.assertClose(ReferenceCsv.number(r.get("p_value")), res.pValue(), 1e-8, 1e-300, r + " p-value");
    }

    @Test
    void withoutTheOptionTheDataAreTestedAsTheyAre() {
        // plm_levinlin.csv, mixed, not demeaned, constant, lag 0
        Panel raw = PlmReferenceTest.panel("mixed", false);
        PanelUnitRootResult r = PanelUnitRoot.test(raw, new PanelUnitRoot.Options(PanelUnitRoot.Test.LLC,
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), false, LlcTest.Convention.PLM, SIM, 1, 0.05), QUIET);
        Tolerance.assertRelative(-3.6099937838679992, r.statistic(), 1e-8, "LLC mixed intercept lag 0");
        assertEquals("no", r.conventions().get(PanelUnitRoot.DEMEANING));
    }

    private static Deterministic terms(final String exo) {
        return "trend".equals(exo) ? Deterministic.TREND : Deterministic.CONSTANT;
    }

    private static PanelUnitRoot.Test test(final String plm, final String hcons) {
        return switch (plm) {
            case "levinlin" -> PanelUnitRoot.Test.LLC;
            case "ips" -> PanelUnitRoot.Test.IPS;
            case "madwu" -> PanelUnitRoot.Test.MADDALA_WU;
            case "invnormal" -> PanelUnitRoot.Test.CHOI_Z;
            case "logit" -> PanelUnitRoot.Test.CHOI_LOGIT;
            case "Pm" -> PanelUnitRoot.Test.CHOI_PM;
            default -> Boolean.parseBoolean(hcons) ? PanelUnitRoot.Test.HADRI_HETEROSKEDASTIC
                : PanelUnitRoot.Test.HADRI_HOMOSKEDASTIC;
        };
    }
}
