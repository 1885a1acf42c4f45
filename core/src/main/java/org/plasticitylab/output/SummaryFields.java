package org.plasticitylab.output;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.plasticitylab.metrics.Summary;

/** The outcomes of a {@link Summary} as named numbers, in record order, for every table. */
public final class SummaryFields {
    /** Whether a run had a response: not a field of the summary, derived from its response day. */
    public static final String RESPONDED = "responded";
    /**
     * The components of {@link Summary} in record order, read without reflection so that the
     * browser build (TeaVM) can write {@code summary.json} too; a test checks the list against
     * the record.
     */
    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("peak_plasticity", Summary::peakPlasticity),
            new Outcome("peak_plasticity_day", Summary::peakPlasticityDay),
            new Outcome("peak_occupancy", Summary::peakOccupancy),
            new Outcome("density_start", Summary::densityStart),
            new Outcome("density_lowest", Summary::densityLowest),
            new Outcome("density_lowest_day", Summary::densityLowestDay),
            new Outcome("density_end", Summary::densityEnd),
            new Outcome("positive_recall_start", Summary::positiveRecallStart),
            new Outcome("positive_recall_end", Summary::positiveRecallEnd),
            new Outcome("negative_recall_start", Summary::negativeRecallStart),
            new Outcome("negative_recall_end", Summary::negativeRecallEnd),
            new Outcome("mood_index_start", Summary::moodIndexStart),
            new Outcome("mood_index_end", Summary::moodIndexEnd),
            new Outcome("end_day", Summary::endDay),
            new Outcome("response_day", Summary::responseDay),
            new Outcome("peak_improvement", Summary::peakImprovement),
            new Outcome("peak_improvement_day", Summary::peakImprovementDay),
            new Outcome("days_improved", Summary::daysImproved),
            new Outcome("relapse_day", Summary::relapseDay),
            new Outcome("days_to_relapse", Summary::daysToRelapse),
            new Outcome("improvement_end_of_course", Summary::improvementEndOfCourse),
            new Outcome("improvement_end", Summary::improvementEnd));
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
        List<Double> values = new ArrayList<>(OUTCOMES.size());
        for (Outcome o : OUTCOMES) {
            values.add(o.value().applyAsDouble(summary));
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
        return OUTCOMES.stream().map(Outcome::name).toList();
    }

    /** An outcome's name and how to read it. */
    private record Outcome(String name, ToDoubleFunction<Summary> value) {
    }
}
