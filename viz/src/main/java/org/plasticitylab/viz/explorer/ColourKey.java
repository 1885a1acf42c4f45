package org.plasticitylab.viz.explorer;

import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.plasticitylab.viz.chart.Palette;

/** The colour key beside the chart: each colour of {@link Palette} and its one meaning. */
final class ColourKey extends JPanel {
    private static final int SWATCH_WIDTH = 28;
    private static final int SWATCH_HEIGHT = 6;

    ColourKey() {
        super(new GridLayout(0, 1, 0, 2));
        setBorder(BorderFactory.createTitledBorder("Colours"));
        setToolTipText("Each colour means one thing in every chart and in the network view");
        Palette.meanings().forEach((meaning, colour) -> {
            BufferedImage swatch = new BufferedImage(SWATCH_WIDTH, SWATCH_HEIGHT,
                    BufferedImage.TYPE_INT_RGB);
            var g = swatch.createGraphics();
            g.setColor(colour);
            g.fillRect(0, 0, SWATCH_WIDTH, SWATCH_HEIGHT);
            g.dispose();
            add(new JLabel(meaning, new ImageIcon(swatch), JLabel.LEFT));
        });
    }
}
