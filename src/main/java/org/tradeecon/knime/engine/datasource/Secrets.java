package org.tradeecon.knime.engine.datasource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps API keys out of messages, exceptions, logs and cache metadata: query parameters that carry secrets
 * ({@code key}, {@code api_key}, {@code apikey}, {@code token}, {@code access_token}, {@code password}) are shown as
 * {@value #MASK}, and a known secret value is masked wherever it appears (e.g. echoed in an error page).
 */
public final class Secrets {

    /** What a secret is replaced by. */
    public static final String MASK = "<redacted>";

    private static final Pattern PARAM = Pattern.compile(
            "(?i)((?:^|[?&;\\s])(?:key|api_key|apikey|token|access_token|password)=)[^&#\\s\"'<>]*");

    private Secrets() {
    }

    /** @return {@code text} with the values of secret query parameters masked; null stays null */
    public static String redact(String text) {
        return text == null ? null : PARAM.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /** @return {@code text} with secret query parameters and every one of {@code values} masked */
    public static String redact(String text, Collection<String> values) {
        String out = redact(text);
        if (out == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && v.length() >= 3) {
                out = out.replace(v, MASK);
            }
        }
        return out;
    }

    /** @return the URI as text with secret query parameters masked */
    public static String redact(URI uri) {
        return redact(uri.toString());
    }

    /** @return the values (raw and decoded) of the secret query parameters of {@code uri} */
    public static Set<String> values(URI uri) {
        Set<String> out = new LinkedHashSet<>();
        String q = uri.getRawQuery();
        if (q == null) {
            return out;
        }
        for (String part : q.split("[&;]")) {
            int eq = part.indexOf('=');
            if (eq > 0 && PARAM.matcher(part.substring(0, eq + 1).toLowerCase(Locale.ROOT)).lookingAt()) {
                String raw = part.substring(eq + 1);
                out.add(raw);
                out.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * @return {@code e} if neither its message nor a cause's mentions a secret; otherwise a new exception with the
     *         message masked and no cause (a cause's text could repeat the secret)
     */
    static DataSourceException scrub(DataSourceException e, Collection<String> values) {
        boolean leaks = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !redact(m, values).equals(m)) {
                leaks = true;
            }
        }
        return leaks ? new DataSourceException(redact(e.getMessage(), values), e.httpStatus()) : e;
    }
}
