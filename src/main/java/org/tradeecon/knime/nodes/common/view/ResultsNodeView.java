package org.tradeecon.knime.nodes.common.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.function.Supplier;

import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * The classic KNIME view of an analysis node: a chooser of pages (one per tested series or model) and the chosen
 * page's text and charts. It shows what the model's {@link ViewContent} holds, so it works right after execute
 * and after the workflow is reopened; before an execution KNIME's "no data" label is shown.
 *
 * @param <M> the node model
 */
public final class ResultsNodeView<M extends NodeModel> extends NodeView<M> {
    private final Supplier<ViewContent> m_content;
    private final JComboBox<String> m_chooser = new JComboBox<>();
    private final PagePanel m_page = new PagePanel();
    private ViewContent m_shown = ViewContent.EMPTY;

    /**
     * @param model the node model
     * @param content reads the model's current view content
     */
    public ResultsNodeView(final M model, final Supplier<ViewContent> content) {
        super(model);
        m_content = content;
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Show:"));
        top.add(m_chooser);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(top, BorderLayout.NORTH);
        panel.add(m_page, BorderLayout.CENTER);
        m_chooser.addActionListener(e -> showChosen());
        setComponent(panel);
        modelChanged();
    }

    @Override
    protected void modelChanged() {
        m_shown = m_content.get();
        m_chooser.removeAllItems();
        for (ViewPage p : m_shown.pages()) {
            m_chooser.addItem(p.title());
        }
        m_chooser.setVisible(m_shown.pages().size() > 1);
        setShowNODATALabel(m_shown.isEmpty());
        showChosen();
    }

    private void showChosen() {
        int i = m_chooser.getSelectedIndex();
        m_page.show(i >= 0 && i < m_shown.pages().size() ? m_shown.pages().get(i) : null);
    }

    /** @return the page on screen, or null (for tests) */
    public ViewPage shownPage() {
        return m_page.m_page;
    }

    /** @return the pages the chooser offers (for tests) */
    public int pageCount() {
        return m_chooser.getItemCount();
    }

    /** Selects a page by its position (for tests and screenshots). */
    public void choosePage(final int index) {
        m_chooser.setSelectedIndex(index);
    }

    @Override
    protected void onOpen() {
        // nothing to start: the content is drawn on demand
    }

    @Override
    protected void onClose() {
        // nothing to release
    }

    /** Paints one page, scaled to the space the view window gives it. */
    static final class PagePanel extends JComponent {
        private static final long serialVersionUID = 1L;
        private transient ViewPage m_page;

        PagePanel() {
            setPreferredSize(new Dimension(960, 720));
        }

        void show(final ViewPage page) {
            m_page = page;
            repaint();
        }

        @Override
        protected void paintComponent(final Graphics g) {
            if (m_page != null) {
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    FigurePainter.paintPage(m_page, g2, getWidth(), getHeight());
                } finally {
                    g2.dispose();
                }
            }
        }
    }
}
