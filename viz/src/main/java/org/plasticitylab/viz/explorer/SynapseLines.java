package org.plasticitylab.viz.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import org.plasticitylab.viz.chart.Palette;

/**
 * Draws the sampled synapses of the network view as lines between the centres of their two
 * units: a synapse that is there in the network's black, fainter the weaker it is so the units
 * stay readable (a stored pattern's strong synapses stand out); one just formed thick in
 * {@link Palette#SYNAPSE_FORMED}, settling to black as it ages; one just pruned dashed in
 * {@link Palette#SYNAPSE_PRUNED}, fading out. Colours are made once per stage, so a picture
 * allocates nothing per line. Line widths follow the font, so projector mode thickens them.
 */
final class SynapseLines {
    private static final Color THERE = new Color(0, 0, 0, 50);
    /** A synapse that is there, fainter the weaker it is (by stage of relative weight). */
    private static final Color[] THERE_BY_WEIGHT = fading(Palette.NETWORK, THERE.getAlpha(), 170);
    private static final Color[] FORMED = fading(Palette.SYNAPSE_FORMED, THERE.getAlpha(), 255);
    private static final Color[] PRUNED = fading(Palette.SYNAPSE_PRUNED, 0, 255);
    private static final float NORMAL_FONT = 12f;
    private static final int KEY_SWATCH = 34;
    /** Pixels between a swatch and its text; three times that between items. */
    private static final int KEY_SPACE = 6;
    private final NetworkLayout at;
    private final Stroke there;
    private final Stroke formed;
    private final Stroke pruned;

    SynapseLines(NetworkLayout at, float fontSize) {
        this.at = at;
        float scale = Math.max(1, fontSize / NORMAL_FONT);
        this.there = new BasicStroke(scale);
        this.formed = new BasicStroke(3 * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        this.pruned = new BasicStroke(2.5f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6 * scale, 4 * scale}, 0f);
    }

    /** The lines of every sampled synapse that is there or changed lately. */
    void paint(Graphics2D g, SynapseSample sample, SynapseTurnover turnover) {
        if (sample == null || turnover.size() != sample.size()) {
            return;
        }
        g.setStroke(there);
        for (int i = 0; i < sample.size(); i++) {
            if (turnover.present(i) && turnover.freshness(i) <= 0) {
                g.setColor(THERE_BY_WEIGHT[stage(sample.relativeWeight(i))]);
                line(g, sample, i);
            }
        }
        for (boolean showFormed : new boolean[] {false, true}) {
            g.setStroke(showFormed ? formed : pruned);
            Color[] colours = showFormed ? FORMED : PRUNED;
            for (int i = 0; i < sample.size(); i++) {
                if (turnover.present(i) == showFormed && turnover.freshness(i) > 0) {
                    g.setColor(colours[stage(turnover.freshness(i))]);
                    line(g, sample, i);
                }
            }
        }
    }

    /**
     * The key of the lines, one row at baseline {@code y}: what each kind means and how many,
     * in a smaller font if it would not fit in {@code width} pixels.
     */
    void paintKey(Graphics2D g, SynapseTurnover turnover, int x, int y, int width) {
        String[] texts = keyTexts(turnover);
        int swatches = texts.length * (KEY_SWATCH + KEY_SPACE * 4);
        int words = 0;
        for (String t : texts) {
            words += g.getFontMetrics().stringWidth(t);
        }
        if (swatches + words > width) {
            // Only the words shrink; the swatches keep their length.
            g.setFont(g.getFont().deriveFont(g.getFont().getSize2D()
                    * Math.max(1, width - swatches) / words));
        }
        int mid = y - g.getFontMetrics().getAscent() / 3;
        x = keyItem(g, x, y, mid, there, Palette.NETWORK, texts[0]);
        x = keyItem(g, x, y, mid, formed, Palette.SYNAPSE_FORMED, texts[1]);
        keyItem(g, x, y, mid, pruned, Palette.SYNAPSE_PRUNED, texts[2]);
    }

    private static String[] keyTexts(SynapseTurnover turnover) {
        return new String[] {turnover.size() + " sampled slots: " + turnover.there()
                + " synapses", "just formed: " + turnover.marked(true),
                "just pruned: " + turnover.marked(false)};
    }

    private int keyItem(Graphics2D g, int x, int y, int mid, Stroke stroke, Color colour,
            String text) {
        g.setStroke(stroke);
        g.setColor(colour);
        g.drawLine(x, mid, x + KEY_SWATCH, mid);
        g.setColor(Color.BLACK);
        g.drawString(text, x + KEY_SWATCH + KEY_SPACE, y);
        return x + KEY_SWATCH + KEY_SPACE + g.getFontMetrics().stringWidth(text) + KEY_SPACE * 3;
    }

    private void line(Graphics2D g, SynapseSample sample, int i) {
        int half = at.cell() / 2;
        g.drawLine(at.cellX(sample.pre(i)) + half, at.cellY(sample.pre(i)) + half,
                at.cellX(sample.post(i)) + half, at.cellY(sample.post(i)) + half);
    }

    /** The stage of a value in [0, 1]: 0 to {@link SynapseTurnover#FADE_PICTURES}. */
    private static int stage(double fraction) {
        return (int) Math.round(fraction * SynapseTurnover.FADE_PICTURES);
    }

    /** The colour at each stage, from alpha {@code low} (stage 0) to {@code high}. */
    private static Color[] fading(Color c, int low, int high) {
        Color[] out = new Color[SynapseTurnover.FADE_PICTURES + 1];
        for (int stage = 0; stage < out.length; stage++) {
            int alpha = low + (high - low) * stage / SynapseTurnover.FADE_PICTURES;
            out[stage] = new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
        }
        return out;
    }
}
