package org.knime.core.node.port;

/** Stand-in: what travels along a port after execution. */
public interface PortObject {
    /** @return a one-line summary */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();
}
