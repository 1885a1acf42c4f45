package org.plasticitylab.viz.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * How charts are written.
 *
 * @param widthPx image width in pixels (SVG: user units)
 * @param heightPx image height in pixels
 * @param formats formats to write, at least one
 */
public record ChartOptions(int widthPx, int heightPx, Set<ImageFormat> formats) {
    /** Slide width: charts are styled for 1600 x 900. */
    public static final int DEFAULT_WIDTH_PX = 1600;
    /** Slide height. */
    public static final int DEFAULT_HEIGHT_PX = 900;
    /** Smallest side accepted; below it the slide fonts no longer fit. */
    public static final int MIN_SIDE_PX = 320;
    /** Largest side accepted, to keep images within memory. */
    public static final int MAX_SIDE_PX = 10_000;

    /**
     * Checks the sizes and copies the formats.
     *
     * @param widthPx image width in pixels (SVG: user units)
     * @param heightPx image height in pixels
     * @param formats formats to write, at least one
     * @throws IllegalArgumentException if a side is outside
     *     [{@value #MIN_SIDE_PX}, {@value #MAX_SIDE_PX}] or no format is given
     */
    public ChartOptions {
        checkSide("widthPx", widthPx);
        checkSide("heightPx", heightPx);
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("formats must name at least one format, was "
                    + formats);
        }
        formats = Set.copyOf(formats);
    }

    private static void checkSide(String name, int px) {
        if (px < MIN_SIDE_PX || px > MAX_SIDE_PX) {
            throw new IllegalArgumentException(name + " must be in [" + MIN_SIDE_PX + ", "
                    + MAX_SIDE_PX + "], was " + px);
        }
    }

    /**
     * PNG and SVG at 1600 x 900.
     *
     * @return the default options
     */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX,
                EnumSet.allOf(ImageFormat.class));
    }

    /**
     * The same formats at another size.
     *
     * @param newWidthPx image width in pixels
     * @param newHeightPx image height in pixels
     * @return new options; these are unchanged
     */
    public ChartOptions withSize(int newWidthPx, int newHeightPx) {
        return new ChartOptions(newWidthPx, newHeightPx, formats);
    }

    /**
     * The same size in the given formats only.
     *
     * @param newFormats formats to write, at least one
     * @return new options; these are unchanged
     */
    public ChartOptions withFormats(Set<ImageFormat> newFormats) {
        return new ChartOptions(widthPx, heightPx, newFormats);
    }
}
