package org.plasticitylab.viz.data;

import java.util.List;
import java.util.Arrays;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Sweep results as JFreeChart datasets; pure functions. */
public final class SweepData {
    private SweepData() {
    }

    /**
     * One interval series per curve: mean with its 95 % band at each x.
     *
     * @param curves the curves, in legend order
     * @return one series per curve, keyed by the curve's name
     */
    public static YIntervalSeriesCollection bands(List<SweepCurve> curves) {
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        for (SweepCurve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.name());
            for (SweepPoint p : c.points()) {
                s.add(p.x(), p.mean(), p.low(), p.high());
            }
            out.addSeries(s);
        }
        return out;
    }

    /**
     * The cells as one x, y, z series named {@code key}, with x and y replaced by their index
     * among the distinct values ({@link #distinctX}, {@link #distinctY}): every cell is then
     * 1 x 1 and centred on its label, whatever the spacing of the swept values.
     *
     * @param cells the cells of the sweep
     * @param key the series key
     * @return a dataset with one series
     */
    public static DefaultXYZDataset grid(List<SweepCell> cells, String key) {
        return grid(cells, key, distinctX(cells), distinctY(cells));
    }

    /**
     * The cells as one x, y, z series named {@code key}, with x and y replaced by their index
     * among the swept values {@code xs} and {@code ys}: a grid with cells left out (an outcome
     * no run of that setting has) keeps every row and column.
     *
     * @param cells the cells of the sweep, each at one of the swept values
     * @param key the series key
     * @param xs every swept value of the first parameter, increasing
     * @param ys every swept value of the second parameter, increasing
     * @return a dataset with one series
     * @throws IllegalArgumentException if a cell is not at one of the swept values
     */
    public static DefaultXYZDataset grid(List<SweepCell> cells, String key, double[] xs,
            double[] ys) {
        for (SweepCell c : cells) {
            if (Arrays.binarySearch(xs, c.x()) < 0 || Arrays.binarySearch(ys, c.y()) < 0) {
                throw new IllegalArgumentException("cell (" + c.x() + ", " + c.y()
                        + ") is not at a swept value");
            }
        }
        double[][] data = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            data[0][i] = Arrays.binarySearch(xs, cells.get(i).x());
            data[1][i] = Arrays.binarySearch(ys, cells.get(i).y());
            data[2][i] = cells.get(i).value();
        }
        DefaultXYZDataset out = new DefaultXYZDataset();
        out.addSeries(key, data);
        return out;
    }

    /**
     * The distinct x values of the cells, increasing.
     *
     * @param cells the cells of the sweep
     * @return the values, without repeats
     */
    public static double[] distinctX(List<SweepCell> cells) {
        return cells.stream().mapToDouble(SweepCell::x).distinct().sorted().toArray();
    }

    /**
     * The distinct y values of the cells, increasing.
     *
     * @param cells the cells of the sweep
     * @return the values, without repeats
     */
    public static double[] distinctY(List<SweepCell> cells) {
        return cells.stream().mapToDouble(SweepCell::y).distinct().sorted().toArray();
    }
}
