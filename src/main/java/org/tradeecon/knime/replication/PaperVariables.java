package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

import org.tradeecon.knime.engine.datasource.CompletenessReport;

/**
 * The paper's variables, built from {@link SourceData} over the paper's samples (TABLES.md): Year and RATIO and
 * FDIGDP 2004–2018, lny 2004–2016, PATENT 2004–2017.
 * <ul>
 * <li>lny = ln(y), y = US–China ATP deficit (−balance) in units of USD 100 million;</li>
 * <li>RATIO = US ATP exports to China / US ATP exports to the world;</li>
 * <li>PATENT = ln(patent applications by non-residents in China);</li>
 * <li>FDIGDP = FDI net inflows to China in % of GDP.</li>
 * </ul>
 * A variable with a missing year is unavailable as a whole, with the reason; nothing is filled in.
 */
public final class PaperVariables {

    /** First year of the paper's sample. */
    public static final int FIRST_YEAR = 2004;
    /** Last year of the paper's sample. */
    public static final int LAST_YEAR = 2018;
    /** Last year of lny in the paper (N = 13). */
    public static final int LNY_LAST_YEAR = 2016;
    /** Last year of PATENT in the paper (N = 14). */
    public static final int PATENT_LAST_YEAR = 2017;

    /** Names as the paper prints them. */
    public static final String YEAR = "Year";
    /** lny. */
    public static final String LNY = "lny";
    /** RATIO. */
    public static final String RATIO = "RATIO";
    /** PATENT. */
    public static final String PATENT = "PATENT";
    /** FDIGDP. */
    public static final String FDIGDP = "FDIGDP";

    /**
     * One variable over its sample years.
     *
     * @param name the paper's name
     * @param definition how it is built, in words
     * @param firstYear first year of the sample
     * @param values one value per year from firstYear; {@code NaN} where the source has none
     * @param missingDetail empty when complete, else which years are missing or undefined and why
     * @param cellReason what a table cell shows when the variable is unavailable
     */
    public record Variable(String name, String definition, int firstYear, double[] values, String missingDetail,
        String cellReason) {

        /** Copies the values. */
        public Variable {
            values = values.clone();
        }

        /** @return whether every year of the sample has a value */
        public boolean isAvailable() {
            return missingDetail.isEmpty();
        }

        /** @return the last year of the sample */
        public int lastYear() {
            return firstYear + values.length - 1;
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** @return the years of the sample */
        public int[] years() {
            int[] y = new int[values.length];
            Arrays.setAll(y, i -> firstYear + i);
            return y;
        }
    }

    private final List<Variable> variables;
    private final Optional<Variable> fdiOtherVintage;
    private final boolean live;

    private PaperVariables(final List<Variable> variables, final Optional<Variable> fdiOtherVintage,
        final boolean live) {
        this.variables = List.copyOf(variables);
        this.fdiOtherVintage = fdiOtherVintage;
        this.live = live;
    }

    /**
     * Builds the variables.
     *
     * @param data the raw series
     * @return Year, lny, RATIO, PATENT, FDIGDP in the paper's order
     */
    public static PaperVariables build(final SourceData data) {
        boolean live = data.live();
        List<Variable> list = new ArrayList<>();
        list.add(make(YEAR, "calendar year", FIRST_YEAR, LAST_YEAR, live, year -> year));
        list.add(make(LNY, "ln of the US-China ATP deficit (-(exports - imports)) in USD 100 million",
            FIRST_YEAR, LNY_LAST_YEAR, live, year -> {
                double balance = data.atpBalanceChina().get(year);
                // A surplus has no log deficit: undefined, not an error in the data.
                return balance < 0 ? Math.log(-balance / 1e8) : (Double.isNaN(balance) ? Double.NaN : UNDEFINED);
            }));
        list.add(make(RATIO, "US ATP exports to China / US ATP exports to the world", FIRST_YEAR, LAST_YEAR, live,
            year -> data.atpExportsChina().get(year) / data.atpExportsWorld().get(year)));
        list.add(make(PATENT, "ln of patent applications by non-residents in China (WDI IP.PAT.NRES)", FIRST_YEAR,
            PATENT_LAST_YEAR, live, year -> Math.log(data.patentApplications().get(year))));
        list.add(fdi(data.fdiPctGdp(), live));
        return new PaperVariables(list, data.fdiPctGdpOtherVintage().map(s -> fdi(s, live)), live);
    }

    /** Marks a year whose value is mathematically undefined (e.g. ln of a surplus). */
    private static final double UNDEFINED = Double.NEGATIVE_INFINITY;

    private static Variable fdi(final AnnualSeries series, final boolean live) {
        return make(FDIGDP, "FDI net inflows to China, % of GDP (WDI BX.KLT.DINV.WD.GD.ZS); " + series.source(),
            FIRST_YEAR, LAST_YEAR, live, series::get);
    }

    private static Variable make(final String name, final String definition, final int first, final int last,
        final boolean live, final IntToDoubleFunction valueOf) {
        double[] v = new double[last - first + 1];
        List<Integer> missing = new ArrayList<>();
        List<Integer> undefined = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            double x = valueOf.applyAsDouble(first + i);
            if (x == UNDEFINED) {
                undefined.add(first + i);
                x = Double.NaN;
            } else if (!Double.isFinite(x)) {
                missing.add(first + i);
                x = Double.NaN;
            }
            v[i] = x;
        }
        StringBuilder detail = new StringBuilder();
        if (!missing.isEmpty()) {
            detail.append("no source value for ").append(missing.size()).append(" of ").append(v.length)
                .append(" years (").append(CompletenessReport.ranges(missing)).append(")");
        }
        if (!undefined.isEmpty()) {
            detail.append(detail.length() > 0 ? "; " : "").append("undefined (US surplus, no deficit to log) in ")
                .append(CompletenessReport.ranges(undefined));
        }
        String cell = detail.length() == 0 ? "" : (live || missing.isEmpty()
            ? "not computable: " + detail : Outcome.NOT_AVAILABLE_OFFLINE);
        return new Variable(name, definition, first, v, detail.toString(), cell);
    }

    /** @return Year, lny, RATIO, PATENT, FDIGDP */
    public List<Variable> all() {
        return variables;
    }

    /**
     * @param name the paper's name
     * @return the variable
     * @throws IllegalArgumentException for an unknown name
     */
    public Variable get(final String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(
            () -> new IllegalArgumentException("No variable " + name + "; known: Year, lny, RATIO, PATENT, FDIGDP."));
    }

    /** @return FDIGDP from the other WDI vintage, if the source has one (to explain differences only) */
    public Optional<Variable> fdiOtherVintage() {
        return fdiOtherVintage;
    }

    /** @return whether the ATP series came from the live Census API */
    public boolean isLive() {
        return live;
    }
}
