package org.tradeecon.knime.nodes.cointegration;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Cointegration Test node (description: CointegrationNodeFactory.xml). */
public final class CointegrationNodeFactory extends NodeFactory<CointegrationNodeModel> {
    @Override
    public CointegrationNodeModel createNodeModel() {
        return new CointegrationNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<CointegrationNodeModel> createNodeView(final int viewIndex, final CointegrationNodeModel model) {
        return new ResultsNodeView<>(model, model::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CointegrationNodeDialog();
    }
}
