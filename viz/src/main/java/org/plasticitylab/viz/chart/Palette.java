package org.plasticitylab.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plasticitylab.metrics.Column;

/**
 * What each colour means, the same in every chart and in the network view, from the
 * colour-blind-safe Okabe-Ito set: orange is the drug, sky blue its NMDA occupancy, blue
 * plasticity, bluish green the positive pattern and what trains it (therapy, positive recall),
 * vermillion the negative pattern, reddish purple mood, black the whole network. The four
 * regions are told apart by dash pattern in grey, never by a colour that means something else.
 * Okabe-Ito has no colour left for synapses forming and being pruned in the network view, so
 * those two take the dark indigo and wine of Paul Tol's colour-blind-safe "muted" set (Tol
 * 2021), far from every colour above; pruned ones are also drawn dashed, so they never depend
 * on colour alone.
 */
public final class Palette {
    /** The drug: its concentration and the dose marks. */
    public static final Color DRUG = SlideTheme.ORANGE;
    /** NMDA-receptor occupancy, the drug's effect. */
    public static final Color OCCUPANCY = SlideTheme.SKY;
    /** The plasticity state P. */
    public static final Color PLASTICITY = SlideTheme.BLUE;
    /** The positive pattern and what trains it: therapy, positive recall, staying well. */
    public static final Color POSITIVE = SlideTheme.GREEN;
    /** The negative pattern: negative recall, relapse. */
    public static final Color NEGATIVE = SlideTheme.VERMILLION;
    /** The mood index. */
    public static final Color MOOD = SlideTheme.PURPLE;
    /** The whole network: density over all regions, mean activity. */
    public static final Color NETWORK = SlideTheme.BLACK;
    /** A unit's activity in the network view (Okabe-Ito yellow, used for nothing else). */
    public static final Color ACTIVITY = new Color(0xF0E442);
    /** A synapse that has just formed, in the network view (Tol's muted indigo). */
    public static final Color SYNAPSE_FORMED = new Color(0x332288);
    /** A synapse that has just been pruned, fading out dashed in the network view (Tol's wine). */
    public static final Color SYNAPSE_PRUNED = new Color(0x882255);
    /** One region of the network; regions differ by {@link #regionStroke}. */
    public static final Color REGION = new Color(0x666666);
    private static final float[][] REGION_DASHES = {{10f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f},
        {18f, 6f}};

    private Palette() {
    }

    /**
     * The line of one of the four regions (executive, mood, reward, memory).
     *
     * @param region 0..3
     * @return its dashed stroke
     */
    public static Stroke regionStroke(int region) {
        return new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                REGION_DASHES[region], 0f);
    }

    /**
     * The colour of a metric, as the story chart draws it.
     *
     * @param metric one of the story chart's metrics
     * @return its colour
     * @throws IllegalArgumentException for a metric the story chart does not draw in one colour
     */
    public static Color of(Column metric) {
        return switch (metric) {
            case DRUG_MG_PER_L -> DRUG;
            case NMDA_OCCUPANCY -> OCCUPANCY;
            case PLASTICITY -> PLASTICITY;
            case SYNAPSE_DENSITY -> NETWORK;
            case POSITIVE_RECALL -> POSITIVE;
            case NEGATIVE_RECALL -> NEGATIVE;
            case MOOD_INDEX -> MOOD;
            default -> throw new IllegalArgumentException("metric has no colour of its own, was "
                    + metric);
        };
    }

    /**
     * Each colour and its meaning, in words, for a key.
     *
     * @return meaning by colour, in a fixed order
     */
    public static Map<String, Color> meanings() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("drug and doses", DRUG);
        m.put("NMDA occupancy", OCCUPANCY);
        m.put("plasticity P", PLASTICITY);
        m.put("positive pattern, therapy", POSITIVE);
        m.put("negative pattern", NEGATIVE);
        m.put("mood", MOOD);
        m.put("whole network, its synapses", NETWORK);
        m.put("one region (dashes)", REGION);
        m.put("a unit's activity (network view)", ACTIVITY);
        m.put("synapse just formed (network view)", SYNAPSE_FORMED);
        m.put("synapse just pruned (dashed, network view)", SYNAPSE_PRUNED);
        return m;
    }
}
