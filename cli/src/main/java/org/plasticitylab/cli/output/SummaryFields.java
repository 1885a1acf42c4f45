package org.plasticitylab.cli.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.io.Keys;

/** The outcomes of a {@link Summary} as named numbers, in record order, for every table. */
public final class SummaryFields {
    /** Whether a run had a response: not a field of the summary, derived from its response day. */
    public static final String RESPONDED = "responded";
    /** snake_case names, e.g. {@code peak_plasticity}. */
    public static final List<String> NAMES = names();
    /**
     * The outcomes that can be NaN, where they do not apply to a run: no response, no relapse,
     * no probe after the first treatment, a run that ends before its course does.
     */
    public static final List<String> MAY_BE_MISSING = List.of("response_day",
            "peak_improvement", "peak_improvement_day", "relapse_day", "days_to_relapse",
            "improvement_end_of_course");

    private SummaryFields() {
    }

    /**
     * The values in the order of {@link #NAMES}.
     *
     * @param summary the outcomes of a run
     * @return one value per name
     */
    public static List<Double> values(Summary summary) {
        List<Double> values = new ArrayList<>();
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            try {
                values.add((Double) c.getAccessor().invoke(summary));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read Summary." + c.getName(), e);
            }
        }
        return values;
    }

    /**
     * The summary with these values, in the order of {@link #NAMES}: the inverse of
     * {@link #values}, for summaries read back from files.
     *
     * @param values one value per name, in the order of {@link #NAMES}
     * @return the summary
     * @throws IllegalArgumentException if the number of values does not match
     */
    public static Summary summary(List<Double> values) {
        RecordComponent[] components = Summary.class.getRecordComponents();
        if (values.size() != components.length) {
            throw new IllegalArgumentException("a summary has " + components.length
                    + " values, was " + values.size());
        }
        Class<?>[] types = new Class<?>[components.length];
        Arrays.fill(types, double.class);
        try {
            return Summary.class.getDeclaredConstructor(types).newInstance(values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a Summary", e);
        }
    }

    /**
     * The values an outcome can take, for bounding its intervals: recalls, densities,
     * occupancy and {@value #RESPONDED} 0..1, the mood index 0..100, plasticity from 0, days from
     * 0 to the end; any other outcome (the improvements among them) is left unbounded, so a new
     * one is never clipped by a guess.
     *
     * @param name a name of {@link #NAMES}
     * @param endDay the day the runs end
     * @return the smallest and the largest possible value
     * @throws IllegalArgumentException if there is no outcome of that name
     */
    public static double[] range(String name, double endDay) {
        if (name.equals(RESPONDED)) {
            return new double[] {0, 1};
        }
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no outcome named \"" + name + "\"");
        }
        if (name.endsWith("_day") || name.startsWith("days_")) {
            return new double[] {0, endDay};
        }
        if (name.startsWith("mood_index")) {
            return new double[] {0, 100};
        }
        if (name.equals("peak_plasticity")) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        if (name.contains("recall") || name.startsWith("density") || name.endsWith("occupancy")) {
            return new double[] {0, 1};
        }
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            names.add(Keys.snake(c.getName()));
        }
        return List.copyOf(names);
    }
}
