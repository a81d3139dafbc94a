package org.tradeecon.knime.engine.unitroot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the published coefficient tables kept as text resources ('#' starts a comment): beside this class, or
 * beside another engine class ({@link #CoefficientFile(Class, String)}).
 */
public final class CoefficientFile {

    private final List<String[]> rows = new ArrayList<>();
    private final String resource;

    CoefficientFile(final String resource) {
        this(CoefficientFile.class, resource);
    }

    /**
     * @param anchor the class whose package holds the resource
     * @param resource the resource's file name
     * @throws IllegalStateException when the resource is missing
     */
    public CoefficientFile(final Class<?> anchor, final String resource) {
        this.resource = resource;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing coefficient resource " + resource + " in the bundle.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    rows.add(s.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read coefficient resource " + resource, e);
        }
    }

    /**
     * @param keys the leading tokens to match
     * @return the numbers after the keys on the unique matching row
     * @throws IllegalStateException when no row or more than one row matches
     */
    public double[] numbers(final String... keys) {
        double[] found = null;
        for (String[] row : rows) {
            if (row.length > keys.length && matches(row, keys)) {
                if (found != null) {
                    throw new IllegalStateException("Duplicate row " + String.join(" ", keys) + " in " + resource);
                }
                found = new double[row.length - keys.length];
                for (int i = 0; i < found.length; i++) {
                    found[i] = Double.parseDouble(row[keys.length + i].replace("inf", "Infinity"));
                }
            }
        }
        if (found == null) {
            throw new IllegalStateException("No row " + String.join(" ", keys) + " in " + resource);
        }
        return found;
    }

    private static boolean matches(final String[] row, final String[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (!row[i].equals(keys[i])) {
                return false;
            }
        }
        return true;
    }
}
