package org.tradeecon.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The packaged bundle jar (system property {@code bundle.jar}, set by the pom): it holds plugin.xml, the source
 * MANIFEST.MF as written, the icons, every factory with its description and icon, and no KNIME class.
 */
class BundleJarIT {
    /** Headers the Maven archiver adds to a hand-written manifest; anything else must come from the source. */
    private static final Set<String> ADDED_BY_MAVEN = Set.of("Created-By", "Build-Jdk-Spec");

    private static JarFile jar() throws Exception {
        String path = System.getProperty("bundle.jar");
        assertNotNull(path, "system property bundle.jar is not set (run with mvn verify)");
        return new JarFile(path);
    }

    @Test
    void jarHoldsPluginFilesAndNoKnimeClasses() throws Exception {
        try (JarFile jar = jar()) {
            Set<String> names = new HashSet<>();
            jar.stream().map(ZipEntry::getName).forEach(names::add);
            for (String required : List.of("plugin.xml", "META-INF/MANIFEST.MF", "icons/category.png")) {
                assertTrue(names.contains(required), "missing " + required);
            }
            for (PluginXml.Node n : PluginXml.nodes()) {
                String base = n.packagePath() + "/" + n.simpleName();
                assertTrue(names.contains(base + ".class"), "missing " + base + ".class");
                assertTrue(names.contains(base + ".xml"), "missing " + base + ".xml");
                assertTrue(names.stream().anyMatch(e -> e.startsWith(n.packagePath() + "/") && e.endsWith(".png")
                    && e.indexOf('/', n.packagePath().length() + 1) < 0), "no icon beside " + base);
            }
            List<String> foreign = names.stream().filter(e -> e.startsWith("org/knime/") || e.startsWith("org/apache/")
                || e.startsWith("knime-stub/")).toList();
            assertEquals(List.of(), foreign, "the jar must not contain KNIME or library classes");
            try (InputStream in = jar.getInputStream(jar.getEntry("plugin.xml"))) {
                assertEquals(Files.readString(Path.of("plugin.xml")), new String(in.readAllBytes(), "UTF-8"));
            }
        }
    }

    @Test
    void manifestIsTheSourceManifest() throws Exception {
        Manifest source;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            source = new Manifest(in);
        }
        try (JarFile jar = jar()) {
            Attributes packaged = jar.getManifest().getMainAttributes();
            Attributes expected = source.getMainAttributes();
            for (Object key : expected.keySet()) {
                assertEquals(expected.get(key), packaged.get(key), "header " + key);
            }
            for (Object key : packaged.keySet()) {
                assertTrue(expected.containsKey(key) || ADDED_BY_MAVEN.contains(key.toString()),
                    "unexpected header " + key);
            }
            String name = packaged.getValue("Bundle-SymbolicName");
            assertTrue(name.startsWith("org.tradeecon.knime;") && name.contains("singleton:=true"), name);
            assertTrue(packaged.getValue("Require-Bundle").contains("org.knime.core;bundle-version=\"[4.7.0,6.0.0)\""));
        }
    }
}
