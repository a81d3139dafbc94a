package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Stand-in: a column filter (include/exclude lists, or a name pattern, or data types). Stored as sub-config
 * {@code <name>} with {@code filter-type}, {@code included_names}, {@code excluded_names}, {@code enforce_option},
 * {@code name_pattern} ({@code pattern}, {@code type}, {@code caseSensitive}, {@code excludeMatching}) and
 * {@code datatype} ({@code typelist}: value class name to boolean). Only columns whose type is compatible with
 * one of the allowed value classes (all, if none given) take part. With {@code EnforceExclusion} (the default)
 * columns in neither list are included; with {@code EnforceInclusion} they are excluded.
 */
public final class SettingsModelColumnFilter2 extends SettingsModel {
    private static final String TYPE_STANDARD = "STANDARD";
    private static final String TYPE_PATTERN = "name_pattern";
    private static final String TYPE_DATATYPE = "datatype";
    private static final String ENFORCE_EXCLUSION = "EnforceExclusion";

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<? extends DataValue>[] NO_TYPES = new Class[0];

    private final String m_configName;
    private final Class<? extends DataValue>[] m_allowedTypes;

    private String m_filterType = TYPE_STANDARD;
    private String[] m_includes = new String[0];
    private String[] m_excludes = new String[0];
    private String m_enforce = ENFORCE_EXCLUSION;
    private String m_pattern = "";
    private String m_patternType = "Wildcard";
    private boolean m_caseSensitive = true;
    private boolean m_excludeMatching;
    private Map<String, Boolean> m_typeList = new LinkedHashMap<>();

    /** @param allowedTypes value classes of the columns offered; none = all columns */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_allowedTypes = allowedTypes.clone();
    }

    public SettingsModelColumnFilter2(final String configName) {
        this(configName, NO_TYPES);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        SettingsModelColumnFilter2 c = new SettingsModelColumnFilter2(m_configName, m_allowedTypes);
        c.m_filterType = m_filterType;
        c.m_includes = m_includes.clone();
        c.m_excludes = m_excludes.clone();
        c.m_enforce = m_enforce;
        c.m_pattern = m_pattern;
        c.m_patternType = m_patternType;
        c.m_caseSensitive = m_caseSensitive;
        c.m_excludeMatching = m_excludeMatching;
        c.m_typeList = new LinkedHashMap<>(m_typeList);
        return (T)c;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    boolean isAllowed(final DataColumnSpec col) {
        return m_allowedTypes.length == 0
            || Arrays.stream(m_allowedTypes).anyMatch(t -> col.getType().isCompatible(t));
    }

    /** Used by the dialog: a standard include/exclude filter with these lists. */
    void setStandard(final String[] includes, final String[] excludes) {
        m_filterType = TYPE_STANDARD;
        m_includes = includes.clone();
        m_excludes = excludes.clone();
        notifyChangeListeners();
    }

    /** @return the columns of {@code inSpec} this filter includes and excludes, in table order */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        List<String> incl = new ArrayList<>();
        List<String> excl = new ArrayList<>();
        Pattern pattern = TYPE_PATTERN.equals(m_filterType) ? compiledPattern() : null;
        for (DataColumnSpec col : inSpec) {
            if (!isAllowed(col)) {
                continue;
            }
            String name = col.getName();
            boolean include = switch (m_filterType) {
                case TYPE_PATTERN -> pattern != null && pattern.matcher(name).matches() != m_excludeMatching;
                case TYPE_DATATYPE -> col.getType().getValueClasses().stream()
                    .anyMatch(v -> Boolean.TRUE.equals(m_typeList.get(v.getName())));
                default -> Arrays.asList(m_includes).contains(name)
                    || (!Arrays.asList(m_excludes).contains(name) && ENFORCE_EXCLUSION.equals(m_enforce));
            };
            (include ? incl : excl).add(name);
        }
        List<String> removedIncl = new ArrayList<>();
        List<String> removedExcl = new ArrayList<>();
        if (TYPE_STANDARD.equals(m_filterType)) {
            for (String n : m_includes) {
                if (!incl.contains(n)) {
                    removedIncl.add(n);
                }
            }
            for (String n : m_excludes) {
                if (!excl.contains(n)) {
                    removedExcl.add(n);
                }
            }
        }
        return new Result(incl.toArray(String[]::new), excl.toArray(String[]::new),
            removedIncl.toArray(String[]::new), removedExcl.toArray(String[]::new));
    }

    private Pattern compiledPattern() {
        String regex = "Wildcard".equals(m_patternType) ? wildcardToRegex(m_pattern) : m_pattern;
        try {
            return Pattern.compile(regex, m_caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static String wildcardToRegex(final String wildcard) {
        StringBuilder b = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            switch (c) {
                case '*' -> b.append(".*");
                case '?' -> b.append('.');
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** Gives access to the protected FilterResult constructor. */
    private static final class Result extends FilterResult {
        Result(final String[] incl, final String[] excl, final String[] rIncl, final String[] rExcl) {
            super(incl, excl, rIncl, rExcl);
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            // keep the current value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        createClone().loadSettingsForModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO c = settings.getNodeSettings(m_configName);
        String filterType = c.getString("filter-type");
        String[] includes = c.getStringArray("included_names");
        String[] excludes = c.getStringArray("excluded_names");
        String enforce = c.getString("enforce_option");
        NodeSettingsRO p = c.getNodeSettings(TYPE_PATTERN);
        String pattern = p.getString("pattern");
        String patternType = p.getString("type");
        boolean caseSensitive = p.getBoolean("caseSensitive");
        boolean excludeMatching = p.getBoolean("excludeMatching");
        NodeSettingsRO types = c.getNodeSettings(TYPE_DATATYPE).getNodeSettings("typelist");
        Map<String, Boolean> typeList = new LinkedHashMap<>();
        for (String k : types.keySet()) {
            typeList.put(k, types.getBoolean(k));
        }
        m_filterType = filterType;
        m_includes = includes == null ? new String[0] : includes;
        m_excludes = excludes == null ? new String[0] : excludes;
        m_enforce = enforce;
        m_pattern = pattern;
        m_patternType = patternType;
        m_caseSensitive = caseSensitive;
        m_excludeMatching = excludeMatching;
        m_typeList = typeList;
        notifyChangeListeners();
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO c = settings.addNodeSettings(m_configName);
        c.addString("filter-type", m_filterType);
        c.addStringArray("included_names", m_includes);
        c.addStringArray("excluded_names", m_excludes);
        c.addString("enforce_option", m_enforce);
        NodeSettingsWO p = c.addNodeSettings(TYPE_PATTERN);
        p.addString("pattern", m_pattern);
        p.addString("type", m_patternType);
        p.addBoolean("caseSensitive", m_caseSensitive);
        p.addBoolean("excludeMatching", m_excludeMatching);
        NodeSettingsWO types = c.addNodeSettings(TYPE_DATATYPE).addNodeSettings("typelist");
        m_typeList.forEach(types::addBoolean);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
