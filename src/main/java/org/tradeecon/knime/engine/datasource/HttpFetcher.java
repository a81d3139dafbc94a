package org.tradeecon.knime.engine.datasource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

/**
 * The one HTTP layer of the readers: GETs an answer within the limits of an {@link HttpPolicy}, has the caller
 * parse and check it, and only then keeps it in the optional {@link ResponseCache}. Every failure is a
 * {@link DataSourceException} that says what failed and never holds a secret (see {@link Secrets}).
 *
 * <ul>
 * <li>Deadline: connecting, the headers and the whole body must arrive within {@link HttpPolicy#deadline()}; a server
 * that trickles its body is cut off.</li>
 * <li>Size: the body is streamed and refused as soon as it exceeds {@link HttpPolicy#maxBodyBytes()}.</li>
 * <li>Redirects: only to HTTPS on the same host, at most {@link HttpPolicy#maxRedirects()}, each reported in
 * {@link #notices()}; a redirect to another host or to plain HTTP is refused (the request may carry a key).</li>
 * <li>Retries: 429 and 503 are retried up to {@link HttpPolicy#maxRetries()} times, waiting as {@code Retry-After}
 * says (seconds or an HTTP date) or with doubling backoff; a wait longer than {@link HttpPolicy#maxRetryAfter()}
 * fails at once.</li>
 * </ul>
 * A read of several requests runs inside {@link #all}, so that its answers are cached only if all of it
 * succeeded. Thread-safe.
 */
public final class HttpFetcher {

    /** Parses and checks an answer; throws if it is not what the API documents. */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @param body  the answer (empty for HTTP 204)
         * @param where the URL without secrets, for messages
         */
        T parse(String body, String where) throws DataSourceException;
    }

    private final HttpClient client;
    private final HttpPolicy policy;
    private final ResponseCache cache;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    /** Cache writes held back until the {@link #all} around them succeeds (per thread; null outside). */
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    /** A multi-request read whose answers are cached only if all of it succeeds. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws DataSourceException;
    }

    /**
     * Default limits ({@link HttpPolicy#defaults}) with {@code timeout} as the deadline.
     *
     * @param timeout  deadline of each exchange, &gt; 0
     * @param cacheDir cache directory (created when needed), or {@code null} for no cache
     * @param maxAge   how long a cached answer is used, or {@code null} for "always"
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public HttpFetcher(Duration timeout, Path cacheDir, Duration maxAge) {
        this(HttpPolicy.defaults(timeout), cacheDir == null ? null : new ResponseCache(cacheDir, maxAge, false));
    }

    /**
     * @param policy the limits
     * @param cache  the cache, or {@code null} for none
     */
    public HttpFetcher(HttpPolicy policy, ResponseCache cache) {
        this(policy, cache, null);
    }

    /** For tests: trusts the certificates of {@code tls} (a local HTTPS server) instead of the system's. */
    HttpFetcher(HttpPolicy policy, ResponseCache cache, SSLContext tls) {
        this.policy = policy;
        this.cache = cache;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(policy.deadline())
                .followRedirects(HttpClient.Redirect.NEVER);
        this.client = (tls == null ? b : b.sslContext(tls)).build();
    }

    /** @return the limits */
    public HttpPolicy policy() {
        return policy;
    }

    /** @return what happened that the user should know without it being an error (redirects, ignored cache entries) */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * Fetches a URL (from the cache if a valid fresh entry exists) and parses it; the answer is cached only after
     * {@code parser} accepted it.
     *
     * @return what {@code parser} made of the answer
     * @throws DataSourceException on connection failure, deadline, size limit, refused redirect, a status other than
     *                             2xx (the message holds the status and the start of the body), interruption, or a
     *                             parser error
     */
    public <T> T get(URI uri, Parser<T> parser) throws DataSourceException {
        String where = Secrets.redact(uri);
        Set<String> secrets = Secrets.values(uri);
        try {
            if (cache != null) {
                Optional<byte[]> hit = cache.read(where);
                if (hit.isPresent()) {
                    try {
                        return parser.parse(new String(hit.get(), StandardCharsets.UTF_8), where);
                    } catch (DataSourceException e) {
                        cache.discard(where);
                        notices.add("The cached answer for " + where + " was not valid (" + e.getMessage()
                                + "); it was deleted and fetched again.");
                    }
                }
            }
            byte[] body = exchange(uri, where, secrets);
            T value = parser.parse(new String(body, StandardCharsets.UTF_8), where);
            if (cache != null) {
                store(where, body);
            }
            return value;
        } catch (DataSourceException e) {
            throw Secrets.scrub(e, secrets);
        }
    }

    /**
     * Runs a read of several requests (all pages, all years) so that its answers go into the cache only if the
     * whole read succeeds: a failure half-way leaves nothing new in the cache. Nested calls join the outer one.
     *
     * @return what {@code work} returns
     * @throws DataSourceException what {@code work} throws, or a cache folder that cannot be written
     */
    public <T> T all(Work<T> work) throws DataSourceException {
        if (pending.get() != null) {
            return work.run();
        }
        List<Runnable> writes = new ArrayList<>();
        pending.set(writes);
        T result;
        try {
            result = work.run();
        } finally {
            pending.remove();
        }
        try {
            writes.forEach(Runnable::run);
        } catch (UncheckedIOException e) {
            throw (DataSourceException) e.getCause();
        }
        return result;
    }

    private void store(String where, byte[] body) throws DataSourceException {
        List<Runnable> writes = pending.get();
        if (writes == null) {
            cache.write(where, body);
            return;
        }
        writes.add(() -> {
            try {
                cache.write(where, body);
            } catch (DataSourceException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @return the body of the final 2xx answer (empty for 204) */
    private byte[] exchange(URI uri, String where, Set<String> secrets) throws DataSourceException {
        URI current = uri;
        int redirects = 0;
        int retries = 0;
        while (true) {
            HttpResponse<byte[]> r = once(current, Secrets.redact(current), secrets);
            int status = r.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                URI target = redirectTarget(current, r, status);
                if (++redirects > policy.maxRedirects()) {
                    throw new DataSourceException("More than " + policy.maxRedirects() + " redirects for " + where
                            + "; stopped.", status);
                }
                notices.add("HTTP " + status + ": " + Secrets.redact(current) + " was redirected to "
                        + Secrets.redact(target) + ".");
                current = target;
                continue;
            }
            if ((status == 429 || status == 503) && retries < policy.maxRetries()) {
                Duration wait = retryAfter(r).orElse(policy.backoff().multipliedBy(1L << retries));
                if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                    throw new DataSourceException("HTTP " + status + " from " + current.getHost() + " for " + where
                            + ": the server asks to wait " + wait.toSeconds() + " s before trying again, longer than"
                            + " the limit of " + policy.maxRetryAfter().toSeconds() + " s. Try again later.", status);
                }
                sleep(wait, where);
                retries++;
                continue;
            }
            byte[] body = r.body() == null ? new byte[0] : r.body();
            if (status == 204) {
                return new byte[0];
            }
            if (status < 200 || status >= 300) {
                String text = new String(body, StandardCharsets.UTF_8);
                String excerpt = text.length() > 300 ? text.substring(0, 300) + "…" : text;
                throw new DataSourceException("HTTP " + status + " from " + current.getHost() + " for " + where
                        + (retries > 0 ? " (after " + retries + (retries == 1 ? " retry)" : " retries)") : "")
                        + (excerpt.isBlank() ? "" : ": " + Secrets.redact(excerpt.strip(), secrets)), status);
            }
            return body;
        }
    }

    /** @return the redirect target, if it is HTTPS on the same host */
    private static URI redirectTarget(URI current, HttpResponse<?> r, int status) throws DataSourceException {
        String location = r.headers().firstValue("Location").orElse("");
        URI target;
        try {
            target = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("HTTP " + status + " from " + current.getHost() + " for "
                    + Secrets.redact(current) + " redirects to an invalid address.", status);
        }
        boolean sameHost = target.getHost() != null && target.getHost().equalsIgnoreCase(current.getHost());
        if (location.isBlank() || !sameHost || !"https".equalsIgnoreCase(target.getScheme())) {
            String shown = target.getScheme() + "://" + target.getHost()
                    + (target.getPort() < 0 ? "" : ":" + target.getPort()) + target.getRawPath();
            throw new DataSourceException("HTTP " + status + " from " + current.getHost() + " for "
                    + Secrets.redact(current) + " redirects to " + (location.isBlank() ? "nowhere" : shown)
                    + "; refused: only HTTPS redirects on the same host are followed, so that the request (which may"
                    + " carry an API key) goes nowhere else. Check the API address.", status);
        }
        return target;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> r) {
        Optional<String> h = r.headers().firstValue("Retry-After").map(String::strip);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (h.get().matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(h.get())));
        }
        try {
            Instant at = ZonedDateTime.parse(h.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration wait, String where) throws DataSourceException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException("Interrupted while waiting to retry " + where + ".");
        }
    }

    /** One request: headers and body within the deadline, body within the size limit. */
    private HttpResponse<byte[]> once(URI uri, String where, Set<String> secrets) throws DataSourceException {
        Duration deadline = policy.deadline();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).header("Accept", "application/json")
                .GET().build();
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            CappedBody b = new CappedBody(policy.maxBodyBytes(),
                    info.headers().firstValueAsLong("Content-Length").orElse(-1));
            body.set(b);
            return b;
        });
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(future, body);
            throw timeout(uri, where);
        } catch (InterruptedException e) {
            abort(future, body);
            Thread.currentThread().interrupt();
            throw new DataSourceException("Interrupted while reading " + where + ".");
        } catch (ExecutionException e) {
            abort(future, body);
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw new DataSourceException("The answer from " + uri.getHost() + " for " + where
                            + " is larger than the limit of " + mib(policy.maxBodyBytes()) + "; reading stopped. If"
                            + " such an answer is expected, raise the limit with the Java system property "
                            + HttpPolicy.MAX_BODY_PROPERTY + " (MiB), e.g. -D" + HttpPolicy.MAX_BODY_PROPERTY
                            + "=256 in knime.ini.");
                }
                if (t instanceof HttpTimeoutException) {
                    throw timeout(uri, where);
                }
                if (t instanceof ConnectException) {
                    throw new DataSourceException("Cannot connect to " + uri.getHost() + " for " + where + " ("
                            + describe(t, secrets) + "). Check the network connection, the host name and proxy"
                            + " settings.");
                }
            }
            throw new DataSourceException("Network error while reading " + where + " (" + describe(e.getCause(),
                    secrets) + ").");
        }
    }

    private DataSourceException timeout(URI uri, String where) {
        double s = policy.deadline().toMillis() / 1000.0;
        return new DataSourceException("No complete answer from " + uri.getHost() + " within "
                + (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s (timeout; the limit covers"
                + " connecting, the headers and the whole body) for " + where
                + ". Check the network or raise the timeout.");
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBody> body) {
        CappedBody b = body.get();
        if (b != null) {
            b.cancel();
        }
        future.cancel(true);
    }

    private static String mib(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** The JDK's HTTP client often throws with a null message; name the cause instead. */
    private static String describe(Throwable e, Set<String> secrets) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
                + Secrets.redact(t.getMessage(), secrets);
    }

    /** The body was larger than allowed. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than the limit");
        }
    }

    /** Collects the body up to a limit; cancels the stream at once when the limit is passed. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final boolean declaredTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        CappedBody(long max, long declaredLength) {
            this.max = max;
            this.declaredTooLarge = declaredLength > max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new CancellationException("deadline"));
        }
    }
}
