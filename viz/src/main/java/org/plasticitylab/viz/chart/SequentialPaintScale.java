package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A single-hue paint scale from light to dark blue: it reads in greyscale and for every kind of
 * colour vision, and light-to-dark maps low-to-high without a legend lookup.
 */
final class SequentialPaintScale implements PaintScale {
    private static final Color LOW = new Color(0xDE, 0xEB, 0xF7);
    private static final Color HIGH = new Color(0x08, 0x30, 0x6B);
    private final double lower;
    private final double upper;

    SequentialPaintScale(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException(
                    "upper must be > lower (" + lower + "), was " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    /** A scale over the values' range, widened a little when all values are equal. */
    static SequentialPaintScale spanning(double min, double max) {
        return max > min ? new SequentialPaintScale(min, max)
                : new SequentialPaintScale(min - 0.5, max + 0.5);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        return new Color(mix(LOW.getRed(), HIGH.getRed(), f), mix(LOW.getGreen(), HIGH.getGreen(),
                f), mix(LOW.getBlue(), HIGH.getBlue(), f));
    }

    /** Whether text on a cell of this value should be white rather than black. */
    boolean isDark(double value) {
        return (value - lower) / (upper - lower) > 0.5;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
