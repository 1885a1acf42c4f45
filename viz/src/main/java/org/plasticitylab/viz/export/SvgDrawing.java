package org.plasticitylab.viz.export;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One chart drawn into an SVG tree by Apache Batik's SVG generator (Apache-2.0), with text kept
 * as text and ids that depend only on the drawing (so the same chart gives the same file).
 */
final class SvgDrawing {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int DEFAULT_FONT_SIZE_PT = 12;

    private final SVGGraphics2D g2;
    private final Element root;

    private SvgDrawing(Drawable chart, int widthPx, int heightPx, String idPrefix) {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(newDocument());
        context.setIDGenerator(new PrefixedIds(idPrefix));
        context.setComment(null);
        context.setGraphicContextDefaults(sansSerifDefaults());
        g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(widthPx, heightPx));
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        root = g2.getRoot();
        prefixFixedIds(idPrefix);
    }

    /**
     * The chart as a standalone SVG document with a fixed size.
     *
     * @param chart the chart to draw
     * @param widthPx width in user units
     * @param heightPx height in user units
     * @return the document, XML declaration and document type first
     */
    static String document(Drawable chart, int widthPx, int heightPx) {
        return new SvgDrawing(chart, widthPx, heightPx, "").text();
    }

    /**
     * The chart as an {@code svg} element to inline in HTML: a view box instead of a fixed size,
     * and every id inside prefixed so that several charts can share a page.
     *
     * @param chart the chart to draw
     * @param widthPx view box width
     * @param heightPx view box height
     * @param id the element's id and the prefix of the ids inside it
     * @return the element as text
     */
    static String element(Drawable chart, int widthPx, int heightPx, String id) {
        SvgDrawing drawing = new SvgDrawing(chart, widthPx, heightPx, id + "-");
        drawing.root.setAttribute("id", id);
        drawing.root.setAttribute("viewBox", "0 0 " + widthPx + " " + heightPx);
        drawing.root.removeAttribute("width");
        drawing.root.removeAttribute("height");
        String document = drawing.text();
        return document.substring(document.indexOf("<svg"));
    }

    /** Batik gives its shared definitions the same id in every drawing. */
    private void prefixFixedIds(String idPrefix) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.hasAttribute("id")
                    && !element.getAttribute("id").startsWith(idPrefix)) {
                element.setAttribute("id", idPrefix + element.getAttribute("id"));
            }
        }
    }

    private String text() {
        StringWriter out = new StringWriter();
        try {
            g2.stream(root, out, false, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException("could not write the SVG to memory", e);
        } finally {
            g2.dispose();
        }
        return out.toString();
    }

    /** Sans-serif on the root element too, where Batik would name the JDK's "Dialog" font. */
    private static SVGGeneratorContext.GraphicContextDefaults sansSerifDefaults() {
        SVGGeneratorContext.GraphicContextDefaults defaults =
                new SVGGeneratorContext.GraphicContextDefaults();
        defaults.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, DEFAULT_FONT_SIZE_PT));
        return defaults;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    /** Batik's ids ({@code clipPath1}, ...) behind a fixed prefix. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }
}
