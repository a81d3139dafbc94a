package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * Phillips–Perron with the Parzen and Quadratic Spectral kernels against R (r_pp_kernels.csv from r_pp_kernels.R;
 * R 4.2.2, sandwich 3.0.2): Hamilton's formulas on lm() residuals with sandwich::kweights(j / (l + 1), kernel).
 * Z(tau), Z(alpha) and the long-run variance to 1e-8 relative (floor 1e-12 for values near 0). The Bartlett rows
 * check the R transcription: they must equal the "hamilton" rows of r_pp.csv, which tseries validates.
 */
class PhillipsPerronKernelTest {

    private static PhillipsPerronKernel kernel(final String name) {
        return switch (name) {
            case "Bartlett" -> PhillipsPerronKernel.BARTLETT;
            case "Parzen" -> PhillipsPerronKernel.PARZEN;
            default -> PhillipsPerronKernel.QUADRATIC_SPECTRAL;
        };
    }

    private static Deterministic terms(final String model) {
        return model.equals("none") ? Deterministic.NONE
            : model.equals("constant") ? Deterministic.CONSTANT : Deterministic.TREND;
    }

    @TestFactory
    Stream<DynamicTest> matchesRSandwichKernelWeights() {
        List<Map<String, String>> rows = UnitRootReference.table("r_pp_kernels.csv");
        assertEquals(288, rows.size());
        assertTrue(rows.stream().filter(r -> r.get("kernel").equals("Quadratic Spectral")).count() >= 90);
        return rows.stream().map(r -> DynamicTest.dynamicTest(String.join("/", r.get("series"), r.get("model"),
            r.get("kernel"), r.get("lags")), () -> {
                PhillipsPerronResult res = PhillipsPerronTest.test(UnitRootReference.series(r.get("series")),
                    terms(r.get("model")), Integer.parseInt(r.get("lags")), kernel(r.get("kernel")), 0.05, "y");
                Tolerance.assertClose(Double.parseDouble(r.get("ztau")), res.zTau(), 1e-8, 1e-12, "Z(tau)");
                Tolerance.assertClose(Double.parseDouble(r.get("zalpha")), res.zAlpha(), 1e-8, 1e-12, "Z(alpha)");
                Tolerance.assertClose(Double.parseDouble(r.get("lrv")), res.longRunVariance(), 1e-8, 1e-300,
                    "long-run variance");
            }));
    }

    @Test
    void bartlettRowsEqualTheValidatedHamiltonRows() {
        Map<String, Map<String, String>> hamilton = new java.util.HashMap<>();
        UnitRootReference.table("r_pp.csv").stream().filter(r -> r.get("source").equals("hamilton"))
            .forEach(r -> hamilton.put(r.get("series") + "/" + r.get("model") + "/" + r.get("lags"), r));
        int compared = 0;
        for (Map<String, String> r : UnitRootReference.table("r_pp_kernels.csv")) {
            Map<String, String> h = hamilton.get(r.get("series") + "/" + r.get("model") + "/" + r.get("lags"));
            if (r.get("kernel").equals("Bartlett") && h != null) {
                Tolerance.assertClose(Double.parseDouble(h.get("ztau")), Double.parseDouble(r.get("ztau")), 1e-12,
                    1e-14, r.toString());
                compared++;
            }
        }
        assertTrue(compared >= 20, compared + " rows compared");
    }

    @Test
    void weightsAreTheKernels() {
        // closed forms: Parzen w(1/4) = 1 - 6/16 + 6/64, w(3/4) = 2/64; QS w(x) -> 1 as x -> 0
        assertEquals(1 - 6.0 / 16 + 6.0 / 64, PhillipsPerronKernel.PARZEN.weight(0.25), 1e-15);
        assertEquals(2.0 / 64, PhillipsPerronKernel.PARZEN.weight(0.75), 1e-15);
        assertEquals(0.0, PhillipsPerronKernel.PARZEN.weight(1.5));
        assertEquals(1.0, PhillipsPerronKernel.QUADRATIC_SPECTRAL.weight(1e-4), 1e-7);
        assertEquals(0.5, PhillipsPerronKernel.BARTLETT.weight(0.5));
    }

    @Test
    void automaticBandwidthIsBartlettsOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhillipsPerronTest.test(
            UnitRootReference.series("rw250"), Deterministic.CONSTANT, PhillipsPerronBandwidth.NEWEY_WEST,
            PhillipsPerronKernel.PARZEN, 0.05, "y"));
        assertTrue(e.getMessage().startsWith("The automatic Newey-West (1994) bandwidth is implemented for the"
            + " Bartlett kernel only"), e.getMessage());
    }
}
