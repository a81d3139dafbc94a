package org.knime.core.node.port;

/** Stand-in: hands out {@link PortType} instances. */
public final class PortTypeRegistry {
    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass) {
        return getPortType(objectClass, false);
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        return new PortType(objectClass, isOptional);
    }
}
