package org.tradeecon.knime.nodes.resultcheck;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Expected Results Check node (description: ResultCheckNodeFactory.xml). */
public final class ResultCheckNodeFactory extends DialogOnlyNodeFactory<ResultCheckNodeModel> {
    @Override
    public ResultCheckNodeModel createNodeModel() {
        return new ResultCheckNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ResultCheckNodeDialog();
    }
}
