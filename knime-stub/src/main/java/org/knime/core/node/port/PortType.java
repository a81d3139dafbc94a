package org.knime.core.node.port;

import java.util.Objects;

/** Stand-in: the type of a port (object class plus optional flag). Obtain via {@link PortTypeRegistry}. */
public final class PortType {
    private final Class<? extends PortObject> m_class;
    private final boolean m_optional;

    PortType(final Class<? extends PortObject> cl, final boolean optional) {
        m_class = Objects.requireNonNull(cl);
        m_optional = optional;
    }

    public boolean isOptional() {
        return m_optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return m_class;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType p && p.m_class.equals(m_class) && p.m_optional == m_optional;
    }

    @Override
    public int hashCode() {
        return m_class.hashCode() + (m_optional ? 1 : 0);
    }

    @Override
    public String toString() {
        return m_class.getSimpleName() + (m_optional ? " (optional)" : "");
    }
}
