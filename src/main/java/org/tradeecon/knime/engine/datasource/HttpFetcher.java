package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * GETs text over HTTP(S) with a timeout, turning every failure into a {@link DataSourceException} that says what
 * failed, and keeps successful answers in an optional cache directory so repeated calls do not hit the API.
 *
 * <p>Cache: one file per URL, named by the SHA-256 of the URL; an entry older than {@code maxAge} is fetched again.
 * Delete the directory to refresh everything. Thread-safe.
 */
public final class HttpFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final Path cacheDir;
    private final Duration maxAge;

    /**
     * @param timeout  connect and request timeout, &gt; 0
     * @param cacheDir cache directory (created when needed), or {@code null} for no cache
     * @param maxAge   how long a cached answer is used, or {@code null} for "always"
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public HttpFetcher(Duration timeout, Path cacheDir, Duration maxAge) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The HTTP timeout must be positive, got " + timeout + ".");
        }
        this.timeout = timeout;
        this.cacheDir = cacheDir;
        this.maxAge = maxAge;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Fetches a URL, from the cache if a fresh entry exists.
     *
     * @param uri the URL
     * @return the body; empty for HTTP 204 (No Content)
     * @throws DataSourceException on connection failure, timeout, a status other than 2xx (the message holds the
     *                             status and the start of the body), or interruption
     */
    public String get(URI uri) throws DataSourceException {
        Path cached = cacheFile(uri);
        if (cached != null && isFresh(cached)) {
            try {
                return Files.readString(cached, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // unreadable cache entry: fetch again
            }
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DataSourceException("No answer from " + uri.getHost() + " within " + timeout.toMillis()
                    + " ms (timeout) for " + uri + ". Check the network or raise the timeout.", e);
        } catch (ConnectException e) {
            throw new DataSourceException("Cannot connect to " + uri.getHost() + " for " + uri
                    + " (" + describe(e) + "). Check the network connection, the host name and proxy settings.", e);
        } catch (IOException e) {
            throw new DataSourceException("Network error while reading " + uri + " (" + describe(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException("Interrupted while reading " + uri + ".", e);
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status == 204) {
            return "";
        }
        if (status < 200 || status >= 300) {
            String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            throw new DataSourceException("HTTP " + status + " from " + uri.getHost() + " for " + uri
                    + (excerpt.isBlank() ? "" : ": " + excerpt.strip()));
        }
        if (cached != null) {
            store(cached, body);
        }
        return body;
    }

    /** The JDK's HTTP client often throws with a null message; name the cause instead. */
    private static String describe(IOException e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
                + t.getMessage();
    }

    private Path cacheFile(URI uri) {
        if (cacheDir == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return cacheDir.resolve(HexFormat.of().formatHex(hash) + ".txt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private boolean isFresh(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            return maxAge == null
                    || Files.getLastModifiedTime(file).toInstant().plus(maxAge).isAfter(Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes atomically (temporary file, then move) so a crash never leaves half an answer in the cache. */
    private static void store(Path file, String body) throws DataSourceException {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "part", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataSourceException("Cannot write the cache file " + file + ": " + e.getMessage()
                    + ". Choose a writable cache directory or none.", e);
        }
    }
}
