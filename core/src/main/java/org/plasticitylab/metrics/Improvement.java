package org.plasticitylab.metrics;

/**
 * The improvement {@code f(t) = (mood(t) - pre) / (healthy - pre)} of a series: 0 is the mood
 * just before the first treatment, 1 the healthy mood of day 0.
 */
public final class Improvement {
    private final TimeSeries series;
    private final double healthy;
    private final double pre;

    private Improvement(TimeSeries series, double healthy, double pre) {
        this.series = series;
        this.healthy = healthy;
        this.pre = pre;
    }

    /**
     * The improvement of a series against its mood at {@code preHours}.
     *
     * @param series the series, starting on day 0, with at least one row
     * @param preHours time of the pre-treatment mood (the last row at or before it is used)
     * @return the improvement
     * @throws IllegalArgumentException if the series is empty
     */
    public static Improvement of(TimeSeries series, double preHours) {
        if (series.rows() == 0) {
            throw new IllegalArgumentException("series must have at least one row, was empty");
        }
        return new Improvement(series, series.value(Column.MOOD_INDEX, 0),
                series.valueAt(Column.MOOD_INDEX, preHours));
    }

    /**
     * Mood index on day 0.
     *
     * @return the healthy mood
     */
    public double healthy() {
        return healthy;
    }

    /**
     * Mood index just before the first treatment.
     *
     * @return the pre-treatment mood
     */
    public double pre() {
        return pre;
    }

    /**
     * Improvement at a time; 0 if the healthy and the pre-treatment mood are equal.
     *
     * @param hours time in hours from day 0 (the last row at or before it is used)
     * @return {@code f}
     */
    public double atHours(double hours) {
        double gap = healthy - pre;
        if (gap == 0) {
            return 0;
        }
        return (series.valueAt(Column.MOOD_INDEX, hours) - pre) / gap;
    }

    /**
     * Improvement on the daily probe of a day.
     *
     * @param day whole day from day 0
     * @return {@code f} on that day
     */
    public double at(int day) {
        return atHours(day * 24.0);
    }

    /**
     * The last whole day the series covers.
     *
     * @return the day of the last daily probe
     */
    public int lastDay() {
        return (int) Math.floor(series.last(Column.TIME_H) / 24 + 1e-9);
    }
}
