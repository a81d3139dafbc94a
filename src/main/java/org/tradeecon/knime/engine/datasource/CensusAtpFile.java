package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * US ATP trade with China and the world typed in by a user from the Census web tables (format and the tables to
 * copy: the section "Census ATP file" of {@code README.md}; an empty template is {@code templates/census-atp-file.csv}).
 *
 * <p>One CSV row per partner, year and ATP group, with exactly the columns {@link #HEADER}. The reader is strict;
 * every problem is an error that names the row (data rows are counted from 1 after the header, blank lines not
 * counted) and nothing is filled in or dropped:
 * <ul>
 * <li>partner {@code 5700} (China) or {@code WORLD}; year four digits; atp_group {@code TOTAL} or {@code 01}..{@code 10};</li>
 * <li>exports_usd and imports_usd plain non-negative decimals in US dollars (the rule of the Census API reader),
 * both required;</li>
 * <li>source not empty; release_date an ISO date {@code YYYY-MM-DD} or month {@code YYYY-MM};</li>
 * <li>a partner, year and group at most once;</li>
 * <li>per partner the years form one run without gaps, each year has a TOTAL row, and a year has either no group
 * rows or all ten;</li>
 * <li>where a year has group rows, their sum is within {@link #SUM_TOLERANCE_USD} or
 * {@link #SUM_TOLERANCE_SHARE} of TOTAL (the larger), for exports and imports;</li>
 * <li>units: the WORLD TOTAL exports and imports lie in [{@link #WORLD_MIN_USD}, {@link #WORLD_MAX_USD}], and the
 * China TOTAL exports and imports are between {@link #CHINA_MIN_SHARE} and 1 times the world total of the same
 * year (from the file, else the bundled snapshot); a table in millions or thousands pasted as dollars fails.</li>
 * </ul>
 */
public final class CensusAtpFile {

    /** The columns, in this order. */
    public static final List<String> HEADER =
            List.of("partner", "year", "atp_group", "exports_usd", "imports_usd", "source", "release_date");

    /**
     * Lowest plausible US ATP export or import total with the world, USD: a quarter of the smallest Census value
     * 2004–2018 (exports 201.6 bn in 2004, bundled snapshot), so any real year since 1990 passes, while the same
     * table in thousands (about 2·10^8) or millions (about 2·10^5) of dollars fails.
     */
    public static final double WORLD_MIN_USD = 50e9;

    /** Highest plausible world total, USD: about four times the largest Census value 2004–2018 (imports 496.1 bn). */
    public static final double WORLD_MAX_USD = 2e12;

    /**
     * Lowest plausible share of China in the US ATP world total of the same year (0.1%); the Census values are
     * around 10% (exports) and 30% (imports), a China value in millions pasted as dollars is about 10^-7.
     */
    public static final double CHINA_MIN_SHARE = 0.001;

    /**
     * Absolute tolerance of the group sum against TOTAL, USD: eleven values each rounded to USD 0.5 million (a table
     * in millions copied as dollars) differ by at most 5.5 million.
     */
    public static final double SUM_TOLERANCE_USD = 6e6;

    /** Relative tolerance of the group sum against TOTAL (0.1%), for tables rounded more coarsely. */
    public static final double SUM_TOLERANCE_SHARE = 0.001;

    /** One checked row of the file. */
    public record Row(int row, String partner, int year, String group, double exports, double imports,
            String source, String releaseDate) {

        /** @return "source (released DATE)" */
        public String provenance() {
            return source + " (released " + releaseDate + ")";
        }
    }

    private final String name;
    /** partner → year → group → row. */
    private final Map<String, TreeMap<Integer, Map<String, Row>>> rows;

    private CensusAtpFile(String name, Map<String, TreeMap<Integer, Map<String, Row>>> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Reads and checks a file (UTF-8).
     *
     * @param path the file
     * @return the checked file
     * @throws DataSourceException if it cannot be read or breaks a rule (the message names the row)
     */
    public static CensusAtpFile read(Path path) throws DataSourceException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.getFileName().toString(), in);
        } catch (IOException e) {
            if (e instanceof DataSourceException d) {
                throw d;
            }
            throw new DataSourceException("Cannot read the Census ATP file " + path + ": " + e, e);
        }
    }

    /**
     * Parses and checks CSV text.
     *
     * @param name   file name for messages and provenance
     * @param reader the text (closed by the caller)
     * @return the checked file
     * @throws DataSourceException if a rule is broken (the message names the row)
     * @throws IOException         if reading fails
     */
    public static CensusAtpFile parse(String name, Reader reader) throws IOException {
        Csv csv;
        try {
            csv = Csv.parse(name, reader);
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("The Census ATP file " + e.getMessage());
        }
        String file = "The Census ATP file " + name;
        if (!csv.header().stream().map(String::strip).toList().equals(HEADER)) {
            throw new DataSourceException(file + " has the header " + csv.header() + "; it must be exactly "
                    + String.join(",", HEADER) + " (see templates/census-atp-file.csv).");
        }
        Map<String, TreeMap<Integer, Map<String, Row>>> rows = new LinkedHashMap<>();
        int n = 0;
        for (List<String> cells : csv.rows()) {
            n++;
            Row r = row(file + " row " + n + " [" + String.join(",", cells) + "]", n, cells);
            Row before = rows.computeIfAbsent(r.partner(), p -> new TreeMap<>())
                    .computeIfAbsent(r.year(), y -> new LinkedHashMap<>()).putIfAbsent(r.group(), r);
            if (before != null) {
                throw new DataSourceException(file + ": rows " + before.row() + " and " + n + " are both "
                        + label(r.partner()) + " " + r.year() + " ATP group " + r.group()
                        + "; refused, as it is unclear which is right.");
            }
        }
        if (rows.isEmpty()) {
            throw new DataSourceException(file + " has a header but no data rows.");
        }
        for (Map.Entry<String, TreeMap<Integer, Map<String, Row>>> p : rows.entrySet()) {
            checkYears(file, p.getKey(), p.getValue());
        }
        CensusAtpFile checked = new CensusAtpFile(name, rows);
        checked.checkUnits(file);
        return checked;
    }

    private static Row row(String at, int n, List<String> raw) throws DataSourceException {
        List<String> c = raw.stream().map(String::strip).toList();
        String partner = c.get(0);
        if (!partner.equals(CensusAtpClient.CHINA) && !partner.equals(CensusAtpClient.WORLD)) {
            throw new DataSourceException(at + ": partner \"" + partner + "\" is neither " + CensusAtpClient.CHINA
                    + " (China) nor " + CensusAtpClient.WORLD + ".");
        }
        if (!c.get(1).matches("(19|20)\\d{2}|2100")) {
            throw new DataSourceException(at + ": year \"" + c.get(1) + "\" is not a four-digit year 1900..2100.");
        }
        String group = c.get(2);
        if (!group.equals(AtpTradeRow.TOTAL) && !group.matches("0[1-9]|10")) {
            throw new DataSourceException(at + ": atp_group \"" + group + "\" is neither " + AtpTradeRow.TOTAL
                    + " nor an ATP group code 01..10 (two digits).");
        }
        double exports = required(at, "exports_usd", c.get(3));
        double imports = required(at, "imports_usd", c.get(4));
        if (c.get(5).isEmpty()) {
            throw new DataSourceException(at + ": source is empty; name the Census table the row was copied from.");
        }
        String date = c.get(6);
        if (!isDateOrMonth(date)) {
            throw new DataSourceException(at + ": release_date \"" + date + "\" is not an ISO date YYYY-MM-DD or"
                    + " month YYYY-MM.");
        }
        return new Row(n, partner, Integer.parseInt(c.get(1)), group, exports, imports, c.get(5), date);
    }

    private static double required(String at, String column, String raw) throws DataSourceException {
        double v = CensusAtpClient.value(raw, at + ": " + column + " = \"" + raw + "\"");
        if (Double.isNaN(v)) {
            throw new DataSourceException(at + ": " + column + " is empty; every row needs exports and imports"
                    + " (write 0 only if the table says 0).");
        }
        return v;
    }

    private static boolean isDateOrMonth(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(s);
                return true;
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(s);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private static void checkYears(String file, String partner, TreeMap<Integer, Map<String, Row>> years)
            throws DataSourceException {
        Integer previous = null;
        for (Map.Entry<Integer, Map<String, Row>> y : years.entrySet()) {
            Map<String, Row> groups = y.getValue();
            Row any = groups.values().iterator().next();
            if (previous != null && y.getKey() != previous + 1) {
                throw new DataSourceException(file + ": " + label(partner) + " has rows for " + previous + " and "
                        + y.getKey() + " (row " + any.row() + ") but none for "
                        + (y.getKey() - 1 == previous + 1 ? String.valueOf(previous + 1)
                                : (previous + 1) + "–" + (y.getKey() - 1))
                        + "; the years of a partner must have no gaps.");
            }
            previous = y.getKey();
            Row total = groups.get(AtpTradeRow.TOTAL);
            if (total == null) {
                throw new DataSourceException(file + ": " + label(partner) + " " + y.getKey() + " has group rows"
                        + " (row " + any.row() + ") but no " + AtpTradeRow.TOTAL + " row.");
            }
            if (groups.size() > 1 && groups.size() < 11) {
                List<String> absent = new ArrayList<>();
                for (int g = 1; g <= 10; g++) {
                    String code = String.format(Locale.ROOT, "%02d", g);
                    if (!groups.containsKey(code)) {
                        absent.add(code);
                    }
                }
                throw new DataSourceException(file + ": " + label(partner) + " " + y.getKey() + " has some ATP"
                        + " group rows (e.g. row " + groups.values().stream().filter(r -> r != total).findFirst()
                                .orElseThrow().row()
                        + ") but not groups " + String.join(", ", absent) + "; give all ten or none.");
            }
            if (groups.size() == 11) {
                checkSum(file, partner, total, groups, "exports", Row::exports);
                checkSum(file, partner, total, groups, "imports", Row::imports);
            }
        }
    }

    private static void checkSum(String file, String partner, Row total, Map<String, Row> groups, String flow,
            java.util.function.ToDoubleFunction<Row> value) throws DataSourceException {
        double sum = 0;
        for (Row r : groups.values()) {
            if (r != total) {
                sum += value.applyAsDouble(r);
            }
        }
        double t = value.applyAsDouble(total);
        double tolerance = Math.max(SUM_TOLERANCE_USD, SUM_TOLERANCE_SHARE * t);
        if (Math.abs(sum - t) > tolerance) {
            throw new DataSourceException(String.format(Locale.ROOT, "%s: %s %d %s: the ATP groups 01..10 add up"
                    + " to %.0f USD, the TOTAL row (row %d) says %.0f USD; the difference %.0f USD exceeds the"
                    + " tolerance %.0f USD (the larger of USD 6 million and 0.1%% of TOTAL).", file, label(partner),
                    total.year(), flow, sum, total.row(), t, Math.abs(sum - t), tolerance));
        }
    }

    private void checkUnits(String file) throws DataSourceException {
        for (Row w : totals(CensusAtpClient.WORLD)) {
            for (String flow : new String[] {"exports_usd", "imports_usd"}) {
                double v = flow.startsWith("ex") ? w.exports() : w.imports();
                if (v < WORLD_MIN_USD || v > WORLD_MAX_USD) {
                    throw new DataSourceException(String.format(Locale.ROOT, "%s row %d: WORLD %d TOTAL %s = %.0f"
                            + " is outside the plausible range of US ATP trade with the world, USD 50 bn to"
                            + " 2,000 bn (Census 2004–2018: exports 201.6–368.6 bn, imports 238.3–496.1 bn). Values"
                            + " must be in dollars: multiply a table in millions by 1,000,000.", file, w.row(),
                            w.year(), flow, v));
                }
            }
        }
        for (Row c : totals(CensusAtpClient.CHINA)) {
            double[] world = worldTotal(c.year());
            if (world == null) {
                continue;
            }
            for (int f = 0; f < 2; f++) {
                double v = f == 0 ? c.exports() : c.imports();
                if (Double.isNaN(world[f])) {
                    continue;
                }
                if (v < CHINA_MIN_SHARE * world[f] || v > world[f]) {
                    throw new DataSourceException(String.format(Locale.ROOT, "%s row %d: China (5700) %d TOTAL %s ="
                            + " %.0f USD is %s the US ATP %s with the world that year (%.0f USD, %s); China's share"
                            + " must lie between 0.1%% and 100%%. Values must be in dollars: multiply a table in"
                            + " millions by 1,000,000.", file, c.row(), c.year(), f == 0 ? "exports_usd"
                                    : "imports_usd",
                            v, v > world[f] ? "above" : "below 0.1% of", f == 0 ? "exports" : "imports", world[f],
                            world[2] == 0 ? "from this file" : "from the bundled snapshot"));
                }
            }
        }
    }

    /** @return exports, imports, and 0 if from the file or 1 if from the snapshot; null if unknown */
    private double[] worldTotal(int year) {
        Row w = row(CensusAtpClient.WORLD, year, AtpTradeRow.TOTAL);
        if (w != null) {
            return new double[] {w.exports(), w.imports(), 0};
        }
        AtpTradeRow s = CensusAtpSnapshot.read(CensusAtpClient.WORLD, year, year).rows().get(0);
        if (Double.isNaN(s.exports()) && Double.isNaN(s.imports())) {
            return null;
        }
        return new double[] {s.exports(), s.imports(), 1};
    }

    private List<Row> totals(String partner) {
        List<Row> out = new ArrayList<>();
        for (Map<String, Row> g : rows.getOrDefault(partner, new TreeMap<>()).values()) {
            out.add(g.get(AtpTradeRow.TOTAL));
        }
        return out;
    }

    private static String label(String partner) {
        return CensusAtpClient.WORLD.equals(partner) ? "WORLD" : "China (" + partner + ")";
    }

    /** @return the file name */
    public String name() {
        return name;
    }

    /**
     * @param partner {@link CensusAtpClient#CHINA} or {@link CensusAtpClient#WORLD}
     * @return the years the file has for the partner, ascending (empty if none)
     */
    public NavigableSet<Integer> years(String partner) {
        return new TreeSet<>(rows.getOrDefault(partner, new TreeMap<>()).keySet());
    }

    /**
     * @param partner partner code
     * @param year    year
     * @param group   {@link AtpTradeRow#TOTAL} or 01..10
     * @return the row, or null if the file does not have it
     */
    public Row row(String partner, int year, String group) {
        Map<String, Row> g = rows.getOrDefault(partner, new TreeMap<>()).get(year);
        return g == null ? null : g.get(group);
    }

    /**
     * The file's rows on the grid the other Census readers return; years the file does not have are missing.
     *
     * @param partner  {@link CensusAtpClient#CHINA} or {@link CensusAtpClient#WORLD}
     * @param fromYear first year
     * @param toYear   last year
     * @return the grid year × (TOTAL, 01..10), missing values NaN, with the completeness report
     */
    public AtpTradeTable table(String partner, int fromYear, int toYear) {
        Requests.checkYears(fromYear, toYear);
        AtpGrid grid = new AtpGrid(partner, CensusAtpClient.WORLD.equals(partner) ? "World (all countries)"
                : "China", fromYear, toYear);
        for (Map<String, Row> g : rows.getOrDefault(partner, new TreeMap<>()).values()) {
            for (Row r : g.values()) {
                grid.put(r.year(), r.group(), 0, r.exports());
                grid.put(r.year(), r.group(), 1, r.imports());
            }
        }
        return grid.build(source());
    }

    /** @return the source text of tables from this file */
    public String source() {
        return "user Census ATP file " + name;
    }

    /**
     * Checks that the file has a partner's TOTAL rows for every year of a range.
     *
     * @param partner  partner code
     * @param fromYear first year
     * @param toYear   last year
     * @throws DataSourceException naming the missing years
     */
    public void requireYears(String partner, int fromYear, int toYear) throws DataSourceException {
        NavigableSet<Integer> have = years(partner);
        List<String> absent = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            if (!have.contains(y)) {
                absent.add(String.valueOf(y));
            }
        }
        if (!absent.isEmpty()) {
            throw new DataSourceException("The Census ATP file " + name + " has no " + label(partner)
                    + " rows for " + String.join(", ", absent) + " (needed: " + fromYear + "–" + toYear
                    + "; the file has " + (have.isEmpty() ? "none" : have.first() + "–" + have.last()) + ").");
        }
    }
}
