package org.knime.core.node.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * STAND-IN ONLY, for tests (no such class in KNIME): makes a {@link CredentialsProvider} holding credentials
 * flow variables. Node code must never use it.
 */
public final class StubCredentials {
    private StubCredentials() {
    }

    /** @param namesLoginsPasswords name, login, password, name, login, password, ... */
    public static CredentialsProvider provider(final String... namesLoginsPasswords) {
        Map<String, ICredentials> m = new LinkedHashMap<>();
        for (int i = 0; i + 2 < namesLoginsPasswords.length; i += 3) {
            String name = namesLoginsPasswords[i];
            String login = namesLoginsPasswords[i + 1];
            String password = namesLoginsPasswords[i + 2];
            m.put(name, new ICredentials() {
                @Override
                public String getName() {
                    return name;
                }

                @Override
                public String getLogin() {
                    return login;
                }

                @Override
                public String getPassword() {
                    return password;
                }
            });
        }
        return CredentialsProvider.of(m);
    }
}
