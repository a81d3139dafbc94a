package org.knime.core.node.workflow;

/** Stand-in: a named login and password (a credentials flow variable or workflow credentials). */
public interface ICredentials {
    String getName();

    String getLogin();

    String getPassword();
}
