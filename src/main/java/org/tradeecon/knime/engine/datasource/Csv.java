package org.tradeecon.knime.engine.datasource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed comma-separated file (RFC 4180: fields may be quoted with {@code "}, a quote inside a quoted field is
 * doubled). Every cell is kept as text, so codes keep their leading zeros and empty cells stay empty strings.
 */
public final class Csv {

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<List<String>> rows;

    private Csv(String source, List<String> header, List<List<String>> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        this.columnIndex = index;
    }

    /**
     * Reads a bundled resource that sits next to {@code anchor}'s class file.
     *
     * @param anchor class whose package holds the resource
     * @param name   resource file name
     * @return the parsed file, first line = header
     * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
     */
    public static Csv readResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource " + name + " is missing next to "
                        + anchor.getName() + "; the plug-in jar is incomplete.");
            }
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + name, e);
        }
    }

    /**
     * Parses CSV text. The first record is the header; every later record must have as many fields.
     *
     * @param source name used in error messages
     * @param reader the text (closed by the caller)
     * @return the parsed file
     * @throws IOException              if reading fails
     * @throws IllegalArgumentException if a record has the wrong number of fields or a quote is not closed
     */
    public static Csv parse(String source, Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        List<List<String>> records = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        List<String> record = new ArrayList<>();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
                line++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": a quoted field opened before line " + line
                    + " is never closed.");
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": the file is empty (a header line is needed).");
        }
        List<String> header = records.get(0);
        List<List<String>> body = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue; // blank line
            }
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(source + ": record " + (i + 1) + " has " + r.size()
                        + " fields, the header has " + header.size() + ".");
            }
            body.add(Collections.unmodifiableList(r));
        }
        return new Csv(source, header, body);
    }

    /** @return the column names of the header line */
    public List<String> header() {
        return header;
    }

    /** @return the data records (without the header), each as unmodifiable list of cells */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * @param name column name
     * @return its index
     * @throws IllegalArgumentException if the header has no such column
     */
    public int column(String name) {
        Integer i = columnIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException(source + ": no column \"" + name + "\"; columns are " + header + ".");
        }
        return i;
    }
}
