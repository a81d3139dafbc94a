package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A cache of validated API answers in a private folder. Each entry is two files named by the SHA-256 of the URL
 * without secrets: {@code <hash>.body} (the answer) and {@code <hash>.meta} (the URL without secrets, the time it
 * was fetched, the size and the SHA-256 of the body). An entry is used only if its metadata names the same URL,
 * is younger than {@code maxAge}, and size and hash match the body; otherwise it is ignored, deleted, and fetched
 * again. The folder must belong to the current user and must not be writable by others (on file systems with
 * POSIX permissions); a folder it creates is private (0700). Entries are written by the {@link HttpFetcher} only
 * after the answer has been parsed and checked.
 */
public final class ResponseCache {

    /** Name of the folder below the user's cache directory. */
    public static final String FOLDER = "tradeecon-knime";

    private final Path dir;
    private final Duration maxAge;
    private final boolean refresh;
    private volatile boolean checked;

    /**
     * @param dir     the folder (created when needed)
     * @param maxAge  how long an entry is used, or {@code null} for "always"
     * @param refresh whether to ignore existing entries (each answer is fetched again and the entry replaced)
     */
    public ResponseCache(Path dir, Duration maxAge, boolean refresh) {
        this.dir = dir.toAbsolutePath().normalize();
        this.maxAge = maxAge;
        this.refresh = refresh;
    }

    /** @return the folder */
    public Path directory() {
        return dir;
    }

    /** @return the per-user default folder of this machine (see {@link #defaultDirectory(String, Map, String)}) */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * @return on Windows {@code %LOCALAPPDATA%\tradeecon-knime} (else {@code <home>\AppData\Local\tradeecon-knime});
     *         elsewhere {@code $XDG_CACHE_HOME/tradeecon-knime} if that variable holds an absolute path, else
     *         {@code <home>/.cache/tradeecon-knime}
     */
    static Path defaultDirectory(String osName, Map<String, String> env, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, FOLDER)
                    : Path.of(userHome, "AppData", "Local", FOLDER);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, FOLDER);
        }
        return Path.of(userHome, ".cache", FOLDER);
    }

    /**
     * @param url the URL without secrets
     * @return the body of a valid, fresh entry, or empty (also when refreshing); an entry that does not match its
     *         metadata is deleted
     * @throws DataSourceException if the folder is not private to the current user
     */
    Optional<byte[]> read(String url) throws DataSourceException {
        if (refresh) {
            return Optional.empty();
        }
        checkFolder();
        Path body = file(url, ".body");
        Path meta = file(url, ".meta");
        if (!Files.exists(body, LinkOption.NOFOLLOW_LINKS) && !Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.isRegularFile(body, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(meta, LinkOption.NOFOLLOW_LINKS)) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(meta)) {
                    p.load(in);
                }
                byte[] bytes = Files.readAllBytes(body);
                Instant fetched = Instant.parse(p.getProperty("fetched", ""));
                boolean fresh = maxAge == null || fetched.plus(maxAge).isAfter(Instant.now());
                boolean future = fetched.isAfter(Instant.now().plus(Duration.ofMinutes(5)));
                if (url.equals(p.getProperty("url")) && String.valueOf(bytes.length).equals(p.getProperty("size"))
                        && sha256(bytes).equals(p.getProperty("sha256")) && !future) {
                    if (fresh) {
                        return Optional.of(bytes);
                    }
                    return Optional.empty(); // stale: fetched again and replaced
                }
            }
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            // unreadable or malformed entry: removed below
        }
        discard(url);
        return Optional.empty();
    }

    /** Removes the entry of {@code url}, if any. */
    void discard(String url) {
        try {
            Files.deleteIfExists(file(url, ".body"));
            Files.deleteIfExists(file(url, ".meta"));
        } catch (IOException e) {
            // a file that cannot be deleted fails the metadata check next time as well
        }
    }

    /**
     * Stores a checked answer: body and metadata each to a temporary file, then moved into place (body first), so
     * that a crash leaves no entry that passes the check.
     *
     * @throws DataSourceException if the folder is not private or cannot be written
     */
    void write(String url, byte[] body) throws DataSourceException {
        checkFolder();
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("fetched", Instant.now().toString());
        p.setProperty("size", String.valueOf(body.length));
        p.setProperty("sha256", sha256(body));
        Path tmpBody = null;
        Path tmpMeta = null;
        try {
            tmpBody = Files.createTempFile(dir, "part", ".tmp");
            Files.write(tmpBody, body);
            tmpMeta = Files.createTempFile(dir, "part", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmpMeta)) {
                p.store(out, "tradeecon-knime cache entry");
            }
            Files.move(tmpBody, file(url, ".body"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmpMeta, file(url, ".meta"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmpBody);
            deleteQuietly(tmpMeta);
            throw new DataSourceException("Cannot write the cache folder " + dir + " (" + e.getClass().getSimpleName()
                    + "). Choose a writable cache directory or switch the cache off.");
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    /**
     * Creates the folder private (0700) if it is missing; refuses one owned by another user or writable by group
     * or others (they could plant answers).
     */
    private void checkFolder() throws DataSourceException {
        if (checked) {
            return;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir.getParent());
                if (posix) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                    PosixFilePermission.OWNER_EXECUTE)));
                } else {
                    Files.createDirectory(dir);
                }
            }
            if (!Files.isDirectory(dir)) {
                throw new DataSourceException("The cache directory " + dir + " is not a folder. Choose another.");
            }
            if (posix) {
                PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
                UserPrincipal owner = view.getOwner();
                UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                if (!owner.getName().equals(me.getName())) {
                    throw new DataSourceException("The cache directory " + dir + " belongs to " + owner.getName()
                            + ", not to you (" + me.getName() + "); its answers could have been planted. Choose a"
                            + " folder of your own (or leave the setting empty for " + defaultDirectory() + ").");
                }
                Set<PosixFilePermission> perms = view.readAttributes().permissions();
                if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    throw new DataSourceException("The cache directory " + dir + " is writable by other users ("
                            + PosixFilePermissions.toString(perms) + "); its answers could have been planted. Make it"
                            + " private (chmod 700) or choose another folder.");
                }
            }
        } catch (DataSourceException e) {
            throw e;
        } catch (IOException e) {
            throw new DataSourceException("Cannot use the cache directory " + dir + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Choose a writable folder or switch the cache off.");
        }
        checked = true;
    }

    private Path file(String url, String suffix) {
        return dir.resolve(sha256(url.getBytes(StandardCharsets.UTF_8)) + suffix);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
