package org.tradeecon.knime.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModelTestAccess;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The one check of a node description (the XML beside the factory) against the node's dialog. */
public final class NodeDescriptions {
    private NodeDescriptions() {
    }

    /** @return the option names of the factory's node description, in order */
    public static List<String> describedOptions(final NodeFactory<?> factory) throws Exception {
        String name = factory.getClass().getSimpleName() + ".xml";
        try (InputStream in = factory.getClass().getResourceAsStream(name)) {
            assertTrue(in != null, "no description " + name + " beside the factory");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList options = doc.getElementsByTagNameNS("*", "option");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < options.getLength(); i++) {
                names.add(((Element)options.item(i)).getAttribute("name"));
            }
            return names;
        }
    }

    /**
     * Asserts that every label of the factory's dialog, and every extra option (e.g. column filters, which have no
     * label), is described as an option, and that no option is described that the dialog does not show.
     */
    public static void assertDescriptionListsDialogOptions(final NodeFactory<?> factory, final String... unlabelled)
        throws Exception {
        List<String> described = describedOptions(factory);
        List<String> shown = new ArrayList<>(NodeTestSupport.dialogLabels(NodeModelTestAccess.createDialog(factory)));
        shown.addAll(List.of(unlabelled));
        for (String label : shown) {
            assertTrue(described.contains(label), "dialog option \"" + label + "\" is not described; described: "
                + described);
        }
        for (String option : described) {
            assertTrue(shown.contains(option), "described option \"" + option + "\" is not in the dialog: " + shown);
        }
    }
}
