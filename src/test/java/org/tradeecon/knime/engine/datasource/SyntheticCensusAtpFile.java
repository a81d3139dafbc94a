package org.tradeecon.knime.engine.datasource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Census ATP file in the user format from a formula. <b>SYNTHETIC TEST DATA</b>: the values are made up
 * (smooth trends with a sine wiggle, chosen only to lie in the ranges the reader accepts and to make the regressions
 * non-degenerate); they are never Census data and every row says so in its source column.
 */
public final class SyntheticCensusAtpFile {

    /** Source column of every synthetic row. */
    public static final String SOURCE = "SYNTHETIC TEST DATA (formula in SyntheticCensusAtpFile; not Census data)";

    /** Release date column of every synthetic row. */
    public static final String RELEASE = "2000-01-01";

    private SyntheticCensusAtpFile() {
    }

    /** @return world exports of a year, USD (formula) */
    public static double worldExports(int year) {
        int t = year - 2004;
        return Math.round(200e9 + 11e9 * t + 3e9 * Math.sin(0.9 * t));
    }

    /** @return world imports of a year, USD (formula) */
    public static double worldImports(int year) {
        int t = year - 2004;
        return Math.round(240e9 + 17e9 * t + 4e9 * Math.cos(1.1 * t));
    }

    /** @return China exports of a year, USD (formula) */
    public static double chinaExports(int year) {
        int t = year - 2004;
        return Math.round(15e9 * (1 + 0.07 * t + 0.06 * Math.sin(1.7 * t)));
    }

    /** @return China imports of a year, USD (formula) */
    public static double chinaImports(int year) {
        int t = year - 2004;
        return Math.round(45e9 * (1 + 0.11 * t + 0.05 * Math.cos(2.3 * t)));
    }

    /**
     * @param from   first year
     * @param to     last year
     * @param groups also write the ten group rows per year (shares 1/55 .. 10/55, the last takes the rest so
     *               the sum is exact)
     * @return the lines of the file, header first
     */
    public static List<String> lines(int from, int to, boolean groups) {
        List<String> out = new ArrayList<>();
        out.add(String.join(",", CensusAtpFile.HEADER));
        for (String p : new String[] {CensusAtpClient.CHINA, CensusAtpClient.WORLD}) {
            for (int y = from; y <= to; y++) {
                boolean china = p.equals(CensusAtpClient.CHINA);
                double x = china ? chinaExports(y) : worldExports(y);
                double m = china ? chinaImports(y) : worldImports(y);
                out.add(line(p, y, AtpTradeRow.TOTAL, x, m));
                if (groups) {
                    double sx = 0;
                    double sm = 0;
                    for (int g = 1; g <= 10; g++) {
                        double gx = g < 10 ? Math.round(x * g / 55.0) : x - sx;
                        double gm = g < 10 ? Math.round(m * (11 - g) / 55.0) : m - sm;
                        sx += gx;
                        sm += gm;
                        out.add(line(p, y, String.format(Locale.ROOT, "%02d", g), gx, gm));
                    }
                }
            }
        }
        return out;
    }

    /** @return {@link #lines} as file text */
    public static String text(int from, int to, boolean groups) {
        return String.join("\n", lines(from, to, groups)) + "\n";
    }

    private static String line(String partner, int year, String group, double x, double m) {
        return String.format(Locale.ROOT, "%s,%d,%s,%.0f,%.0f,\"%s\",%s", partner, year, group, x, m, SOURCE,
                RELEASE);
    }
}
