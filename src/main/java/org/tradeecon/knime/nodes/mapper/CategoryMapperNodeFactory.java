package org.tradeecon.knime.nodes.mapper;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the High-Tech Category Mapper node (description: CategoryMapperNodeFactory.xml). */
public final class CategoryMapperNodeFactory extends NodeFactory<CategoryMapperNodeModel> {
    @Override
    public CategoryMapperNodeModel createNodeModel() {
        return new CategoryMapperNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<CategoryMapperNodeModel> createNodeView(final int viewIndex,
        final CategoryMapperNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CategoryMapperNodeDialog();
    }
}
