package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Answers that used to be read as silent wrong data are now errors that name the row or value; the Census public
 * API's coverage and key rules are stated without a request. Against a local server on 127.0.0.1.
 */
class StrictParsingTest {

    private static final String X = CensusAtpClientTest.X + "2017-12&CTY_CODE=5700";
    private static final String M = CensusAtpClientTest.M + "2017-12&CTY_CODE=5700";
    private static final String HEADER = "[[\"CTY_CODE\",\"CTY_NAME\",\"HITECH\",\"HITECH_DESC\",\"ALL_VAL_YR\","
            + "\"time\",\"CTY_CODE\"]";
    private static final String WB = "/v2/country/CHN/indicator/IP.PAT.NRES?format=json&date=2016:2019&per_page=1000"
            + "&page=";

    private static HttpFetcher fetcher() {
        return new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(5)).withRetries(0, Duration.ZERO,
                Duration.ZERO), null);
    }

    private static String census(StubServer s, String rows) {
        s.route(X, 200, HEADER + rows + "]");
        s.route(M, 204, "");
        return assertThrows(DataSourceException.class, () -> new CensusAtpClient(fetcher(),
                s.base("data/timeseries/intltrade/"), null).fetch(CensusAtpClient.CHINA, 2017, 2017)).getMessage();
    }

    @Test
    void censusRowsMustBeCompleteOfTheRequestedMonthAndUnique() throws Exception {
        try (StubServer s = new StubServer()) {
            String total = ",[\"5700\",\"CHINA\",\"-\",\"TOTAL\",\"1000\",\"2017-12\",\"5700\"]";
            String m = census(s, total + ",[\"5700\",\"CHINA\",\"1500\",\"2017-12\",\"5700\"]");
            assertTrue(m.contains("row 2 has 5 cells where the header has 7"), m);
            m = census(s, ",[\"5700\",\"CHINA\",\"-\",\"TOTAL\",\"1000\",\"1999-12\",\"5700\"]");
            assertTrue(m.contains("row 1 is for time \"1999-12\", not the requested 2017-12"), m);
            m = census(s, total + total);
            assertTrue(m.contains("has rows 1 and 2 for the same partner 5700, ATP group TOTAL and time 2017-12"), m);
            m = census(s, ",[\"5700\",\"CHINA\",\"11\",\"X\",\"5\",\"2017-12\",\"5700\"]");
            assertTrue(m.contains("row 1 has HITECH = \"11\", not an ATP group"), m);
        }
    }

    @Test
    void censusNumbersArePlainNonNegativeDecimals() throws Exception {
        try (StubServer s = new StubServer()) {
            for (String bad : new String[] {"0x1p3", "100d", "Infinity", "NaN", "1e400", "1,000", "+5"}) {
                String m = census(s, ",[\"5700\",\"CHINA\",\"-\",\"TOTAL\",\"" + bad + "\",\"2017-12\",\"5700\"]");
                assertTrue(m.contains("ALL_VAL_YR = \"" + bad + "\", not a number in plain decimal notation"), m);
            }
            String m = census(s, ",[\"5700\",\"CHINA\",\"-\",\"TOTAL\",\"-5\",\"2017-12\",\"5700\"]");
            assertTrue(m.contains("ALL_VAL_YR = \"-5\", a negative trade value"), m);
        }
    }

    @Test
    void thePublicCensusApiSaysWhatItCannotDoWithoutARequest() throws Exception {
        try (StubServer s = new StubServer()) {
            CensusAtpClient keyed = new CensusAtpClient(fetcher(), s.base("data/timeseries/intltrade/"), "k1234",
                    true);
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> keyed.fetch(CensusAtpClient.CHINA, 2004, 2018));
            assertTrue(e.getMessage().startsWith("The Census international trade API's monthly time series start in"
                    + " January 2010, so 2004–2009 cannot be read from it."), e.getMessage());
            assertTrue(e.getMessage().contains(CensusAtpClient.ATP_COUNTRY_PAGES), e.getMessage());
            assertTrue(e.getMessage().contains("exhibit 16 of the monthly FT-900 report"), e.getMessage());
            CensusAtpClient keyless = new CensusAtpClient(fetcher(), s.base("data/timeseries/intltrade/"), " ", true);
            DataSourceException k = assertThrows(DataSourceException.class,
                    () -> keyless.fetch(CensusAtpClient.CHINA, 2017, 2018));
            assertTrue(k.getMessage().contains("needs an API key") && k.getMessage().contains(
                    CensusAtpClient.KEY_SIGNUP), k.getMessage());
            assertEquals(List.of(), s.requests());
            // a rejected key
            s.route(X + "&key=k1234", 403, "Forbidden");
            DataSourceException r = assertThrows(DataSourceException.class,
                    () -> keyed.fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertTrue(r.getMessage().contains("rejected the API key"), r.getMessage());
            HttpFetcherTest.assertNoSecret(r, "k1234");
            s.route(X + "&key=k1234", 200, "<html><h1>Invalid Key</h1>A valid key must be included</html>");
            DataSourceException h = assertThrows(DataSourceException.class,
                    () -> keyed.fetch(CensusAtpClient.CHINA, 2017, 2017));
            assertTrue(h.getMessage().contains("rejected the API key"), h.getMessage());
        }
        assertTrue(new CensusAtpClient(fetcher(), CensusAtpClient.DEFAULT_BASE, null).getClass() != null);
    }

    private static String worldBank(StubServer s, String value, String extraRow) {
        String row = "{\"indicator\":{\"id\":\"IP.PAT.NRES\"},\"country\":{\"id\":\"CN\"},\"countryiso3code\":\"CHN\","
                + "\"date\":\"2018\",\"value\":" + value + "}";
        int n = extraRow == null ? 1 : 2;
        s.route(WB + 1, 200, "[{\"page\":1,\"pages\":1,\"per_page\":1000,\"total\":" + n + "},[" + row
                + (extraRow == null ? "" : "," + extraRow) + "]]");
        return assertThrows(DataSourceException.class, () -> new WorldBankClient(fetcher(), s.base("v2/"))
                .fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019)).getMessage();
    }

    @Test
    void worldBankValuesAreNumbersOrNullAndYearsUnique() throws Exception {
        try (StubServer s = new StubServer()) {
            for (String bad : new String[] {"\"abc\"", "\"12\"", "{\"v\":1}", "true", "[1]"}) {
                String m = worldBank(s, bad, null);
                assertTrue(m.contains("has the value " + bad + " for CHN IP.PAT.NRES 2018: not a (finite) JSON number"),
                        m);
            }
            String m = worldBank(s, "1e400", null);
            assertTrue(m.contains("not a (finite) JSON number"), m);
            String twin = "{\"indicator\":{\"id\":\"IP.PAT.NRES\"},\"country\":{\"id\":\"CN\"},\"countryiso3code\":"
                    + "\"CHN\",\"date\":\"2018\",\"value\":7}";
            m = worldBank(s, "5", twin);
            assertTrue(m.contains("two rows for CHN IP.PAT.NRES 2018 (values 5.0 and 7.0)"), m);
        }
    }

    @Test
    void worldBankPagingIsBoundedAndMustAddUp() throws Exception {
        try (StubServer s = new StubServer()) {
            s.route(WB + 1, 200, "[{\"page\":1,\"pages\":100000000,\"per_page\":1,\"total\":100000000},[]]");
            WorldBankClient c = new WorldBankClient(fetcher(), s.base("v2/"));
            String m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(DataSourceException.class,
                    () -> c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019))).getMessage();
            assertTrue(m.contains("claims 100000000 pages, more than the limit of 100"), m);
            assertEquals(1, s.requests().size());
            s.route(WB + 1, 200, "[{\"page\":1,\"pages\":50,\"per_page\":1000,\"total\":4},[]]");
            m = assertThrows(DataSourceException.class,
                    () -> c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019)).getMessage();
            assertTrue(m.contains("claims 50 pages for 4 rows of 1000 per page"), m);
            s.route(WB + 1, 200, "[{\"page\":1,\"pages\":1,\"per_page\":\"1000\",\"total\":4},[]]");
            m = assertThrows(DataSourceException.class,
                    () -> c.fetch(List.of("IP.PAT.NRES"), List.of("CHN"), 2016, 2019)).getMessage();
            assertTrue(m.contains("announced 4 rows in 1 pages but held 0"), m);
        }
    }

    @Test
    void codesAreCodesNeverPathSegments() {
        WorldBankClient c = new WorldBankClient(fetcher(), java.net.URI.create("http://127.0.0.1:9/v2/"));
        for (String bad : new String[] {"..", ".", "IP..PAT", "../../x", "IP/PAT", "%2e%2e", ".IP", "IP."}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> c.fetch(List.of(bad), List.of("CHN"), 2016, 2019));
            assertTrue(e.getMessage().contains("is not valid"), e.getMessage());
        }
        for (String bad : new String[] {"..", "CHINA", "C", "C;N"}) {
            assertThrows(IllegalArgumentException.class, () -> c.fetch(List.of("IP.PAT.NRES"), List.of(bad), 2016,
                    2019));
        }
        assertTrue(Requests.isIndicatorCode("BX.KLT.DINV.WD.GD.ZS") && Requests.isIndicatorCode("per_si_allsi.cov"));
    }
}
