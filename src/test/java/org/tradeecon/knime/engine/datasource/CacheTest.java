package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer cache: written only after the answer parsed, entries checked against their metadata, a private
 * per-user folder, refresh. Against a local server on 127.0.0.1.
 */
class CacheTest {

    private static final String Q = "?format=json&date=2016:2019&per_page=1000&page=";
    private static final String PATH = "/v2/country/CHN/indicator/IP.PAT.NRES";

    /** Sets one field of a cache entry's metadata file. */
    static void setMeta(Path meta, String field, String value) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        }
        p.setProperty(field, value);
        try (OutputStream out = Files.newOutputStream(meta)) {
            p.store(out, null);
        }
    }

    private static WorldBankClient client(StubServer s, Path cache, boolean refresh) {
        return new WorldBankClient(new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(5)),
                new ResponseCache(cache, Duration.ofHours(24), refresh)), s.base("v2/"));
    }

    private static void routeGood(StubServer s) {
        s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
        s.route(PATH + Q + 2, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p2.json"));
    }

    private static IndicatorTable read(WorldBankClient c) throws DataSourceException {
        return c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
    }

    @Test
    void anHtmlErrorPageServedWith200IsNeverCached(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, "<html><body>Service Unavailable</body></html>");
            DataSourceException e = assertThrows(DataSourceException.class, () -> read(client(s, cache, false)));
            assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
            assertEquals(0, HttpFetcherTest.files(cache));
            routeGood(s);
            assertEquals(148187, read(client(s, cache, false)).rows().get(2).value(), 0); // fetched, not poisoned
        }
    }

    @Test
    void aReadThatFailsHalfWayCachesNothing(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.route(PATH + Q + 2, 200, "<html>Service Unavailable</html>");
            assertThrows(DataSourceException.class, () -> read(client(s, cache, false)));
            assertEquals(0, HttpFetcherTest.files(cache)); // page 1 was valid, but the read as a whole failed
        }
    }

    @Test
    void plantedOrTamperedEntriesAreIgnored(@TempDir Path cache) throws Exception {
        URI base;
        try (StubServer s = new StubServer()) {
            routeGood(s);
            base = s.base("v2/");
            read(client(s, cache, false));
            String url = base + "country/CHN/indicator/IP.PAT.NRES" + Q.substring(0) + 1;
            String hash = ResponseCache.sha256(url.getBytes(StandardCharsets.UTF_8));
            // the body changed behind the metadata's back: 666 for every year
            String planted = StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json").replace("148187", "666");
            Files.writeString(cache.resolve(hash + ".body"), planted);
            assertEquals(148187, read(client(s, cache, false)).rows().get(2).value(), 0);
            assertEquals(3, s.requests().size()); // page 1 fetched again, page 2 from the cache
            // metadata naming another URL
            setMeta(cache.resolve(hash + ".meta"), "url", "http://elsewhere/");
            read(client(s, cache, false));
            assertEquals(4, s.requests().size());
        }
        // offline: a planted entry without metadata (the old cache layout, and a planted .body) is not used
        Path planted = Files.createTempDirectory(cache, "planted");
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwx------"));
        String url = base + "country/CHN/indicator/IP.PAT.NRES" + Q + 1;
        String hash = ResponseCache.sha256(url.getBytes(StandardCharsets.UTF_8));
        String body = StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json").replace("148187", "666");
        Files.writeString(planted.resolve(hash + ".txt"), body);
        Files.writeString(planted.resolve(hash + ".body"), body);
        WorldBankClient offline = new WorldBankClient(new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(2)),
                new ResponseCache(planted, null, false)), base);
        DataSourceException e = assertThrows(DataSourceException.class, () -> read(offline));
        assertTrue(e.getMessage().startsWith("Cannot connect to 127.0.0.1"), e.getMessage());
        assertTrue(Files.notExists(planted.resolve(hash + ".body")), "the unmatched entry is deleted");
    }

    @Test
    void refreshFetchesAgainAndReplacesTheEntry(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            routeGood(s);
            read(client(s, cache, false));
            read(client(s, cache, false));
            assertEquals(2, s.requests().size());
            read(client(s, cache, true));
            assertEquals(4, s.requests().size());
        }
    }

    @Test
    void aNewFolderIsPrivateAndAForeignOrSharedOneIsRefused(@TempDir Path tmp) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (StubServer s = new StubServer()) {
            routeGood(s);
            Path fresh = tmp.resolve("a").resolve("cache");
            read(client(s, fresh, false));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

            Path shared = Files.createDirectory(tmp.resolve("shared"));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            DataSourceException w = assertThrows(DataSourceException.class, () -> read(client(s, shared, false)));
            assertTrue(w.getMessage().contains("is writable by other users (rwxrwxrwx)"), w.getMessage());

            Path foreign = Files.createDirectory(tmp.resolve("foreign"));
            UserPrincipal nobody;
            try {
                nobody = foreign.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(foreign, nobody);
            } catch (IOException | UnsupportedOperationException e) {
                nobody = null; // not root: cannot give a folder away
            }
            assumeTrue(nobody != null && !"nobody".equals(System.getProperty("user.name")));
            int before = s.requests().size();
            DataSourceException o = assertThrows(DataSourceException.class, () -> read(client(s, foreign, false)));
            assertTrue(o.getMessage().contains("belongs to nobody, not to you"), o.getMessage());
            assertEquals(before, s.requests().size(), "refused before any request");
        }
    }

    @Test
    void theDefaultFolderIsPerUser() {
        assertEquals(Path.of("/x/cache", "tradeecon-knime"),
                ResponseCache.defaultDirectory("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"));
        assertEquals(Path.of("/home/u", ".cache", "tradeecon-knime"),
                ResponseCache.defaultDirectory("Mac OS X", Map.of("XDG_CACHE_HOME", "relative"), "/home/u"));
        assertEquals(Path.of("C:\\Users\\u\\AppData\\Local", "tradeecon-knime"), ResponseCache.defaultDirectory(
                "Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local"), "C:\\Users\\u"));
        assertTrue(ResponseCache.defaultDirectory().startsWith(System.getProperty("user.home"))
                || System.getenv("XDG_CACHE_HOME") != null);
    }
}
