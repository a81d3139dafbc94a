package org.tradeecon.knime.nodes.transform;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Series Transform node (description: TransformNodeFactory.xml). */
public final class TransformNodeFactory extends DialogOnlyNodeFactory<TransformNodeModel> {
    @Override
    public TransformNodeModel createNodeModel() {
        return new TransformNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TransformNodeDialog();
    }
}
