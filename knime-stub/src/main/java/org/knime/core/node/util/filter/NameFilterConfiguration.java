package org.knime.core.node.util.filter;

/** Stand-in: only the nested {@link FilterResult} is modelled. */
public class NameFilterConfiguration {
    private NameFilterConfiguration() {
    }

    /** The outcome of applying a column filter to a table spec. */
    public static class FilterResult {
        private final String[] m_incls;
        private final String[] m_excls;
        private final String[] m_removedFromIncludes;
        private final String[] m_removedFromExcludes;

        protected FilterResult(final String[] incls, final String[] excls, final String[] removedFromIncludes,
            final String[] removedFromExcludes) {
            m_incls = incls.clone();
            m_excls = excls.clone();
            m_removedFromIncludes = removedFromIncludes.clone();
            m_removedFromExcludes = removedFromExcludes.clone();
        }

        /** @return included column names, in table order */
        public String[] getIncludes() {
            return m_incls.clone();
        }

        public String[] getExcludes() {
            return m_excls.clone();
        }

        /** @return names in the include list that are not (or no longer compatible) in the table */
        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes.clone();
        }

        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes.clone();
        }
    }
}
