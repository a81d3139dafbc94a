package org.tradeecon.knime.replication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the replication report: {@code index.html}, one CSV per table plus {@code comparison.csv} (every cell)
 * and {@code variables.csv} (the paper's variables by year), beside the figures; and the terminal summary.
 */
public final class ReportWriter {

    /** Table id → file stem and title. */
    private static final Map<String, String[]> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("I", new String[] {"table1", "Table I. Descriptive statistics"});
        TABLES.put("II", new String[] {"table2",
            "Table II. Stationarity (ADF, constant, 0 lags, MacKinnon 1994 p-values; tau and p at our order, then at"
                + " the paper's order for comparison)"});
        TABLES.put("2", new String[] {"equation2", "Equation (2). OLS with a lagged dependent variable"});
        TABLES.put("III", new String[] {"table3",
            "Table III. Granger causality, lag 2 (row \"X -> Y\" tests the null \"X does not Granger-cause Y\")"});
    }

    private static final String CSV_HEADER =
        "table,row,statistic,ours,ours_status,paper,difference,agrees_at_paper_precision,paper_note,inputs";

    private ReportWriter() {
    }

    /**
     * Writes the HTML report and the CSV files.
     *
     * @param r the results
     * @param dir output directory (exists; the figures are already there)
     * @return the HTML file
     * @throws IOException if a file cannot be written
     */
    public static Path write(final Replication r, final Path dir) throws IOException {
        for (Map.Entry<String, String[]> t : TABLES.entrySet()) {
            writeCsv(dir.resolve(t.getValue()[0] + ".csv"), cellsOf(r, t.getKey()), r);
        }
        writeCsv(dir.resolve("comparison.csv"), r.allCells(), r);
        writeVariables(r.variables(), dir.resolve("variables.csv"));
        Path html = dir.resolve("index.html");
        Files.writeString(html, html(r), StandardCharsets.UTF_8);
        return html;
    }

    /**
     * @return one plain sentence per Table II row: does the paper's rejection of a unit root at 1% and 5% survive
     *         the finite-sample p-value? (computed from the cells, so offline rows say why they are missing)
     */
    static List<String> finiteSampleSentences(final Replication r) {
        return sentences(r, "II", TableTwo.SIMULATED_P_AT_PAPER_ORDER, "simulated at the test's sample size",
            "a unit root");
    }

    /**
     * @return one plain sentence per Table III row: does the paper's rejection of "X does not Granger-cause Y" at
     *         1% and 5% survive the bootstrap p-value?
     */
    static List<String> bootstrapSentences(final Replication r) {
        return sentences(r, "III", TableThree.BOOTSTRAP_P, "bootstrapped at the test's sample size",
            "no Granger causality");
    }

    private static List<String> sentences(final Replication r, final String table, final String statistic,
        final String how, final String nullInWords) {
        List<String> out = new java.util.ArrayList<>();
        for (ComparedValue sim : cellsOf(r, table)) {
            if (!sim.statistic().equals(statistic)) {
                continue;
            }
            String row = sim.row();
            if (!sim.ours().isAvailable() || sim.paper().isEmpty()) {
                out.add(row + ": " + (sim.ours().isAvailable() ? "the paper gives no p-value"
                    : sim.ours().reason()) + ".");
                continue;
            }
            double paper = sim.paper().get().value();
            double p = sim.ours().value();
            out.add(String.format(Locale.ROOT, "%s: the paper's p = %s; %s p = %.4f, so %s.", row,
                String.format(Locale.ROOT, "%." + sim.paper().get().decimals() + "f", paper), how, p,
                verdict(paper, p, nullInWords)));
        }
        return out;
    }

    /** @return whether the paper's rejections of a unit root at 5% and 1% survive the simulated p-value, in words */
    static String verdict(final double paperP, final double simulatedP) {
        return verdict(paperP, simulatedP, "a unit root");
    }

    /** @return whether the paper's rejections of the null at 5% and 1% survive the simulated p-value, in words */
    static String verdict(final double paperP, final double simulatedP, final String nullInWords) {
        if (paperP > 0.05) {
            return "the paper did not reject " + nullInWords + " at 5%";
        }
        boolean at5 = simulatedP <= 0.05;
        String rejection = "the paper's rejection of " + nullInWords;
        if (paperP > 0.01) {
            return rejection + " at 5% " + (at5 ? "survives" : "does not survive");
        }
        boolean at1 = simulatedP <= 0.01;
        return at1 ? rejection + " survives at 5% and at 1%"
            : at5 ? rejection + " survives at 5% but not at 1%"
            : rejection + " survives neither at 5% nor at 1%";
    }

    private static List<ComparedValue> cellsOf(final Replication r, final String table) {
        return r.allCells().stream().filter(c -> c.table().equals(table)).toList();
    }

    /**
     * Where a cell's inputs came from: for lny and RATIO (and Eq. 2 and Table III, which use them) the per-year
     * sources of the US ATP values over the variable's sample, for PATENT and FDIGDP their World Bank release.
     */
    static String inputsOf(final Replication r, final ComparedValue c) {
        SourceData d = r.data();
        String wb = "PATENT: " + sourceOf(d.patentApplications()) + "; FDIGDP: " + sourceOf(d.fdiPctGdp());
        String atp = d.atpInputsByYear().isEmpty() ? "US ATP: " + d.atpExportsChina().source()
            : "US ATP " + SourceDataLoader.byYears(d.atpInputsByYear(), PaperVariables.FIRST_YEAR,
                c.row().equals(PaperVariables.LNY) || c.table().equals("2") ? PaperVariables.LNY_LAST_YEAR
                    : PaperVariables.LAST_YEAR);
        if (c.table().equals("2") || c.table().equals("III")) {
            return atp + "; " + wb;
        }
        if (c.row().equals(PaperVariables.LNY) || c.row().equals(PaperVariables.RATIO)) {
            return atp;
        }
        if (c.row().equals(PaperVariables.PATENT)) {
            return "PATENT: " + sourceOf(d.patentApplications());
        }
        if (c.row().equals(Replication.FDI_OTHER_VINTAGE_ROW)) {
            return "FDIGDP: " + d.fdiPctGdpOtherVintage().map(ReportWriter::sourceOf).orElse("");
        }
        return c.row().equals(PaperVariables.FDIGDP) ? "FDIGDP: " + sourceOf(d.fdiPctGdp()) : "calendar";
    }

    private static void writeCsv(final Path file, final List<ComparedValue> cells, final Replication r)
        throws IOException {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (ComparedValue c : cells) {
            sb.append(csv(c.table())).append(',').append(csv(c.row())).append(',').append(csv(c.statistic()))
                .append(',').append(c.ours().isAvailable() ? Double.toString(c.ours().value()) : "").append(',')
                .append(csv(c.ours().isAvailable() ? "computed" : c.ours().reason())).append(',')
                .append(c.paper().map(t -> Double.toString(t.value())).orElse("")).append(',')
                .append(c.difference().isAvailable() ? Double.toString(c.difference().value()) : "").append(',')
                .append(c.paper().isPresent() && c.ours().isAvailable() ? c.agreesAtPrintedPrecision() : "")
                .append(',').append(csv(c.paper().map(PaperTargets.Target::note).orElse(""))).append(',')
                .append(csv(inputsOf(r, c))).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static void writeVariables(final PaperVariables v, final Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<PaperVariables.Variable> all = v.all();
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(all.get(i).name());
        }
        sb.append('\n');
        for (int year = PaperVariables.FIRST_YEAR; year <= PaperVariables.LAST_YEAR; year++) {
            for (int i = 0; i < all.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(valueIn(all.get(i), year));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** A variable's value in a year as text; empty when outside its sample or missing. */
    private static String valueIn(final PaperVariables.Variable v, final int year) {
        if (year < v.firstYear() || year > v.lastYear()) {
            return "";
        }
        double x = v.values()[year - v.firstYear()];
        if (Double.isNaN(x)) {
            return "";
        }
        return v.name().equals(PaperVariables.YEAR) ? Integer.toString((int)x) : Double.toString(x);
    }

    private static String csv(final String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** @return the whole HTML page */
    static String html(final Replication r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>Replication: China-US high-tech trade imbalance</title><style>")
            .append("body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em}")
            .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .6em}")
            .append("td.num{text-align:right;font-family:monospace}.na{color:#a33}.ok{color:#262}")
            .append("</style></head><body>\n")
            .append("<h1>Replication of the China-US high-tech (ATP) trade-imbalance paper</h1>\n<p>Mode: <b>")
            .append(!r.data().atpInputsByYear().isEmpty() ? esc(r.data().atpMode())
                : r.data().live() ? "live (US-China ATP series fetched from the Census API)"
                : "offline (bundled snapshot; the US-China ATP series are not in it)")
            .append("</b>. Each cell shows our value, the paper's published value (from TABLES.md) and the difference"
                + " (ours - paper). \"agrees\" means our value rounds to the paper's number at the paper's printed"
                + " precision. Nothing is filled in from the paper: a value we cannot compute says why.</p>\n");
        h.append("<h2>Data provenance</h2>\n<ul>\n");
        for (String p : r.data().provenance()) {
            h.append("<li>").append(esc(p)).append("</li>\n");
        }
        if (!r.data().crossChecks().isEmpty()) {
            h.append("</ul>\n<h2>Cross-check against press figures (never used as inputs)</h2>\n<ul>\n");
            for (String p : r.data().crossChecks()) {
                h.append("<li>").append(esc(p)).append("</li>\n");
            }
        }
        h.append("</ul>\n<h2>The paper's variables</h2>\n<table><tr><th>variable</th><th>definition</th>"
            + "<th>sample</th><th>status</th></tr>\n");
        for (PaperVariables.Variable v : r.variables().all()) {
            h.append("<tr><td>").append(esc(v.name())).append("</td><td>").append(esc(v.definition()))
                .append("</td><td>").append(v.firstYear()).append("-").append(v.lastYear()).append("</td><td>")
                .append(v.isAvailable() ? "<span class=ok>complete</span>"
                    : "<span class=na>" + esc(v.missingDetail()) + "</span>")
                .append("</td></tr>\n");
        }
        h.append("</table><p>Values by year: <a href=\"variables.csv\">variables.csv</a>.</p>\n");
        for (Map.Entry<String, String[]> t : TABLES.entrySet()) {
            h.append("<h2>").append(esc(t.getValue()[1])).append("</h2>\n");
            if (t.getKey().equals("2")) {
                h.append("<p>Paper: ").append(paperEquation(r)).append("</p>\n<p>Ours: ").append(esc(equation(r)))
                    .append("</p>\n");
            }
            cellTable(h, cellsOf(r, t.getKey()), r);
            h.append("<p>CSV: <a href=\"").append(t.getValue()[0]).append(".csv\">").append(t.getValue()[0])
                .append(".csv</a></p>\n");
            if (t.getKey().equals("II")) {
                h.append("<p>The order of difference is ours: the first d in 0..").append(TableTwo.MAX_ORDER)
                    .append(" at which the ADF test rejects a unit root at the ")
                    .append(TableTwo.ALPHA).append(" level, and tau and p are shown at it (beside the paper's tau and p"
                        + " where the paper chose the same order). The rows \"").append(esc(TableTwo.TAU_AT_PAPER_ORDER))
                    .append("\" and \"").append(esc(TableTwo.P_AT_PAPER_ORDER)).append("\" show tau and p at the"
                        + " paper's order (the paper column of the order row), for comparison with the paper's"
                        + " numbers.</p>\n");
                h.append("<p>With 11 to 14 observations in each test regression the paper's p-values (MacKinnon's"
                    + " asymptotic approximation) are too small. The row \"").append(esc(
                        TableTwo.SIMULATED_P_AT_PAPER_ORDER)).append("\" gives the p-value of the same tau simulated at"
                        + " the test's own sample size. Whether the paper's conclusion survives:</p>\n<ul>\n");
                finiteSampleSentences(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>\n"));
                h.append("</ul>\n");
            }
            if (t.getKey().equals("III")) {
                h.append("<p>With 10 to 12 observations in each test regression the F distribution's p-values are"
                    + " too small (the test over-rejects). The row \"").append(esc(TableThree.BOOTSTRAP_P))
                    .append("\" gives the p-value of the same F from a residual bootstrap under the null. Whether the"
                        + " paper's conclusion survives:</p>\n<ul>\n");
                bootstrapSentences(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>\n"));
                h.append("</ul>\n");
            }
        }
        if (!r.fdiOtherVintage().isEmpty()) {
            h.append("<h2>FDIGDP and the World Bank data vintage</h2>\n<p>").append(esc(vintageNote(r)))
                .append("</p>\n");
            cellTable(h, r.fdiOtherVintage(), r);
        }
        h.append(LongRunSection.html(LongRunSection.compute(r.variables()), ReportWriter::esc));
        h.append("<h2>Figures</h2>\n");
        for (Figures.Figure f : r.figures()) {
            h.append("<h3>").append(esc(f.title())).append("</h3>\n");
            if (f.isDrawn()) {
                h.append("<p><img src=\"").append(f.id()).append(".png\" alt=\"").append(esc(f.title()))
                    .append("\" width=\"800\"> (<a href=\"").append(f.id()).append(".svg\">SVG</a>)</p>\n");
            } else {
                h.append("<p class=na>").append(esc(f.unavailableReason())).append("</p>\n");
            }
        }
        h.append("<h2>What could not be computed, and why</h2>\n<ul>\n");
        for (String s : missingSummary(r)) {
            h.append("<li>").append(esc(s)).append("</li>\n");
        }
        h.append("</ul>\n</body></html>\n");
        return h.toString();
    }

    private static void cellTable(final StringBuilder h, final List<ComparedValue> cells, final Replication r) {
        h.append("<table><tr><th>row</th><th>statistic</th><th>ours</th><th>paper</th><th>difference</th>"
            + "<th>agrees</th><th>inputs</th></tr>\n");
        for (ComparedValue c : cells) {
            h.append("<tr><td>").append(esc(c.row())).append("</td><td>").append(esc(c.statistic()))
                .append("</td><td class=\"").append(c.ours().isAvailable() ? "num" : "na").append("\">")
                .append(esc(c.ours().format(c.decimals()))).append("</td><td class=num>")
                .append(c.paper().map(t -> fmt(t.value(), t.decimals())).orElse("")).append("</td><td class=num>")
                .append(c.difference().isAvailable() ? fmtSigned(c.difference().value(), diffDecimals(c)) : "")
                .append("</td><td>").append(agrees(c)).append("</td><td>").append(esc(inputsOf(r, c)))
                .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String agrees(final ComparedValue c) {
        if (c.paper().isEmpty() || !c.ours().isAvailable()) {
            return "";
        }
        return c.agreesAtPrintedPrecision() ? "yes" : "no";
    }

    /** Our Eq. (2) in the paper's form, or the reason it is unavailable. */
    static String equation(final Replication r) {
        StringBuilder sb = new StringBuilder("lny_t = ");
        for (ComparedValue c : r.equationTwo()) {
            if (!c.statistic().equals("coefficient")) {
                continue;
            }
            if (!c.ours().isAvailable()) {
                return c.ours().reason();
            }
            double b = c.ours().value();
            String term = c.row().equals("constant") ? "" : " " + c.row().replace("(t-1)", "_{t-1}")
                .replace("RATIO", "RATIO_t").replace("PATENT", "PATENT_t").replace("FDIGDP", "FDIGDP_t");
            if (c.row().equals("constant")) {
                sb.append(fmt(b, 3));
            } else {
                sb.append(b < 0 ? " - " : " + ").append(fmt(Math.abs(b), 3)).append(term);
            }
        }
        return sb.toString();
    }

    /**
     * The paper's Eq. (2) from its published coefficients (paper-targets.csv), as HTML, with the notes of those
     * numbers and the terms the paper does not report.
     */
    static String paperEquation(final Replication r) {
        StringBuilder terms = new StringBuilder("lny<sub>t</sub> =");
        List<String> remarks = new ArrayList<>();
        boolean first = true;
        for (ComparedValue c : r.equationTwo()) {
            if (!c.statistic().equals("coefficient")) {
                continue;
            }
            if (c.paper().isEmpty()) {
                remarks.add(esc(c.row()) + " not reported");
                continue;
            }
            PaperTargets.Target t = c.paper().get();
            String term = c.row().equals("lny(t-1)") ? "lny<sub>t-1</sub>" : esc(c.row()) + "<sub>t</sub>";
            String sign = t.value() < 0 ? "- " : first ? "" : "+ ";
            terms.append(' ').append(sign).append(fmt(Math.abs(t.value()), t.decimals())).append(' ').append(term);
            first = false;
            if (!t.note().isEmpty()) {
                remarks.add(esc(c.row()) + ": " + esc(t.note()));
            }
        }
        return terms + (remarks.isEmpty() ? "" : " (" + String.join("; ", remarks) + ")") + ".";
    }

    /** @return the paper's published values of a Table I row, e.g. "mean 3.068, sd 1.098, min 1.367" */
    private static String paperTableOne(final Replication r, final String row, final List<String> statistics) {
        List<String> parts = new ArrayList<>();
        for (String s : statistics) {
            r.tableOne().stream().filter(c -> c.row().equals(row) && c.statistic().equals(s)).findFirst()
                .flatMap(ComparedValue::paper).ifPresent(t -> parts.add(s + " " + fmt(t.value(), t.decimals())));
        }
        return String.join(", ", parts);
    }

    /** Explains the FDIGDP gap with the two WDI vintages at hand. */
    static String vintageNote(final Replication r) {
        PaperVariables.Variable primary = r.variables().get(PaperVariables.FDIGDP);
        return "Our FDIGDP uses " + sourceOf(r.data().fdiPctGdp()) + ". The same indicator from "
            + r.data().fdiPctGdpOtherVintage().map(ReportWriter::sourceOf).orElse("another release")
            + " is shown below for comparison only. The two stored releases are identical for 2004-2013 and"
            + " differ only in the revised years 2014-2018. The paper's FDIGDP ("
            + paperTableOne(r, PaperVariables.FDIGDP, List.of("mean", "sd", "min")) + ") matches neither, so the paper used a third WDI release that could not be identified; the gaps in"
            + " the FDIGDP rows are consistent with revisions of those recent years, and no value was adjusted"
            + " to close them. Sample: "
            + primary.firstYear() + "-" + primary.lastYear() + ".";
    }

    private static String sourceOf(final AnnualSeries s) {
        return s.name() + " (" + s.source() + ")";
    }

    /** @return one line per thing that could not be computed, with the reason */
    static List<String> missingSummary(final Replication r) {
        Set<String> lines = new LinkedHashSet<>();
        for (PaperVariables.Variable v : r.variables().all()) {
            if (!v.isAvailable()) {
                lines.add(v.name() + ": " + v.missingDetail() + ". Every number that uses " + v.name() + " shows \""
                    + v.cellReason() + "\".");
            }
        }
        for (Figures.Figure f : r.figures()) {
            if (!f.isDrawn()) {
                lines.add(f.title() + ": " + f.unavailableReason() + ".");
            }
        }
        if (lines.isEmpty()) {
            lines.add("Nothing: every table cell and figure was computed.");
        }
        return new ArrayList<>(lines);
    }

    /**
     * The short terminal summary: every computed cell with our value, the paper's and the difference; rows that
     * cannot be computed are collapsed to one line with the reason.
     *
     * @param r the results
     * @param html path of the HTML report
     * @return the text to print
     */
    public static String summary(final Replication r, final Path html) {
        StringBuilder sb = new StringBuilder();
        sb.append("Replication of the China-US high-tech trade paper (")
            .append(r.data().atpMode()).append(")\n");
        for (String c : r.data().crossChecks()) {
            sb.append("  cross-check (not an input): ").append(c).append('\n');
        }
        // the statistic column as wide as its longest label (Table II's "... at the paper's order, for comparison")
        int statisticWidth = r.allCells().stream().mapToInt(c -> c.statistic().length()).max().orElse(0);
        String format = "  %-27s %-" + Math.max(13, statisticWidth) + "s %12s %12s %10s  %s%n";
        String lastTable = "";
        String lastRow = "";
        for (ComparedValue c : r.allCells()) {
            String table = c.row().equals(Replication.FDI_OTHER_VINTAGE_ROW) ? "other" : c.table();
            if (!table.equals(lastTable)) {
                sb.append('\n').append(table.equals("other")
                    ? "FDIGDP from the other stored WDI release (for comparison: how much a revision moves it)"
                    : TABLES.get(c.table())[1]).append('\n');
                sb.append(String.format(Locale.ROOT, format, "row", "statistic", "ours", "paper", "diff", ""));
                lastTable = table;
                lastRow = "";
            }
            if (!c.ours().isAvailable()) {
                if (!c.row().equals(lastRow)) {
                    sb.append(String.format(Locale.ROOT, "  %-27s %s%n", c.row(), c.ours().reason()));
                }
                lastRow = c.row();
                continue;
            }
            lastRow = c.row();
            sb.append(String.format(Locale.ROOT, format, c.row(), c.statistic(), c.ours().format(c.decimals()),
                c.paper().map(t -> fmt(t.value(), t.decimals())).orElse("-"),
                c.difference().isAvailable() ? fmtSigned(c.difference().value(), diffDecimals(c)) : "-",
                c.paper().isEmpty() ? "" : (c.agreesAtPrintedPrecision() ? "agrees" : "differs")));
        }
        sb.append("\nFigures: ");
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Figures.Figure f : r.figures()) {
            byReason.computeIfAbsent(f.isDrawn() ? "drawn" : f.unavailableReason(), k -> new ArrayList<>())
                .add(f.id());
        }
        sb.append(byReason.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
            .collect(java.util.stream.Collectors.joining("; ")));
        sb.append("\nReport: ").append(html.toAbsolutePath().normalize()).append('\n');
        return sb.toString();
    }

    /** One decimal more than the value shows, so a difference inside the rounding is still visible. */
    private static int diffDecimals(final ComparedValue c) {
        return c.decimals() == 0 ? 0 : c.decimals() + 1;
    }

    private static String fmt(final double x, final int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String fmtSigned(final double x, final int decimals) {
        return String.format(Locale.ROOT, "%+." + decimals + "f", x);
    }

    private static String esc(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
