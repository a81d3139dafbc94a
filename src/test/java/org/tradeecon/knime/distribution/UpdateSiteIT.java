package org.tradeecon.knime.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the update site that {@code mvn package} publishes (the p2 repository written by Tycho's
 * FeaturesAndBundlesPublisher into target/repository, and its zip) and checks it against the sources of truth:
 * META-INF/MANIFEST.MF, feature/feature.xml, the packaged bundle jar and the pom version. Requirements are read
 * from the manifest, never listed here, so a new Require-Bundle must also appear in feature.xml.
 */
class UpdateSiteIT {

    private static final String FEATURE_ID = "org.tradeecon.knime.feature";
    private static final String FEATURE_GROUP = FEATURE_ID + ".feature.group";
    private static final String FEATURE_JAR = FEATURE_ID + ".feature.jar";
    private static final String IU = "org.eclipse.equinox.p2.iu";
    private static final String OSGI_BUNDLE = "osgi.bundle";
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private static Path basedir;
    private static Path repository;
    private static Path packagedJar;
    private static Attributes sourceManifest;
    private static String bundleId;
    /** The version every published unit must carry: Bundle-Version with "qualifier" replaced. */
    private static String publishedVersion;
    private static Map<String, Element> units;
    private static List<Element> artifacts;

    @BeforeAll
    static void openRepository() throws Exception {
        basedir = Path.of(System.getProperty("basedir", "."));
        repository = Path.of(requiredProperty("p2.repository"));
        packagedJar = Path.of(requiredProperty("bundle.jar"));
        try (InputStream in = Files.newInputStream(basedir.resolve(MANIFEST))) {
            sourceManifest = new Manifest(in).getMainAttributes();
        }
        bundleId = ManifestElement.parseHeader(Constants.BUNDLE_SYMBOLICNAME,
                sourceManifest.getValue(Constants.BUNDLE_SYMBOLICNAME))[0].getValue();
        publishedVersion = sourceManifest.getValue(Constants.BUNDLE_VERSION)
                .replaceFirst("\\.qualifier$", "." + requiredProperty("bundle.qualifier"));

        units = new TreeMap<>();
        for (Element unit : children(readMetadata("content").getDocumentElement(), "unit")) {
            units.put(unit.getAttribute("id") + " " + unit.getAttribute("version"), unit);
        }
        artifacts = children(readMetadata("artifacts").getDocumentElement(), "artifact");
    }

    @Test
    void versionsFollowThePolicy() throws Exception {
        String sourceVersion = sourceManifest.getValue(Constants.BUNDLE_VERSION);
        assertTrue(sourceVersion.endsWith(".qualifier"),
                "MANIFEST.MF Bundle-Version must end in .qualifier (README: version and qualifier policy): " + sourceVersion);
        String base = sourceVersion.substring(0, sourceVersion.length() - ".qualifier".length());
        assertEquals(base, requiredProperty("project.version").replaceFirst("-SNAPSHOT$", ""),
                "pom <version> (without -SNAPSHOT) and MANIFEST.MF Bundle-Version must name the same release");
        Element feature = parse(Files.readAllBytes(basedir.resolve("feature/feature.xml"))).getDocumentElement();
        assertEquals(sourceVersion, feature.getAttribute("version"), "feature/feature.xml version vs MANIFEST.MF");
        assertFalse(publishedVersion.endsWith("qualifier"), "qualifier not replaced: " + publishedVersion);
    }

    @Test
    void bundleIsThePackagedJarWithTheQualifierReplaced() throws Exception {
        assertNotNull(unit(bundleId, publishedVersion), "no unit for the bundle in content metadata");
        Path published = artifactFile(OSGI_BUNDLE, bundleId);

        Manifest publishedManifest;
        try (JarInputStream in = new JarInputStream(Files.newInputStream(published))) {
            publishedManifest = in.getManifest();
        }
        assertNotNull(publishedManifest, "published jar has no manifest at its start: " + published);
        Attributes expected = new Attributes(sourceManifest);
        expected.putValue(Constants.BUNDLE_VERSION, publishedVersion);
        assertEquals(expected, publishedManifest.getMainAttributes(),
                "published manifest must be MANIFEST.MF with only Bundle-Version's qualifier replaced");

        Map<String, byte[]> packaged = entries(packagedJar);
        Map<String, byte[]> inRepository = entries(published);
        packaged.remove(MANIFEST);
        inRepository.remove(MANIFEST);
        assertEquals(packaged.keySet(), inRepository.keySet(), "published jar holds other files than " + packagedJar);
        packaged.forEach((name, bytes) -> assertArrayEquals(bytes, inRepository.get(name), name + " differs"));
    }

    @Test
    void bundleUnitRequiresWhatTheManifestRequires() throws Exception {
        Map<String, String> required = requirements(unit(bundleId, publishedVersion), OSGI_BUNDLE);
        requiredBundles().forEach((name, range) -> assertSameRange(range, required.get(name),
                "bundle unit's requirement on " + name));
    }

    @Test
    void featureRequiresEveryRequiredBundleWithTheManifestRange() throws Exception {
        Map<String, String> required = requirements(unit(FEATURE_GROUP, publishedVersion), IU);
        requiredBundles().forEach((name, range) -> assertSameRange(range, required.get(name),
                "feature requirement on " + name + "; feature/feature.xml needs <import plugin=\"" + name
                        + "\" version=\"" + range + "\" match=\"versionRange\"/>"));
        assertTrue(required.containsKey("org.knime.core") && required.containsKey("org.apache.commons.math3"),
                "feature must require org.knime.core and org.apache.commons.math3: " + required);
    }

    @Test
    void featureIncludesExactlyThisBundle() throws Exception {
        Element group = unit(FEATURE_GROUP, publishedVersion);
        assertNotNull(group, "no feature group " + FEATURE_GROUP + " " + publishedVersion + " in " + units.keySet());
        Map<String, String> required = requirements(group, IU);
        assertSameRange("[" + publishedVersion + "," + publishedVersion + "]", required.get(bundleId),
                "feature's inclusion of the bundle");
        assertSameRange("[" + publishedVersion + "," + publishedVersion + "]", required.get(FEATURE_JAR),
                "feature group's requirement on its feature jar");
        assertTrue(children(group, "license").get(0).getAttribute("uri").contains("apache.org/licenses/LICENSE-2.0"),
                "feature must carry the Apache-2.0 license");
    }

    @Test
    void featureArtifactIsTheFeatureXmlWithTheQualifierReplaced() throws Exception {
        assertNotNull(unit(FEATURE_JAR, publishedVersion), "no unit " + FEATURE_JAR + " " + publishedVersion);
        Path published = artifactFile("org.eclipse.update.feature", FEATURE_ID);
        Map<String, byte[]> files = entries(published);
        assertTrue(files.containsKey("LICENSE"), "feature jar lacks LICENSE: " + files.keySet());
        Element feature = parse(files.get("feature.xml")).getDocumentElement();
        assertEquals(FEATURE_ID, feature.getAttribute("id"));
        assertEquals(publishedVersion, feature.getAttribute("version"));
        Element plugin = children(feature, "plugin").get(0);
        assertEquals(bundleId, plugin.getAttribute("id"));
        assertEquals(publishedVersion, plugin.getAttribute("version"));
        assertEquals("false", plugin.getAttribute("unpack"), "the bundle must be installed as a jar");
    }

    @Test
    void categoryListsTheFeature() {
        List<Element> categories = units.values().stream()
                .filter(u -> "true".equals(property(u, "org.eclipse.equinox.p2.type.category"))).toList();
        assertEquals(1, categories.size(), "expected one category unit in " + units.keySet());
        Element category = categories.get(0);
        assertFalse(property(category, "org.eclipse.equinox.p2.name").isBlank(), "category without a name");
        VersionRange range = new VersionRange(requirements(category, IU).get(FEATURE_GROUP));
        assertTrue(range.includes(org.osgi.framework.Version.parseVersion(publishedVersion)),
                "category must list " + FEATURE_GROUP + " " + publishedVersion + ", has " + range);
    }

    @Test
    void artifactMetadataDescribesTheFiles() throws Exception {
        assertEquals(2, artifacts.size(), "expected the bundle and the feature artifact");
        for (Element artifact : artifacts) {
            Path file = artifactFile(artifact.getAttribute("classifier"), artifact.getAttribute("id"));
            assertEquals(Long.parseLong(property(artifact, "download.size")), Files.size(file), "size of " + file);
            String sha256 = property(artifact, "download.checksum.sha-256");
            if (!sha256.isEmpty()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                assertEquals(sha256, HexFormat.of().formatHex(digest), "SHA-256 of " + file);
            }
        }
    }

    @Test
    void zipHoldsTheRepositoryAtItsRoot() throws Exception {
        Path zip = Path.of(requiredProperty("updatesite.zip"));
        assertTrue(Files.isRegularFile(zip), "no update-site zip " + zip);
        Map<String, byte[]> zipped = entries(zip);
        Map<String, byte[]> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.walk(repository)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                onDisk.put(repository.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertEquals(onDisk.keySet(), zipped.keySet(), "zip content vs " + repository);
        onDisk.forEach((name, bytes) -> assertArrayEquals(bytes, zipped.get(name), name + " differs in the zip"));
    }

    // ---- helpers ----

    /** Require-Bundle of MANIFEST.MF: symbolic name to bundle-version range, optional ones excluded. */
    private static Map<String, String> requiredBundles() throws Exception {
        Map<String, String> required = new TreeMap<>();
        for (ManifestElement e : ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE,
                sourceManifest.getValue(Constants.REQUIRE_BUNDLE))) {
            if (!Constants.RESOLUTION_OPTIONAL.equals(e.getDirective(Constants.RESOLUTION_DIRECTIVE))) {
                String range = e.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE);
                required.put(e.getValue(), range == null ? "0.0.0" : range);
            }
        }
        return required;
    }

    private static void assertSameRange(String expected, String actual, String what) {
        assertNotNull(actual, what + ": missing");
        assertEquals(new VersionRange(expected), new VersionRange(actual), what);
    }

    /**
     * A repository index as p2 reads it: name.jar (zipped name.xml, what the publisher writes with
     * compress=true) or plain name.xml.
     */
    private static Document readMetadata(String name) throws Exception {
        Path jar = repository.resolve(name + ".jar");
        Path xml = repository.resolve(name + ".xml");
        if (Files.isRegularFile(jar)) {
            byte[] bytes = entries(jar).get(name + ".xml");
            assertNotNull(bytes, jar + " has no " + name + ".xml");
            return parse(bytes);
        }
        if (Files.isRegularFile(xml)) {
            return parse(Files.readAllBytes(xml));
        }
        return fail("no " + name + ".jar or " + name + ".xml in " + repository
                + (Files.exists(repository.resolve(name + ".xml.xz")) ? " (only .xml.xz, not read here)" : ""));
    }

    private static Element unit(String id, String version) {
        return units.get(id + " " + version);
    }

    /** The file of an artifact listed in artifacts.xml, where p2's mapping rules put it. */
    private static Path artifactFile(String classifier, String id) {
        boolean listed = artifacts.stream().anyMatch(a -> classifier.equals(a.getAttribute("classifier"))
                && id.equals(a.getAttribute("id")) && publishedVersion.equals(a.getAttribute("version")));
        assertTrue(listed, "artifacts metadata lacks " + classifier + " " + id + " " + publishedVersion);
        String folder = OSGI_BUNDLE.equals(classifier) ? "plugins" : "features";
        Path file = repository.resolve(folder).resolve(id + "_" + publishedVersion + ".jar");
        assertTrue(Files.isRegularFile(file), "missing artifact file " + file);
        return file;
    }

    /** Requirements of a unit in one namespace: name to range. */
    private static Map<String, String> requirements(Element unit, String namespace) {
        Map<String, String> found = new TreeMap<>();
        for (Element r : children(unit, "required")) {
            if (namespace.equals(r.getAttribute("namespace"))) {
                found.put(r.getAttribute("name"), r.getAttribute("range"));
            }
        }
        return found;
    }

    /** A property of a unit or artifact, "" when absent. */
    private static String property(Element owner, String name) {
        for (Element p : children(owner, "property")) {
            if (name.equals(p.getAttribute("name"))) {
                return p.getAttribute("value");
            }
        }
        return "";
    }

    private static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml));
    }

    /** File entries of a zip or jar, name to bytes (directories left out). */
    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : file.stream().filter(e -> !e.isDirectory()).toList()) {
                try (InputStream in = file.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " is set by maven-failsafe-plugin in pom.xml");
        return value;
    }
}
