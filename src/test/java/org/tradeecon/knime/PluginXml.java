package org.tradeecon.knime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the project's plugin.xml (tests run in the project directory). */
public final class PluginXml {
    /** A node registration. */
    public record Node(String factoryClass, String categoryPath) {
        /** @return the factory's package path, e.g. org/tradeecon/knime/nodes/x */
        public String packagePath() {
            return factoryClass.substring(0, factoryClass.lastIndexOf('.')).replace('.', '/');
        }

        public String simpleName() {
            return factoryClass.substring(factoryClass.lastIndexOf('.') + 1);
        }
    }

    /** A category registration. */
    public record Category(String levelId, String path, String icon) {
    }

    private PluginXml() {
    }

    public static Element root(final InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in).getDocumentElement();
    }

    public static Element root() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            return root(in);
        }
    }

    public static List<Node> nodes(final Element root) {
        List<Node> nodes = new ArrayList<>();
        NodeList list = root.getElementsByTagName("node");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element)list.item(i);
            nodes.add(new Node(e.getAttribute("factory-class"), e.getAttribute("category-path")));
        }
        return nodes;
    }

    public static List<Category> categories(final Element root) {
        List<Category> cats = new ArrayList<>();
        NodeList list = root.getElementsByTagName("category");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element)list.item(i);
            cats.add(new Category(e.getAttribute("level-id"), e.getAttribute("path"), e.getAttribute("icon")));
        }
        return cats;
    }

    public static List<Node> nodes() throws Exception {
        return nodes(root());
    }

    /** @return whether {@code png} is a 16x16 PNG image */
    public static boolean is16x16Png(final InputStream png) throws IOException {
        byte[] b = png.readAllBytes();
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(b));
        return b.length > 8 && (b[1] == 'P' && b[2] == 'N' && b[3] == 'G') && img != null && img.getWidth() == 16
            && img.getHeight() == 16;
    }
}
