package org.tradeecon.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts a real OSGi framework (Eclipse Equinox), installs the built bundle jar, the real commons-math3 bundle and
 * a bundle made on the fly from the compile-time KNIME stand-in (symbolic name org.knime.core, version 5.3.0),
 * resolves them and loads and instantiates every node factory of plugin.xml through our bundle's class loader.
 * This proves that MANIFEST.MF, the packaging and plugin.xml agree. Skipped when the stand-in was not compiled
 * (building against a real KNIME).
 */
class BundleLoadingIT {
    private static final Path STUB_CLASSES = Path.of("target", "classes", "org", "knime");

    /** A test helper of the stand-in, compiled only in the stand-in build (a real-KNIME build has KNIME's classes). */
    private static final Path STUB_MARKER = Path.of("target", "test-classes", "org", "knime", "core", "node",
        "StubExecutionContext.class");

    @TempDir
    Path m_tmp;

    @Test
    void bundleResolvesAndLoadsEveryFactory() throws Exception {
        assumeTrue(Files.isRegularFile(STUB_MARKER),
            "KNIME stand-in classes not in target/classes (real-KNIME build): OSGi loading test skipped");
        Path ourJar = Path.of(System.getProperty("bundle.jar"));
        Path knimeCore = stubBundle();
        Path math = fromClassPath("commons-math3-.*\\.jar");
        // Jackson (engine.datasource): KNIME ships these three jars, which are OSGi bundles as published.
        List<Path> jackson = List.of(fromClassPath("jackson-core-.*\\.jar"),
            fromClassPath("jackson-databind-.*\\.jar"), fromClassPath("jackson-annotations-.*\\.jar"));

        FrameworkFactory ff = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework fw = ff.newFramework(Map.of(Constants.FRAMEWORK_STORAGE, m_tmp.resolve("osgi").toString(),
            Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        fw.start();
        try {
            BundleContext ctx = fw.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (Path p : List.of(knimeCore, math, ourJar)) {
                bundles.add(ctx.installBundle(p.toUri().toString()));
            }
            for (Path p : jackson) {
                bundles.add(ctx.installBundle(p.toUri().toString()));
            }
            assertTrue(fw.adapt(FrameworkWiring.class).resolveBundles(bundles), "bundles did not resolve: " + states(bundles));
            Bundle ours = bundles.get(2);
            assertEquals("org.tradeecon.knime", ours.getSymbolicName());
            ours.start(Bundle.START_ACTIVATION_POLICY);

            List<PluginXml.Node> nodes = PluginXml.nodes();
            assertTrue(nodes.size() > 0);
            for (PluginXml.Node n : nodes) {
                Class<?> cls = ours.loadClass(n.factoryClass());
                // the factory must come from our bundle and see KNIME's NodeFactory of the org.knime.core bundle
                assertEquals(ours.getBundleId(), bundleIdOf(ctx, cls), n.factoryClass());
                Class<?> nodeFactory = bundles.get(0).loadClass("org.knime.core.node.NodeFactory");
                assertTrue(nodeFactory.isAssignableFrom(cls), n.factoryClass() + " is not a NodeFactory in OSGi");
                Object factory = cls.getConstructor().newInstance();
                Object model = nodeFactory.getMethod("createNodeModel").invoke(factory);
                assertNotNull(model, n.factoryClass());
                assertNotNull(cls.getResource(n.simpleName() + ".xml"), "description not visible in the bundle");
            }
            assertNotNull(ours.getEntry("plugin.xml"));
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
    }

    private static long bundleIdOf(final BundleContext ctx, final Class<?> cls) {
        return org.osgi.framework.FrameworkUtil.getBundle(cls).getBundleId();
    }

    private static String states(final List<Bundle> bundles) {
        return bundles.stream().map(b -> b.getSymbolicName() + "=" + b.getState()).toList().toString();
    }

    /** @return a bundle jar org.knime.core 5.3.0 made from the stand-in's compiled classes, exporting its packages */
    private Path stubBundle() throws IOException {
        Path classes = Path.of("target", "classes");
        TreeSet<String> packages = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(STUB_CLASSES)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            packages.add(classes.relativize(f.getParent()).toString().replace(File.separatorChar, '.'));
        }
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.knime.core");
        a.putValue("Bundle-Version", "5.3.0");
        a.putValue("Export-Package", String.join(",", packages));
        a.putValue("Import-Package", "javax.swing,javax.swing.border,javax.swing.event,javax.xml.parsers,"
            + "org.w3c.dom,org.xml.sax");
        Path jar = m_tmp.resolve("org.knime.core-stub.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            for (Path f : files) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** @return the jar on the test class path whose file name matches (these jars are OSGi bundles) */
    private static Path fromClassPath(final String fileNamePattern) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().matches(fileNamePattern)) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("No jar matching " + fileNamePattern + " on the test class path");
    }
}
