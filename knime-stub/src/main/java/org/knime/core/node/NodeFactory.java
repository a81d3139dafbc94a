package org.knime.core.node;

/**
 * Stand-in: creates a node's model, views and dialog. KNIME reads the description from
 * {@code <FactorySimpleName>.xml} beside the factory class (not modelled here; PluginXmlConsistencyTest checks it).
 */
public abstract class NodeFactory<T extends NodeModel> {
    /** Node type (sets the node's colour in KNIME). */
    public enum NodeType {
        Source, Sink, Learner, Predictor, Manipulator, Visualizer, Widget, Meta, LoopStart, LoopEnd, ScopeStart,
        ScopeEnd, QuickForm, Configuration, Other, Missing, Unknown, Subnode, VirtualIn, VirtualOut, Container
    }

    protected NodeFactory() {
    }

    protected NodeFactory(final boolean lazyInitialization) {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
