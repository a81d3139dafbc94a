package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * World Bank reader against a local stub server serving hand-written fixtures in the documented API format (see
 * src/test/resources/.../datasource/README.md; the values are the WDI IP.PAT.NRES values of the bundled snapshot).
 */
class WorldBankClientTest {

    private static final String Q = "?format=json&date=2016:2019&per_page=1000&page=";
    private static final String PATH = "/v2/country/CHN/indicator/IP.PAT.NRES";

    private static HttpFetcher fetcher(Path cache) {
        return new HttpFetcher(Duration.ofSeconds(5), cache, null);
    }

    @Test
    void readsAllPagesIntoTidyRows() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.route(PATH + Q + 2, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p2.json"));
            IndicatorTable t = new WorldBankClient(fetcher(null), s.base("v2/"))
                    .fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
            assertEquals(4, t.rows().size());
            assertEquals(new IndicatorObservation("CHN", 2016, "IP.PAT.NRES", 133522), t.rows().get(0));
            assertEquals(new IndicatorObservation("CHN", 2018, "IP.PAT.NRES", 148187), t.rows().get(2));
            assertTrue(Double.isNaN(t.rows().get(3).value()));
            assertFalse(t.completeness().isComplete());
            assertEquals("0 of 1 series complete for 2016–2019; IP.PAT.NRES CHN: missing 2019",
                    t.completeness().summary());
            assertEquals(2, s.requests().size());
        }
    }

    @Test
    void alphaTwoCountryCodesAreMatchedToTheAnswer() throws Exception {
        try (StubServer s = new StubServer()) {
            String path = "/v2/country/CN/indicator/IP.PAT.NRES";
            s.route(path + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.route(path + Q + 2, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p2.json"));
            IndicatorTable t = new WorldBankClient(fetcher(null), s.base("v2/"))
                    .fetch(List.of("IP.PAT.NRES"), List.of("cn"), 2016, 2019);
            assertEquals(133522, t.rows().get(0).value(), 0);
            assertEquals("CHN", t.rows().get(0).country());
        }
    }

    @Test
    void apiErrorMessageIsReported() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_error.json"));
            DataSourceException e = assertThrows(DataSourceException.class, () -> new WorldBankClient(fetcher(null),
                    s.base("v2/")).fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019));
            assertTrue(e.getMessage().contains("120 Invalid value"), e.getMessage());
        }
    }

    @Test
    void httpErrorsAndBadJsonAreReported() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 503, "Service Unavailable");
            HttpFetcher noRetry = new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(5)).withRetries(0,
                    Duration.ZERO, Duration.ZERO), null);
            DataSourceException e = assertThrows(DataSourceException.class, () -> new WorldBankClient(noRetry,
                    s.base("v2/")).fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019));
            assertTrue(e.getMessage().startsWith("HTTP 503 from 127.0.0.1"), e.getMessage());
            assertTrue(e.getMessage().contains("Service Unavailable"), e.getMessage());
            s.route(PATH + Q + 1, 200, "<html>not json</html>");
            DataSourceException j = assertThrows(DataSourceException.class, () -> new WorldBankClient(fetcher(null),
                    s.base("v2/")).fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019));
            assertTrue(j.getMessage().contains("not JSON"), j.getMessage());
        }
    }

    @Test
    void timeoutIsReported() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.delay(1000);
            HttpFetcher quick = new HttpFetcher(Duration.ofMillis(200), null, null);
            DataSourceException e = assertThrows(DataSourceException.class, () -> new WorldBankClient(quick,
                    s.base("v2/")).fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019));
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
        }
    }

    @Test
    void refusedConnectionIsReported() throws Exception {
        java.net.URI base;
        try (StubServer s = new StubServer()) {
            base = s.base("v2/");
        }
        DataSourceException e = assertThrows(DataSourceException.class, () -> new WorldBankClient(fetcher(null),
                base).fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019));
        assertTrue(e.getMessage().startsWith("Cannot connect to 127.0.0.1"), e.getMessage());
        assertFalse(e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void cacheAvoidsRepeatedCalls(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.route(PATH + Q + 2, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p2.json"));
            WorldBankClient c = new WorldBankClient(fetcher(cache), s.base("v2/"));
            IndicatorTable first = c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
            IndicatorTable second = c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
            assertEquals(first.rows(), second.rows());
            assertEquals(2, s.requests().size());
            try (var files = Files.list(cache)) {
                assertEquals(List.of(".body", ".body", ".meta", ".meta"), files.map(f -> f.toString()
                        .substring(f.toString().lastIndexOf('.'))).sorted().toList()); // an answer and its metadata
            }
        }
    }

    @Test
    void staleCacheEntriesAreFetchedAgain(@TempDir Path cache) throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(PATH + Q + 1, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p1.json"));
            s.route(PATH + Q + 2, 200, StubServer.fixture("worldbank_ip_pat_nres_chn_p2.json"));
            WorldBankClient c = new WorldBankClient(new HttpFetcher(Duration.ofSeconds(5), cache,
                    Duration.ofHours(1)), s.base("v2/"));
            c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
            try (var files = Files.list(cache)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".meta")).toList()) {
                    CacheTest.setMeta(f, "fetched", java.time.Instant.now().minus(Duration.ofHours(2)).toString());
                }
            }
            c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019);
            assertEquals(4, s.requests().size());
        }
    }

    @Test
    void invalidArgumentsAreRejectedBeforeAnyCall() {
        WorldBankClient c = new WorldBankClient(fetcher(null), java.net.URI.create("http://127.0.0.1:9/"));
        assertThrows(IllegalArgumentException.class, () -> c.fetch(List.of(), List.of("CHN"), 2000, 2001));
        assertThrows(IllegalArgumentException.class, () -> c.fetch(List.of("IP.PAT.NRES"), List.of("CH N"), 2000,
                2001));
        IllegalArgumentException y = assertThrows(IllegalArgumentException.class,
                () -> c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2005, 2001));
        assertTrue(y.getMessage().contains("reversed"), y.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HttpFetcher(Duration.ZERO, null, null));
    }
}
