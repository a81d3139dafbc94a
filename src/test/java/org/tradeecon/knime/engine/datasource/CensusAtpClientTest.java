package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Census ATP reader against a local stub server serving hand-written fixtures in the documented format. The
 * fixture values are synthetic placeholders (see the fixture README); expected values are those placeholders and
 * their differences, worked out by hand.
 */
class CensusAtpClientTest {

    static final String X = "/data/timeseries/intltrade/exports/hitech?get=CTY_CODE,CTY_NAME,HITECH,"
            + "HITECH_DESC,ALL_VAL_YR&time=";
    static final String M = "/data/timeseries/intltrade/imports/hitech?get=CTY_CODE,CTY_NAME,HITECH,"
            + "HITECH_DESC,GEN_VAL_YR&time=";

    private static CensusAtpClient client(StubServer s) {
        return new CensusAtpClient(new HttpFetcher(Duration.ofSeconds(5), null, null),
                s.base("data/timeseries/intltrade/"), null);
    }

    @Test
    void readsExportsAndImportsByGroup() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(X + "2017-12&CTY_CODE=5700", 200, StubServer.fixture("census_exports_5700_2017.json"));
            s.route(M + "2017-12&CTY_CODE=5700", 200, StubServer.fixture("census_imports_5700_2017.json"));
            s.route(X + "2018-12&CTY_CODE=5700", 204, "");
            s.route(M + "2018-12&CTY_CODE=5700", 204, "");
            AtpTradeTable t = client(s).fetch(CensusAtpClient.CHINA, 2017, 2018);
            assertEquals(22, t.rows().size()); // 2 years × (TOTAL + 10 groups)
            AtpTradeRow total = t.rows().get(0);
            assertEquals("CHINA", total.partnerName());
            assertEquals(AtpTradeRow.TOTAL, total.group());
            assertEquals(1000, total.exports(), 0);
            assertEquals(4000, total.imports(), 0);
            assertEquals(-3000, total.balance(), 0);
            AtpTradeRow bio = t.rows().get(1);
            assertEquals("01", bio.group());
            assertEquals("Biotechnology", bio.groupName());
            assertEquals(50, bio.balance(), 0);
            AtpTradeRow ict = t.rows().get(4);
            assertEquals("04", ict.group());
            assertTrue(Double.isNaN(ict.exports()));
            assertTrue(Double.isNaN(ict.balance()));
            AtpTradeRow nuclear = t.rows().get(10);
            assertTrue(Double.isNaN(nuclear.exports())); // empty string in the answer
            assertTrue(t.completeness().summary().contains("CHINA (5700) exports TOTAL: missing 2018"),
                    t.completeness().summary());
            assertTrue(t.completeness().summary().contains("CHINA (5700) exports 04: missing 2017–2018"),
                    t.completeness().summary());
        }
    }

    @Test
    void worldUsesTheTotalRow() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(X + "2017-12", 200, StubServer.fixture("census_exports_world_2017.json"));
            s.route(M + "2017-12", 204, "");
            AtpTradeTable t = client(s).fetch(CensusAtpClient.WORLD, 2017, 2017);
            assertEquals(9000, t.rows().get(0).exports(), 0);
            assertTrue(Double.isNaN(t.rows().get(0).imports()));
        }
    }

    @Test
    void errorsAreReported() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(X + "2017-12&CTY_CODE=5700", 400, "error: unknown variable 'ALL_VAL_YR'");
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> client(s).fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("unknown variable"),
                    e.getMessage());
            s.route(X + "2017-12&CTY_CODE=5700", 200, StubServer.fixture("census_bad_value.json"));
            DataSourceException v = assertThrows(DataSourceException.class,
                    () -> client(s).fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertTrue(v.getMessage().contains("\"n/a\", not a number"), v.getMessage());
            s.route(X + "2017-12&CTY_CODE=5700", 200, "[[\"A\"],[\"1\"]]");
            DataSourceException h = assertThrows(DataSourceException.class,
                    () -> client(s).fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertTrue(h.getMessage().contains("no column CTY_CODE"), h.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new CensusAtpClient(
                new HttpFetcher(Duration.ofSeconds(1), null, null), CensusAtpClient.DEFAULT_BASE, null)
                .fetch("China", 2017, 2017));
    }

    @Test
    void apiKeyIsSent() throws Exception {
        try (StubServer s = new StubServer()) {
            CensusAtpClient c = new CensusAtpClient(new HttpFetcher(Duration.ofSeconds(5), null, null),
                    s.base("data/timeseries/intltrade/"), "abc");
            assertThrows(DataSourceException.class, () -> c.fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertEquals(List.of(X + "2017-12&CTY_CODE=5700&key=abc"), s.requests());
        }
    }
}
