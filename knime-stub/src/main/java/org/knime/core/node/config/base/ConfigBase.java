package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Stand-in: an ordered tree of typed entries ({@code xint}, {@code xlong}, {@code xdouble}, {@code xboolean},
 * {@code xstring}) and sub-configs, written and read in KNIME's XMLConfig format
 * ({@code http://www.knime.org/2008/09/XMLConfig}). Arrays are sub-configs with {@code array-size} and entries
 * {@code 0, 1, ...}. Characters below U+0020 in strings are written as {@code %%000NN} (e.g. a line break as
 * {@code %%00010}), as KNIME does. Passwords are {@code xpassword} entries holding the value encrypted with the
 * caller's key (this stand-in's own AES scheme, not KNIME's format; the empty password is stored empty, as KNIME 5.2+
 * does).
 */
public abstract class ConfigBase implements ConfigBaseRO, ConfigBaseWO {
    private static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";
    private static final String ARRAY_SIZE = "array-size";
    private static final Pattern ESCAPED = Pattern.compile("%%(\\d{5})");

    /** A typed leaf; {@code value} null means isnull="true". */
    private record Entry(String type, String value) {
    }

    private String m_key;
    private final Map<String, Object> m_children = new LinkedHashMap<>();

    protected ConfigBase(final String key) {
        m_key = key;
    }

    /** @return a new empty config of the concrete class */
    public abstract ConfigBase getInstance(String key);

    @Override
    public String getKey() {
        return m_key;
    }

    // ---- write ----

    private void put(final String key, final String type, final String value) {
        m_children.put(key, new Entry(type, value));
    }

    @Override
    public void addInt(final String key, final int value) {
        put(key, "xint", Integer.toString(value));
    }

    @Override
    public void addLong(final String key, final long value) {
        put(key, "xlong", Long.toString(value));
    }

    @Override
    public void addDouble(final String key, final double value) {
        put(key, "xdouble", Double.toString(value));
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        put(key, "xboolean", Boolean.toString(value));
    }

    @Override
    public void addString(final String key, final String value) {
        put(key, "xstring", value);
    }

    @Override
    public void addPassword(final String key, final String encryptionKey, final String value) {
        put(key, "xpassword", value == null || value.isEmpty() ? value : crypt(Cipher.ENCRYPT_MODE, encryptionKey,
            value.getBytes(StandardCharsets.UTF_8)));
    }

    /** AES/CBC, key and IV from SHA-256 of the encryption key; hex text out, UTF-8 text back. */
    private static String crypt(final int mode, final String encryptionKey, final byte[] in) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(encryptionKey.getBytes(StandardCharsets.UTF_8));
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(mode, new SecretKeySpec(Arrays.copyOf(h, 16), "AES"),
                new IvParameterSpec(Arrays.copyOfRange(h, 16, 32)));
            byte[] out = c.doFinal(in);
            return mode == Cipher.ENCRYPT_MODE ? HexFormat.of().formatHex(out)
                : new String(out, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Error while " + (mode == Cipher.ENCRYPT_MODE ? "en" : "de")
                + "crypting password: " + e.getMessage(), e);
        }
    }

    @Override
    public ConfigBase addConfigBase(final String key) {
        ConfigBase c = getInstance(key);
        m_children.put(key, c);
        return c;
    }

    /** Adds {@code config} as a child under its own key (replacing an existing one). */
    protected final void putConfigBase(final ConfigBase config) {
        m_children.put(config.getKey(), config);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase c = addConfigBase(key);
        if (values != null) {
            c.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addInt(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase c = addConfigBase(key);
        if (values != null) {
            c.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addDouble(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase c = addConfigBase(key);
        if (values != null) {
            c.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addString(Integer.toString(i), values[i]);
            }
        }
    }

    // ---- read ----

    private String value(final String key, final String type, final String what) throws InvalidSettingsException {
        if (m_children.get(key) instanceof Entry e && e.type().equals(type)) {
            return e.value();
        }
        throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
    }

    private static InvalidSettingsException badValue(final String key, final String value, final String what) {
        return new InvalidSettingsException("Cannot read " + what + " for key \"" + key + "\" from \"" + value + "\".");
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        String v = value(key, "xint", "Int");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw badValue(key, v, "Int");
        }
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        String v = value(key, "xlong", "Long");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw badValue(key, v, "Long");
        }
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        String v = value(key, "xdouble", "Double");
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw badValue(key, v, "Double");
        }
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        String v = value(key, "xboolean", "Boolean");
        if ("true".equals(v) || "false".equals(v)) {
            return Boolean.parseBoolean(v);
        }
        throw badValue(key, v, "Boolean");
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return value(key, "xstring", "String");
    }

    @Override
    public int getInt(final String key, final int def) {
        try {
            return getInt(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public long getLong(final String key, final long def) {
        try {
            return getLong(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double getDouble(final String key, final double def) {
        try {
            return getDouble(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        try {
            return getBoolean(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String getString(final String key, final String def) {
        try {
            return getString(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String getPassword(final String key, final String encryptionKey) throws InvalidSettingsException {
        if (!(m_children.get(key) instanceof Entry e && e.type().equals("xpassword"))) {
            throw new InvalidSettingsException("Password for key \"" + key + "\" not found.");
        }
        try {
            return e.value() == null || e.value().isEmpty() ? e.value()
                : crypt(Cipher.DECRYPT_MODE, encryptionKey, HexFormat.of().parseHex(e.value()));
        } catch (IllegalArgumentException ex) {
            throw new InvalidSettingsException("Error while decrypting password: " + ex.getMessage(), ex);
        }
    }

    @Override
    public String getPassword(final String key, final String encryptionKey, final String def) {
        if (!(m_children.get(key) instanceof Entry e && e.type().equals("xpassword"))) {
            return def;
        }
        try {
            return getPassword(key, encryptionKey);
        } catch (InvalidSettingsException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    @Override
    public ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        if (m_children.get(key) instanceof ConfigBase c) {
            return c;
        }
        throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
    }

    /** @return the array config's size, or -1 for a null array */
    private static int arraySize(final ConfigBase c) throws InvalidSettingsException {
        return c.containsKey(ARRAY_SIZE) ? c.getInt(ARRAY_SIZE) : -1;
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = c.getInt(Integer.toString(i));
        }
        return a;
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = c.getDouble(Integer.toString(i));
        }
        return a;
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        int n = arraySize(c);
        if (n < 0) {
            return null;
        }
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = c.getString(Integer.toString(i));
        }
        return a;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_children.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_children.containsKey(key);
    }

    @Override
    public Iterator<String> iterator() {
        return keySet().iterator();
    }

    // ---- XML ----

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<config xmlns=\"" + NAMESPACE + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"" + NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd\" key=\""
            + attr(m_key) + "\">\n");
        writeChildren(w, "    ");
        w.write("</config>\n");
        w.flush();
    }

    private void writeChildren(final Writer w, final String indent) throws IOException {
        for (Map.Entry<String, Object> child : m_children.entrySet()) {
            String key = attr(child.getKey());
            if (child.getValue() instanceof Entry e) {
                w.write(indent + "<entry key=\"" + key + "\" type=\"" + e.type() + "\""
                    + (e.value() == null ? " isnull=\"true\" value=\"\"" : " value=\"" + attr(e.value()) + "\"")
                    + "/>\n");
            } else {
                ConfigBase c = (ConfigBase)child.getValue();
                if (c.m_children.isEmpty()) {
                    w.write(indent + "<config key=\"" + key + "\"/>\n");
                } else {
                    w.write(indent + "<config key=\"" + key + "\">\n");
                    c.writeChildren(w, indent + "    ");
                    w.write(indent + "</config>\n");
                }
            }
        }
    }

    private static String attr(final String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("%%%%%05d", (int)ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String unescape(final String s) {
        Matcher m = ESCAPED.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char)Integer.parseInt(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Replaces this config's key and content by the XML document in {@code in}. */
    protected final void readXML(final InputStream in) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not a settings XML document: " + e.getMessage(), e);
        }
        if (!"config".equals(localName(root))) {
            throw new IOException("Root element must be <config>, found <" + root.getTagName() + ">");
        }
        m_key = root.getAttribute("key");
        m_children.clear();
        readChildren(root);
    }

    private static String localName(final Node n) {
        String name = n.getNodeName();
        return name.substring(name.indexOf(':') + 1);
    }

    private void readChildren(final Element parent) throws IOException {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String key = e.getAttribute("key");
            switch (localName(e)) {
                case "entry" -> put(key, e.getAttribute("type"),
                    "true".equals(e.getAttribute("isnull")) ? null : unescape(e.getAttribute("value")));
                case "config" -> addConfigBase(key).readChildren(e);
                default -> throw new IOException("Unexpected element <" + e.getTagName() + "> in config \""
                    + parent.getAttribute("key") + "\"");
            }
        }
    }

    @Override
    public String toString() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            saveToXML(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
