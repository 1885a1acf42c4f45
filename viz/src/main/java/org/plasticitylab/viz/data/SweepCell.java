package org.plasticitylab.viz.data;

/**
 * One cell of a sweep over two parameters: the mean outcome at ({@code x}, {@code y}).
 *
 * @param x value of the first varied parameter
 * @param y value of the second varied parameter
 * @param value mean outcome over the seeds
 */
public record SweepCell(double x, double y, double value) {
    /**
     * Checks the values.
     *
     * @param x value of the first varied parameter
     * @param y value of the second varied parameter
     * @param value mean outcome over the seeds
     * @throws IllegalArgumentException if {@code x}, {@code y} or {@code value} is not finite
     */
    public SweepCell {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "x, y and value must be finite, were " + x + ", " + y + ", " + value);
        }
    }
}
