package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP layer against faults served by a local server on 127.0.0.1: slow and huge bodies, redirects, 429/503
 * with Retry-After. Each case must end with a clear error (or the answer) within a few seconds, and a failed
 * answer must leave nothing in the cache.
 */
public class HttpFetcherTest {

    private static final Duration BOUND = Duration.ofSeconds(8);
    private static final HttpFetcher.Parser<String> ANY = (body, where) -> body;

    private static HttpFetcher fetcher(Duration deadline, long maxBody, Path cache) {
        HttpPolicy p = HttpPolicy.defaults(deadline).withMaxBodyBytes(maxBody)
                .withRetries(2, Duration.ofMillis(50), Duration.ofSeconds(2));
        return new HttpFetcher(p, cache == null ? null : new ResponseCache(cache, null, false));
    }

    static long files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aTricklingBodyHitsTheDeadline(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.handle("/slow", ex -> {
                ex.sendResponseHeaders(200, 1000);
                OutputStream out = ex.getResponseBody();
                for (int i = 0; i < 1000; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            });
            long t0 = System.nanoTime();
            DataSourceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofMillis(700), 1 << 20, cache).get(s.base("slow"), ANY)));
            assertTrue((System.nanoTime() - t0) / 1e9 < 3, "took too long");
            assertTrue(e.getMessage().contains("within 0.7 s (timeout; the limit covers connecting, the headers and"
                    + " the whole body)"), e.getMessage());
            assertEquals(0, files(cache));
        }
    }

    @Test
    void aHugeStreamedBodyIsCutOffAtTheLimit(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.handle("/huge", ex -> {
                ex.sendResponseHeaders(200, 0); // chunked, no length
                byte[] chunk = new byte[1 << 16];
                OutputStream out = ex.getResponseBody();
                for (long sent = 0; sent < (2L << 30); sent += chunk.length) {
                    out.write(chunk);
                }
            });
            DataSourceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofSeconds(5), 1 << 20, cache).get(s.base("huge"), ANY)));
            assertTrue(e.getMessage().contains("larger than the limit of 1 MiB"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dtradeecon.http.maxBodyMiB=256"), e.getMessage());
            assertEquals(0, files(cache));
        }
    }

    @Test
    void aDeclaredHugeBodyIsRefusedBeforeReading() throws Exception {
        try (StubServer s = new StubServer()) {
            s.handle("/declared", ex -> {
                ex.sendResponseHeaders(200, 2L << 30);
                ex.getResponseBody().write(new byte[1024]);
                ex.getResponseBody().flush(); // Java 25's server holds the headers back until a flush
                sleep(3000);
            });
            DataSourceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofSeconds(5), 1 << 20, null).get(s.base("declared"), ANY)));
            assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
        }
    }

    @Test
    void redirectsToAnotherHostOrToPlainHttpAreRefused() throws Exception {
        try (StubServer a = new StubServer(); StubServer b = new StubServer()) {
            String elsewhere = "http://localhost:" + b.base("").getPort() + "/steal?key=SECRET-123";
            a.handle("/data?key=SECRET-123", ex -> {
                ex.getResponseHeaders().add("Location", elsewhere);
                ex.sendResponseHeaders(302, -1);
            });
            a.handle("/same?key=SECRET-123", ex -> {
                ex.getResponseHeaders().add("Location", "/other?key=SECRET-123");
                ex.sendResponseHeaders(301, -1);
            });
            b.route("/steal?key=SECRET-123", 200, "[]");
            HttpFetcher f = fetcher(Duration.ofSeconds(5), 1 << 20, null);
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> f.get(a.base("data?key=SECRET-123"), ANY));
            assertTrue(e.getMessage().contains("redirects to http://localhost:" + b.base("").getPort() + "/steal;"
                    + " refused: only HTTPS redirects on the same host are followed"), e.getMessage());
            assertFalse(e.getMessage().contains("SECRET-123"), e.getMessage());
            assertEquals(0, b.requests().size());
            DataSourceException h = assertThrows(DataSourceException.class,
                    () -> f.get(a.base("same?key=SECRET-123"), ANY));
            assertTrue(h.getMessage().contains("refused"), h.getMessage());
            assertEquals(1, a.requests().stream().filter(r -> r.startsWith("/same")).count());
            assertEquals(0, a.requests().stream().filter(r -> r.startsWith("/other")).count());
        }
    }

    @Test
    void retryAfterIsHonouredWithinALimit() throws Exception {
        try (StubServer s = new StubServer()) {
            AtomicInteger calls = new AtomicInteger();
            s.handle("/busy", ex -> {
                if (calls.incrementAndGet() == 1) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    ex.sendResponseHeaders(503, -1);
                } else {
                    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(200, ok.length);
                    ex.getResponseBody().write(ok);
                }
            });
            long t0 = System.nanoTime();
            assertEquals("ok", fetcher(Duration.ofSeconds(5), 1 << 20, null).get(s.base("busy"), ANY));
            assertTrue(System.nanoTime() - t0 >= 900_000_000L, "waited as Retry-After said");
            assertEquals(2, calls.get());

            s.handle("/later", ex -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                ex.sendResponseHeaders(429, -1);
            });
            DataSourceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofSeconds(5), 1 << 20, null).get(s.base("later"), ANY)));
            assertTrue(e.getMessage().contains("asks to wait 3600 s before trying again, longer than the limit of 2 s"),
                    e.getMessage());
            assertEquals(1, s.requests().stream().filter(r -> r.equals("/later")).count());

            s.route("/down", 503, "Service Unavailable");
            DataSourceException d = assertTimeoutPreemptively(BOUND, () -> assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofSeconds(5), 1 << 20, null).get(s.base("down"), ANY)));
            assertTrue(d.getMessage().startsWith("HTTP 503 from 127.0.0.1 for http://127.0.0.1:"), d.getMessage());
            assertTrue(d.getMessage().contains("(after 2 retries): Service Unavailable"), d.getMessage());
            assertEquals(3, s.requests().stream().filter(r -> r.equals("/down")).count());
        }
    }

    @Test
    void secretsAreMaskedInEveryMessage() throws Exception {
        URI dead;
        try (StubServer s = new StubServer()) {
            s.route("/echo?get=A&key=TOPSECRET9", 500, "bad request for /echo?get=A&key=TOPSECRET9 (TOPSECRET9)");
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> fetcher(Duration.ofSeconds(5), 1 << 20, null).get(s.base("echo?get=A&key=TOPSECRET9"), ANY));
            assertTrue(e.getMessage().contains("key=<redacted>"), e.getMessage());
            assertNoSecret(e, "TOPSECRET9");
            s.route("/json?key=TOPSECRET9", 200, "{TOPSECRET9");
            DataSourceException p = assertThrows(DataSourceException.class, () -> fetcher(Duration.ofSeconds(5),
                    1 << 20, null).get(s.base("json?key=TOPSECRET9"),
                            (body, where) -> WorldBankClient.parse(body, where)));
            assertNoSecret(p, "TOPSECRET9");
            dead = s.base("x?key=TOPSECRET9");
        }
        DataSourceException c = assertThrows(DataSourceException.class,
                () -> fetcher(Duration.ofSeconds(5), 1 << 20, null).get(dead, ANY));
        assertNoSecret(c, "TOPSECRET9");
        assertEquals("see key=<redacted>&b=1 and ?token=<redacted>", Secrets.redact("see key=abc&b=1 and ?token=xyz"));
    }

    /** The secret is in no message of the exception or its causes, nor in its printed stack trace. */
    public static void assertNoSecret(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), t.getMessage());
        }
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        assertFalse(w.toString().contains(secret), w.toString());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
