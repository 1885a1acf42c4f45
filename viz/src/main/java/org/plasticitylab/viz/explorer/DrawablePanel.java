package org.plasticitylab.viz.explorer;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import javax.swing.JPanel;
import org.jfree.chart.ui.Drawable;

/** Shows a figure that is not a single chart (e.g. small multiples), scaled to the panel. */
final class DrawablePanel extends JPanel {
    private transient Drawable figure;

    DrawablePanel(Drawable figure) {
        this.figure = figure;
    }

    /** Shows {@code next} instead, e.g. the same figure with newer data; null shows nothing. */
    void show(Drawable next) {
        figure = next;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (figure == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            figure.draw(g2, new Rectangle2D.Double(0, 0, getWidth(), getHeight()));
        } finally {
            g2.dispose();
        }
    }
}
