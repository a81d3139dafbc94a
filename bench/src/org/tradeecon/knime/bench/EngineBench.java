package org.tradeecon.knime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times one benchmark workload through our engine and writes the result as JSON (read by bench/bench.py).
 *
 * <pre>java org.tradeecon.knime.bench.EngineBench WORKLOAD DATA_DIR OUT_JSON REPS</pre>
 *
 * Data loading is outside the timed region (as on the statsmodels side). Each workload first runs for at
 * least {@link #WARMUP_SECONDS} seconds (and at least {@link #WARMUP_MIN_RUNS} times) so the JIT has compiled
 * the hot loops, then REPS timed runs follow (fewer, but at least {@link #MIN_RUNS}, when they exceed
 * {@link #TIMED_BUDGET_SECONDS}); the report prints their median. Peak memory is the process's
 * peak resident set size (VmHWM), JVM included, so it is comparable with the Python process's ru_maxrss.
 */
public final class EngineBench {

    static final double WARMUP_SECONDS = 5.0;
    static final int WARMUP_MIN_RUNS = 3;
    /** Timed runs stop early once they have taken this long (but never before {@link #MIN_RUNS} runs). */
    static final double TIMED_BUDGET_SECONDS = 15.0;
    static final int MIN_RUNS = 3;

    private EngineBench() {
    }

    public static void main(final String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: EngineBench WORKLOAD DATA_DIR OUT_JSON REPS");
            System.exit(2);
        }
        String workload = args[0];
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int reps = Integer.parseInt(args[3]);
        Workloads.Case<?> c = Workloads.create(workload, data);
        Files.writeString(out, measure(workload, c, reps), StandardCharsets.UTF_8);
    }

    static <T> String measure(final String workload, final Workloads.Case<T> c, final int reps) {
        long warmupEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        int warmups = 0;
        T result = null;
        while (warmups < WARMUP_MIN_RUNS || System.nanoTime() < warmupEnd) {
            result = null; // the previous run's output is garbage, not live data of this run
            result = c.work.get();
            warmups++;
        }
        List<Double> times = new ArrayList<>();
        long budgetEnd = System.nanoTime() + (long) (TIMED_BUDGET_SECONDS * 1e9);
        while (times.size() < reps && (times.size() < MIN_RUNS || System.nanoTime() < budgetEnd)) {
            result = null;
            long t0 = System.nanoTime();
            result = c.work.get();
            times.add((System.nanoTime() - t0) / 1e9);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("workload", workload);
        doc.put("side", "ours");
        doc.put("status", "ok");
        doc.put("warmup_runs", warmups);
        doc.put("times_s", times);
        doc.put("peak_rss_mb", peakRssMb());
        doc.put("answers", c.answers.apply(result));
        return Json.write(doc);
    }

    /** Peak resident set size of this process in MB, from /proc/self/status (Linux). */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux: fall through
        }
        return -1;
    }

    /** Reads a file of little-endian doubles written by bench.py. */
    static double[] readDoubles(final Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            DoubleBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size())
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            double[] values = new double[buf.remaining()];
            buf.get(values);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a row-major block of raw doubles straight into rows through a small buffer: neither the file is
     * mapped nor a whole-file array made, so the process holds only the rows (for the memory of the largest
     * workloads).
     */
    static double[][] readRows(final Path file, final int count) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int length = (int)(ch.size() / Double.BYTES / count);
            double[][] rows = new double[count][length];
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            long done = 0;
            long total = (long)count * length;
            while (done < total) {
                buf.clear();
                if (ch.read(buf) < 0) {
                    throw new IOException("Unexpected end of " + file);
                }
                buf.flip();
                while (buf.remaining() >= Double.BYTES) {
                    rows[(int)(done / length)][(int)(done % length)] = buf.getDouble();
                    done++;
                }
                ch.position(ch.position() - buf.remaining()); // re-read a partial double next time
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a row-major block into rows of the given length. */
    static double[][] rows(final double[] block, final int length) {
        double[][] rows = new double[block.length / length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(block, i * length, (i + 1) * length);
        }
        return rows;
    }

    /** Minimal JSON writer for maps, lists, arrays, numbers and strings (doubles keep all 17 digits). */
    static final class Json {
        private Json() {
        }

        static String write(final Object o) {
            StringBuilder sb = new StringBuilder();
            append(sb, o);
            return sb.toString();
        }

        private static void append(final StringBuilder sb, final Object o) {
            if (o instanceof Map<?, ?> m) {
                sb.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(sep).append('"').append(e.getKey()).append("\":");
                    append(sb, e.getValue());
                    sep = ",";
                }
                sb.append('}');
            } else if (o instanceof double[] a) {
                List<Object> l = new ArrayList<>();
                for (double v : a) {
                    l.add(v);
                }
                append(sb, l);
            } else if (o instanceof int[] a) {
                append(sb, Arrays.stream(a).boxed().toList());
            } else if (o instanceof List<?> l) {
                sb.append('[');
                String sep = "";
                for (Object v : l) {
                    sb.append(sep);
                    append(sb, v);
                    sep = ",";
                }
                sb.append(']');
            } else if (o instanceof Double d) {
                sb.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
            } else if (o instanceof Number || o instanceof Boolean) {
                sb.append(o);
            } else if (o == null) {
                sb.append("null");
            } else {
                sb.append('"').append(o.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
    }
}
