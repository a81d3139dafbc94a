package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A same-host HTTPS redirect is followed and reported; one from HTTPS to plain HTTP is refused. Against a local
 * HTTPS server on 127.0.0.1 with a throw-away certificate made by the JDK's keytool.
 */
class HttpsRedirectTest {

    private static SSLContext tls(Path dir) throws Exception {
        Path ks = dir.resolve("ks.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "t", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }

    @Test
    void sameHostHttpsRedirectsAreFollowedAndReported(@TempDir Path dir) throws Exception {
        SSLContext ctx = tls(dir);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx));
        int port = server.getAddress().getPort();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().toString();
            if (path.startsWith("/old")) {
                ex.getResponseHeaders().add("Location", "/new?key=REDIRECT-SECRET");
                ex.sendResponseHeaders(301, -1);
            } else if (path.startsWith("/plain")) {
                ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/new");
                ex.sendResponseHeaders(302, -1);
            } else {
                byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, ok.length);
                ex.getResponseBody().write(ok);
            }
            ex.close();
        });
        server.start();
        try {
            HttpFetcher f = new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(5)), null, ctx);
            URI base = URI.create("https://127.0.0.1:" + port + "/");
            assertEquals("ok", f.get(base.resolve("old?key=REDIRECT-SECRET"), (body, where) -> body));
            assertEquals(List.of("HTTP 301: https://127.0.0.1:" + port + "/old?key=<redacted> was redirected to"
                    + " https://127.0.0.1:" + port + "/new?key=<redacted>."), f.notices());
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> f.get(base.resolve("plain"), (body, where) -> body));
            assertTrue(e.getMessage().contains("redirects to http://127.0.0.1:" + port + "/new; refused"),
                    e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
