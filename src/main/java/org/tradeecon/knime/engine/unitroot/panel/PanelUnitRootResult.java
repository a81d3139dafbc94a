package org.tradeecon.knime.engine.unitroot.panel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Result of a panel unit-root or stationarity test: the common unit-root result (statistic, p-value, critical
 * values, hypotheses, decision, conventions) plus the units that took part, the reference distribution's degrees
 * of freedom where it has them, and every unit's own result.
 */
public final class PanelUnitRootResult extends UnitRootResult {

    private final List<PanelUnitResult> units;
    private final OptionalDouble degreesOfFreedom;
    private final String reference;
    private final Map<String, Double> quantities;

    PanelUnitRootResult(final Common common, final List<PanelUnitResult> units, final String reference,
        final OptionalDouble degreesOfFreedom, final Map<String, Double> quantities) {
        super(common);
        this.quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        this.units = List.copyOf(units);
        this.reference = reference;
        this.degreesOfFreedom = degreesOfFreedom;
    }

    /** @return every unit's result, in panel order, the excluded ones with their reason */
    public List<PanelUnitResult> units() {
        return units;
    }

    /** @return the number of units that entered the statistic */
    public int includedUnits() {
        return (int)units.stream().filter(PanelUnitResult::included).count();
    }

    /** @return the reference distribution in words, e.g. "chi-squared with 40 degrees of freedom" */
    public String referenceDistribution() {
        return reference;
    }

    /**
     * @return the test's intermediate numbers by name, e.g. IPS's t-bar and simulated moments
     *         ({@link IpsTest#T_BAR}...), Hadri's LM ({@link HadriTest#LM}); empty for the Fisher tests
     */
    public Map<String, Double> quantities() {
        return quantities;
    }

    /** @return the degrees of freedom of the reference distribution (χ² or Student t); empty for the normal */
    public OptionalDouble degreesOfFreedom() {
        return degreesOfFreedom;
    }
}
