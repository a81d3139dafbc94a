package org.knime.core.node.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in: the credentials a node may read during configure and execute. Tests make one with
 * {@code StubCredentials.provider} (test sources).
 */
public final class CredentialsProvider {
    public static final CredentialsProvider EMPTY_CREDENTIALS_PROVIDER = new CredentialsProvider(null);

    private final Map<String, ICredentials> m_store;

    CredentialsProvider(final Map<String, ICredentials> store) {
        m_store = store;
    }

    /** @throws IllegalArgumentException if there are no credentials of that name */
    public ICredentials get(final String name) {
        if (m_store == null) {
            throw new IllegalArgumentException("No credentials available.");
        }
        ICredentials c = m_store.get(name);
        if (c == null) {
            throw new IllegalArgumentException(String.format("No credentials stored to name \"%s\"", name));
        }
        return c;
    }

    public Collection<String> listNames() {
        return m_store == null ? List.of() : List.copyOf(m_store.keySet());
    }

    static CredentialsProvider of(final Map<String, ICredentials> store) {
        return new CredentialsProvider(new LinkedHashMap<>(store));
    }
}
