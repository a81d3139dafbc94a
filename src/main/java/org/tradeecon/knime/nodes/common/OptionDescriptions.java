package org.tradeecon.knime.nodes.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The option texts of a node description ({@code <option name="...">} in {@code XNodeFactory.xml}), as tooltips
 * for the dialog {@code XNodeDialog} in the same package: the dialog explains each option in the same words as the
 * description, and the two cannot drift apart.
 */
final class OptionDescriptions {
    /** Tooltips wrap at this width (pixels). */
    private static final int WIDTH = 420;
    private static final Map<Class<?>, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private OptionDescriptions() {
    }

    /** @return option name to tooltip (HTML) for the dialog class; empty if it has no description beside it */
    static Map<String, String> of(final Class<?> dialog) {
        return CACHE.computeIfAbsent(dialog, OptionDescriptions::read);
    }

    private static Map<String, String> read(final Class<?> dialog) {
        String resource = dialog.getSimpleName().replaceFirst("NodeDialog$", "NodeFactory") + ".xml";
        try (InputStream in = dialog.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList options = f.newDocumentBuilder().parse(in).getElementsByTagName("option");
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < options.getLength(); i++) {
                Element o = (Element)options.item(i);
                out.put(o.getAttribute("name"), tooltip(o.getTextContent()));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Map.of(); // a broken description shows no tooltips; PluginXmlConsistencyTest fails on it
        }
    }

    private static String tooltip(final String text) {
        String plain = text.strip().replaceAll("\\s+", " ").replace("&", "&amp;").replace("<", "&lt;");
        return "<html><p width=\"" + WIDTH + "\">" + plain + "</p></html>";
    }
}
