package org.plasticitylab.viz.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.files.AtomicFiles;

/**
 * Draws charts (any {@link Drawable}: a {@code JFreeChart} or a composite figure) to images and
 * files without a window. Files are written atomically: to a temporary file in the same folder,
 * then moved over the target, so a reader never sees half a chart.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /**
     * The chart drawn on a white, anti-aliased image of the given size.
     *
     * @param chart the chart or composite figure to draw
     * @param widthPx image width in pixels
     * @param heightPx image height in pixels
     * @return a new RGB image holding the chart
     */
    public static BufferedImage image(Drawable chart, int widthPx, int heightPx) {
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, widthPx, heightPx);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        } finally {
            g2.dispose();
        }
        return img;
    }

    /**
     * The chart as an SVG document of the given size.
     *
     * @param chart the chart or composite figure to draw
     * @param widthPx document width in user units
     * @param heightPx document height in user units
     * @return the complete SVG document, with XML declaration
     */
    public static String svg(Drawable chart, int widthPx, int heightPx) {
        return SvgDrawing.document(chart, widthPx, heightPx);
    }

    /**
     * The chart as an SVG element for inlining in HTML: no XML declaration, a view box instead
     * of a fixed size (so CSS can scale it), and ids prefixed with {@code id} so that several
     * charts can share one page.
     *
     * @param chart the chart or composite figure to draw
     * @param widthPx view box width
     * @param heightPx view box height
     * @param id id of the {@code svg} element and prefix of the ids inside it
     * @return the {@code svg} element as text
     */
    public static String svgElement(Drawable chart, int widthPx, int heightPx, String id) {
        return SvgDrawing.element(chart, widthPx, heightPx, id);
    }

    /**
     * Writes the chart as a PNG file.
     *
     * @param chart the chart or composite figure to draw
     * @param file the file to write; replaced if it exists
     * @param widthPx image width in pixels
     * @param heightPx image height in pixels
     * @return the file written
     */
    public static Path writePng(Drawable chart, Path file, int widthPx, int heightPx) {
        BufferedImage img = image(chart, widthPx, heightPx);
        return AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /**
     * Writes the chart as an SVG file.
     *
     * @param chart the chart or composite figure to draw
     * @param file the file to write; replaced if it exists
     * @param widthPx document width in user units
     * @param heightPx document height in user units
     * @return the file written
     */
    public static Path writeSvg(Drawable chart, Path file, int widthPx, int heightPx) {
        return AtomicFiles.writeString(file, svg(chart, widthPx, heightPx));
    }

    /**
     * Writes the chart in the given format.
     *
     * @param chart the chart or composite figure to draw
     * @param file the file to write; replaced if it exists
     * @param format PNG or SVG
     * @param widthPx image width in pixels (SVG: user units)
     * @param heightPx image height in pixels (SVG: user units)
     * @return the file written
     */
    public static Path write(Drawable chart, Path file, ImageFormat format, int widthPx,
            int heightPx) {
        return switch (format) {
            case PNG -> writePng(chart, file, widthPx, heightPx);
            case SVG -> writeSvg(chart, file, widthPx, heightPx);
        };
    }
}
