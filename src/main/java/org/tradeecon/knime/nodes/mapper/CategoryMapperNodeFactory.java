package org.tradeecon.knime.nodes.mapper;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the High-Tech Category Mapper node (description: CategoryMapperNodeFactory.xml). */
public final class CategoryMapperNodeFactory extends ViewedNodeFactory<CategoryMapperNodeModel> {
    @Override
    public CategoryMapperNodeModel createNodeModel() {
        return new CategoryMapperNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CategoryMapperNodeDialog();
    }
}
