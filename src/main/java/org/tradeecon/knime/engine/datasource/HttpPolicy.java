package org.tradeecon.knime.engine.datasource;

import java.time.Duration;

/**
 * The limits of every HTTP exchange of the readers.
 *
 * @param deadline      time for one whole exchange: connecting, the response headers and the complete body
 * @param maxBodyBytes  largest body accepted; a larger answer is cut off and refused
 * @param maxRetries    how often an answer 429 (Too Many Requests) or 503 (Service Unavailable) is retried
 * @param backoff       the wait before the first retry when the server gives no {@code Retry-After}; doubled after
 *                      each retry
 * @param maxRetryAfter the longest wait honoured; a server asking for more fails at once
 * @param maxRedirects  how many same-host HTTPS redirects are followed
 */
public record HttpPolicy(Duration deadline, long maxBodyBytes, int maxRetries, Duration backoff,
        Duration maxRetryAfter, int maxRedirects) {

    /** System property with the body limit in MiB, e.g. {@code -Dtradeecon.http.maxBodyMiB=256} in knime.ini. */
    public static final String MAX_BODY_PROPERTY = "tradeecon.http.maxBodyMiB";
    /** Default body limit (MiB): far above any answer of the two APIs (a World Bank page of 1,000 rows is ~0.3 MiB). */
    public static final long DEFAULT_MAX_BODY_MIB = 64;

    /** @throws IllegalArgumentException if a duration is not positive or a count is negative */
    public HttpPolicy {
        if (deadline == null || deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("The HTTP timeout must be positive, got " + deadline + ".");
        }
        if (maxBodyBytes <= 0 || maxRetries < 0 || maxRedirects < 0 || backoff == null || backoff.isNegative()
                || maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Invalid HTTP limits: body " + maxBodyBytes + " bytes, " + maxRetries
                    + " retries, backoff " + backoff + ", longest wait " + maxRetryAfter + ", " + maxRedirects
                    + " redirects.");
        }
    }

    /**
     * @param deadline time for one whole exchange
     * @return the defaults: body limit from {@value #MAX_BODY_PROPERTY} (default {@value #DEFAULT_MAX_BODY_MIB}
     *         MiB), 2 retries starting at 2 s, {@code Retry-After} honoured up to 60 s, 3 redirects
     */
    public static HttpPolicy defaults(Duration deadline) {
        long mib = DEFAULT_MAX_BODY_MIB;
        String p = System.getProperty(MAX_BODY_PROPERTY);
        if (p != null && p.strip().matches("\\d{1,6}") && Long.parseLong(p.strip()) > 0) {
            mib = Long.parseLong(p.strip());
        }
        return new HttpPolicy(deadline, mib << 20, 2, Duration.ofSeconds(2), Duration.ofSeconds(60), 3);
    }

    /** @return this policy with another body limit */
    public HttpPolicy withMaxBodyBytes(long bytes) {
        return new HttpPolicy(deadline, bytes, maxRetries, backoff, maxRetryAfter, maxRedirects);
    }

    /** @return this policy with other retry settings */
    public HttpPolicy withRetries(int retries, Duration firstBackoff, Duration longestWait) {
        return new HttpPolicy(deadline, maxBodyBytes, retries, firstBackoff, longestWait, maxRedirects);
    }
}
