package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * Small multiples: several charts in a grid under one title, with one shared legend and the
 * disclaimer once at the bottom. The legend takes the first free grid cell, or a strip above
 * the disclaimer when the grid is full. Draws like a chart, so it exports like one.
 */
public final class ChartGrid implements Drawable {
    private final Title title;
    private final List<JFreeChart> panels;
    private final int columns;
    private final Title legend;
    private static final RectangleInsets PADDING = new RectangleInsets(8, 12, 6, 16);
    private final Title footnote = SlideTheme.footnote();

    /**
     * @param title the figure's title
     * @param panels the charts, drawn row by row
     * @param columns charts per row, at least 1
     * @param legend the shared legend, or null for none
     */
    ChartGrid(Title title, List<JFreeChart> panels, int columns, Title legend) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels must hold at least one chart, was empty");
        }
        this.title = title;
        this.panels = List.copyOf(panels);
        this.columns = columns;
        this.legend = legend;
    }

    /**
     * The charts of the grid, row by row.
     *
     * @return an unmodifiable list of the panels
     */
    public List<JFreeChart> panels() {
        return panels;
    }

    /**
     * Number of charts per row.
     *
     * @return the number of columns
     */
    public int columns() {
        return columns;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        Rectangle2D rest = takeTop(g2, title, PADDING.createAdjustedRectangle(area,
                LengthAdjustmentType.CONTRACT, LengthAdjustmentType.CONTRACT));
        rest = takeBottom(g2, footnote, rest);
        int rows = (panels.size() + columns - 1) / columns;
        boolean legendInCell = legend != null && panels.size() < rows * columns;
        if (legend != null && !legendInCell) {
            rest = takeBottom(g2, legend, rest);
        }
        double w = rest.getWidth() / columns;
        double h = rest.getHeight() / rows;
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g2, cell(rest, i, w, h), null, null);
        }
        if (legendInCell) {
            Rectangle2D cell = cell(rest, panels.size(), w, h);
            Size2D size = legend.arrange(g2, constraint(cell));
            legend.draw(g2, new Rectangle2D.Double(cell.getCenterX() - size.width / 2,
                    cell.getCenterY() - size.height / 2, size.width, size.height));
        }
    }

    private Rectangle2D cell(Rectangle2D area, int index, double w, double h) {
        return new Rectangle2D.Double(area.getX() + (index % columns) * w,
                area.getY() + (index / columns) * h, w, h);
    }

    private static Rectangle2D takeTop(Graphics2D g2, Title t, Rectangle2D area) {
        Size2D size = t.arrange(g2, constraint(area));
        t.draw(g2, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), size.height));
        return new Rectangle2D.Double(area.getX(), area.getY() + size.height, area.getWidth(),
                area.getHeight() - size.height);
    }

    private static Rectangle2D takeBottom(Graphics2D g2, Title t, Rectangle2D area) {
        Size2D size = t.arrange(g2, constraint(area));
        double top = area.getMaxY() - size.height;
        t.draw(g2, new Rectangle2D.Double(area.getX(), top, area.getWidth(), size.height));
        return new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - size.height);
    }

    private static RectangleConstraint constraint(Rectangle2D area) {
        return new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight()));
    }
}
