package org.tradeecon.knime.replication;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.tradeecon.knime.engine.datasource.CensusAtpFile;

/**
 * Command line: {@code java -jar target/tradeecon-replication.jar replicate [--live] [--out DIR]}.
 * Offline by default (bundled snapshot); {@code --live} fetches the US–China ATP series from the Census API.
 */
public final class ReplicationMain {

    /** Default output directory, relative to the working directory. */
    public static final String DEFAULT_OUT = "replication-report";

    static final String USAGE = String.join(System.lineSeparator(),
        "usage: java -jar target/tradeecon-replication.jar replicate [--live] [--census-file FILE"
            + " [--census-file-wins]] [--out DIR]",
        "  Reproduces Tables I-III, Eq. (2) and Figures 1-4 of the China-US high-tech trade paper.",
        "  --out DIR   where to write the report (default: " + DEFAULT_OUT + ")",
        "  --live      fetch the US-China ATP series from the US Census API (needs network access);",
        "              without it, the bundled offline snapshot is used and every number that needs",
        "              the US-China series is reported as not available; the key comes from the",
        "              environment variable " + SourceDataLoader.CENSUS_KEY_ENV + " (every query needs one). The public",
        "              API's series start in 2010, so for the paper's 2004-2018 it stops at once and says so",
        "  --census-url URL  base URL of the Census API (default " + SourceDataLoader.CENSUS_BASE_URL + ")",
        "  --census-file FILE  US ATP trade with China (and the world) typed in from the Census tables,",
        "              format in README.md (template templates/census-atp-file.csv); checked strictly.",
        "              With --live the API gives the years it has (2010+ for the public API) and wins",
        "              where both have a year, unless",
        "  --census-file-wins  the file's values win where the file and the API both have a year");

    private ReplicationMain() {
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args command-line arguments
     * @param out where the summary goes
     * @param err where errors go
     * @return exit status: 0 done, 1 failed (message printed), 2 wrong usage
     */
    public static int run(final String[] args, final PrintStream out, final PrintStream err) {
        if (args.length == 0 || !args[0].equals("replicate")) {
            err.println(args.length == 0 ? "No command given." : "Unknown command: " + args[0]);
            err.println(USAGE);
            return 2;
        }
        boolean live = false;
        Path dir = Path.of(DEFAULT_OUT);
        Optional<URI> censusUrl = Optional.empty();
        Optional<Path> censusFile = Optional.empty();
        boolean fileWins = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--live" -> live = true;
                case "--census-file-wins" -> fileWins = true;
                case "--out", "--census-url", "--census-file" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value.");
                        err.println(USAGE);
                        return 2;
                    }
                    if (args[i].equals("--out")) {
                        dir = Path.of(args[++i]);
                    } else if (args[i].equals("--census-file")) {
                        censusFile = Optional.of(Path.of(args[++i]));
                    } else {
                        censusUrl = Optional.of(URI.create(args[++i]));
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("Unknown option: " + args[i]);
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (fileWins && (!live || censusFile.isEmpty())) {
            err.println("--census-file-wins needs both --census-file and --live.");
            err.println(USAGE);
            return 2;
        }
        try {
            URI base = censusUrl.orElse(URI.create(SourceDataLoader.CENSUS_BASE_URL));
            SourceData data;
            if (censusFile.isPresent()) {
                CensusAtpFile file = CensusAtpFile.read(censusFile.get());
                data = live ? SourceDataLoader.fileAndLive(file, base, System.getenv(SourceDataLoader.CENSUS_KEY_ENV),
                    fileWins) : SourceDataLoader.fromFile(file);
            } else {
                data = live ? SourceDataLoader.live(base) : SourceDataLoader.offline();
            }
            Replication r = Replication.run(data, new EngineAdapters(), dir);
            Path html = ReportWriter.write(r, dir);
            out.print(ReportWriter.summary(r, html));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("Replication failed: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("Replication failed: " + e.getMessage());
            return 1;
        }
    }
}
