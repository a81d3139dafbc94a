package org.tradeecon.knime.nodes.differencing;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Differencing node (description: DifferencingNodeFactory.xml). */
public final class DifferencingNodeFactory extends DialogOnlyNodeFactory<DifferencingNodeModel> {
    @Override
    public DifferencingNodeModel createNodeModel() {
        return new DifferencingNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DifferencingNodeDialog();
    }
}
