package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on 127.0.0.1 (random port) that answers "path?query" with canned responses, for reader tests
 * without the internet. Unknown requests get 404.
 */
final class StubServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Object[]> routes = new ConcurrentHashMap<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(key);
            HttpHandler h = handlers.get(key);
            if (h != null) {
                try {
                    h.handle(exchange);
                } catch (IOException | RuntimeException e) {
                    // the client went away: expected for the fault cases
                }
                exchange.close();
                return;
            }
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Object[] r = routes.getOrDefault(key, new Object[] {404, "no route for " + key});
            int status = (Integer) r[0];
            byte[] body = ((String) r[1]).getBytes(StandardCharsets.UTF_8);
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Answers {@code pathAndQuery} with a handler of its own (for faults: slow, huge, redirecting answers). */
    void handle(String pathAndQuery, HttpHandler handler) {
        handlers.put(pathAndQuery, handler);
    }

    /** @return the base URI, ending in "/" */
    URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    void route(String pathAndQuery, int status, String body) {
        routes.put(pathAndQuery, new Object[] {status, body});
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    List<String> requests() {
        return requests;
    }

    static String fixture(String name) {
        try (InputStream in = StubServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
