package org.knime.core.node.port;

/** Stand-in: the specification (meta data) of what travels along a port. */
public interface PortObjectSpec {
}
