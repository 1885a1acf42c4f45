package org.plasticitylab.viz.data;

import java.util.List;

/**
 * One outcome of a sweep over one parameter, e.g. "positive recall at day 84" against dose.
 *
 * @param name legend name
 * @param points points in increasing {@code x}
 */
public record SweepCurve(String name, List<SweepPoint> points) {
    /**
     * Checks the name and copies the points.
     *
     * @param name legend name
     * @param points points in increasing {@code x}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public SweepCurve {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
        }
        points = List.copyOf(points);
    }
}
