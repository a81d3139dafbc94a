package org.tradeecon.knime.nodes.dols;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Dynamic OLS (Stock-Watson) node (description: DolsNodeFactory.xml). */
public final class DolsNodeFactory extends ViewedNodeFactory<DolsNodeModel> {
    @Override
    public DolsNodeModel createNodeModel() {
        return new DolsNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DolsNodeDialog();
    }
}
