package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModelTestAccess;
import org.tradeecon.knime.nodes.NodeTestSupport;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Checks that a node description names every dialog option, under the dialog's label, and nothing else. */
public final class DescriptionCheck {
    private DescriptionCheck() {
    }

    /** @return the option names of the factory's description XML, in order */
    public static List<String> optionNames(final Class<?> factory) throws Exception {
        try (InputStream in = factory.getResourceAsStream(factory.getSimpleName() + ".xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList options = doc.getElementsByTagNameNS("*", "option");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < options.getLength(); i++) {
                names.add(options.item(i).getAttributes().getNamedItem("name").getNodeValue());
            }
            return names;
        }
    }

    /** Asserts: description options = dialog labels + "Columns" (the column filter has no label). */
    public static void assertDescribesDialog(final NodeFactory<?> factory) throws Exception {
        Set<String> dialog = new LinkedHashSet<>();
        dialog.add(CommonSettings.LABEL_COLUMNS);
        dialog.addAll(NodeTestSupport.dialogLabels(NodeModelTestAccess.createDialog(factory)));
        assertEquals(dialog, new LinkedHashSet<>(optionNames(factory.getClass())));
    }
}
