package org.plasticitylab.viz.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Arrays;
import javax.swing.JPanel;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.viz.chart.Palette;
import org.plasticitylab.viz.data.UnitSynapses;

/**
 * A live picture of the network: its four regions as blocks of units, each unit shaded by the
 * synapses it receives (present synapses' weight; a pruned unit fades), lit in yellow by its
 * activity (a square growing with its rate), the members of the negative and positive patterns
 * ringed in their colours, a fixed sample of synapses as lines between units ({@link
 * SynapseLines}: new ones flash, lost ones fade), and per region the synapses gained and lost
 * since the last picture. Painting is a few thousand shapes, smooth at 400 units.
 */
final class NetworkView extends JPanel {
    private static final String[] REGION_NAMES = {"executive", "mood", "reward", "memory"};
    private static final Color DARK = new Color(0xF4F4F4);
    private static final Color LIT = Palette.NETWORK;
    /** Rates below this (a silent unit's background firing) are not drawn. */
    private static final double MIN_SHOWN_RATE = 0.05;
    /** Header height in lines of the panel's font: the title and the key of the lines. */
    private static final double HEADER_LINES = 5.5;
    private final SynapseTurnover turnover = new SynapseTurnover();
    private SynapseSample sample;
    private NetworkSnapshot shown;
    private double[] strength = new double[0];
    private double[] rates = new double[0];
    private int[] perRegion = new int[0];
    private int[] change = new int[UnitSynapses.REGIONS];
    private int[] negative = new int[0];
    private int[] positive = new int[0];
    private int regionSize = 1;
    private double reference;
    private String day = "";

    NetworkView() {
        setBackground(Color.WHITE);
        setToolTipText("<html>The network now: four regions of units. A unit is darker the more"
                + " synapse it receives;<br>a yellow square shows how active it is (bigger ="
                + " firing faster);<br>vermillion rings = negative pattern, green rings ="
                + " positive pattern;<br>grey lines = a fixed sample of synapses inside each"
                + " region: indigo = just formed,<br>dashed wine = just pruned (fading out);"
                + "<br>+/- = synapses gained and lost per region since the last picture.</html>");
    }

    /**
     * Shows {@code s} with the units' rates {@code ratesNow} and the sampled synapses {@code
     * synapses}, taken on {@code dayNow}. Units are shaded relative to the strongest unit of
     * the first picture shown (about day 0), so pruning shows as units fading; a sampled
     * synapse that appeared or went since the last picture is marked. Shown again, the same
     * snapshot is a repaint, not a new picture.
     */
    void show(NetworkSnapshot s, double[] ratesNow, SynapseSample synapses, String dayNow) {
        if (s == shown) {
            // The same moment again (a pause, an edit): the changes since the last one stay.
            repaint();
            return;
        }
        shown = s;
        rates = ratesNow.clone();
        int[] counts = UnitSynapses.perRegion(s);
        if (perRegion.length == counts.length) {
            for (int r = 0; r < counts.length; r++) {
                change[r] = counts[r] - perRegion[r];
            }
        } else {
            Arrays.fill(change, 0);
        }
        perRegion = counts;
        strength = UnitSynapses.strength(s);
        if (reference == 0) {
            reference = Arrays.stream(strength).max().orElse(0);
        }
        sample = synapses;
        turnover.update(synapses);
        negative = s.negativeMembers();
        positive = s.positiveMembers();
        regionSize = s.regionSize();
        day = dayNow;
        repaint();
    }

    /**
     * Forgets the pictures shown, as when the run restarts: the next picture is a first one,
     * with no change marked and the units shaded relative to it.
     */
    void forget() {
        turnover.forget();
        sample = null;
        shown = null;
        strength = new double[0];
        perRegion = new int[0];
        reference = 0;
        day = "";
        repaint();
    }

    /** The sampled synapses as of the latest picture, with their recent changes. */
    SynapseTurnover turnover() {
        return turnover;
    }

    /** Where units go at the panel's size and font. */
    NetworkLayout layoutNow() {
        return new NetworkLayout(getWidth(), getHeight(), regionSize,
                (int) Math.round(getFont().getSize2D() * HEADER_LINES));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paintNetwork(g2);
        } finally {
            g2.dispose();
        }
    }

    private void paintNetwork(Graphics2D g) {
        Font base = getFont();
        float size = base.getSize2D();
        int width = getWidth() - 2 * NetworkLayout.MARGIN;
        String title = strength.length == 0 ? "Press Play or Step to see the network."
                : "The network on " + day + " - " + strength.length + " units";
        g.setFont(fitted(g, base.deriveFont(Font.BOLD, size * 1.5f), title, width));
        g.setColor(Color.BLACK);
        g.drawString(title, NetworkLayout.MARGIN, Math.round(size * 2.2f));
        if (strength.length == 0) {
            return;
        }
        NetworkLayout at = layoutNow();
        SynapseLines lines = new SynapseLines(at, size);
        g.setFont(base.deriveFont(size * 1.1f));
        lines.paintKey(g, turnover, NetworkLayout.MARGIN, Math.round(size * 4.2f), width);
        int cell = at.cell();
        Font label = base.deriveFont(Font.BOLD, size * 1.2f);
        for (int r = 0; r < UnitSynapses.REGIONS; r++) {
            // The change since the last picture, as the tooltip says; "since day x" made the
            // labels run into each other in projector mode.
            String text = REGION_NAMES[r] + ": " + perRegion[r] + " synapses ("
                    + (change[r] >= 0 ? "+" : "") + change[r] + ")";
            g.setFont(fitted(g, label, text, at.blockWidth()));
            g.setColor(Color.BLACK);
            g.drawString(text, at.blockX(r), at.blockY(r) + at.labelHeight() - 8);
        }
        int units = Math.min(strength.length, UnitSynapses.REGIONS * regionSize);
        for (int u = 0; u < units; u++) {
            g.setColor(blend(reference == 0 ? 0 : Math.min(1, strength[u] / reference)));
            g.fillRect(at.cellX(u) + 1, at.cellY(u) + 1, cell - 2, cell - 2);
        }
        // Lines over the shading but under activity and rings, which stay readable on top.
        lines.paint(g, sample, turnover);
        boolean[] neg = members(negative);
        boolean[] pos = members(positive);
        g.setStroke(new BasicStroke(Math.max(1.5f, cell / 8f)));
        for (int u = 0; u < units; u++) {
            int x = at.cellX(u);
            int y = at.cellY(u);
            double rate = u < rates.length ? rates[u] : 0;
            if (rate > MIN_SHOWN_RATE) {
                int lit = Math.max(2, (int) Math.round((cell - 4) * Math.sqrt(rate)));
                int inset = (cell - lit) / 2;
                g.setColor(Palette.ACTIVITY);
                g.fillRect(x + inset, y + inset, lit, lit);
            }
            if (neg[u] || pos[u]) {
                g.setColor(neg[u] ? Palette.NEGATIVE : Palette.POSITIVE);
                g.drawOval(x + 2, y + 2, cell - 4, cell - 4);
            }
        }
    }

    /** {@code f}, made smaller if need be so that {@code text} fits in {@code width} pixels. */
    private static Font fitted(Graphics2D g, Font f, String text, int width) {
        int needed = g.getFontMetrics(f).stringWidth(text);
        return needed <= width ? f : f.deriveFont(f.getSize2D() * width / needed);
    }

    private boolean[] members(int[] units) {
        boolean[] out = new boolean[strength.length];
        for (int u : units) {
            if (u < out.length) {
                out[u] = true;
            }
        }
        return out;
    }

    private static Color blend(double lit) {
        return new Color((int) (DARK.getRed() + (LIT.getRed() - DARK.getRed()) * lit),
                (int) (DARK.getGreen() + (LIT.getGreen() - DARK.getGreen()) * lit),
                (int) (DARK.getBlue() + (LIT.getBlue() - DARK.getBlue()) * lit));
    }
}
