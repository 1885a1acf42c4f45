package org.plasticitylab.cli.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.io.Keys;

/** The outcomes of a {@link Summary} as named numbers, in record order, for every table. */
public final class SummaryFields {
    /** snake_case names, e.g. {@code peak_plasticity}. */
    public static final List<String> NAMES = names();

    private SummaryFields() {
    }

    /** The values in the order of {@link #NAMES}. */
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

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            names.add(Keys.snake(c.getName()));
        }
        return List.copyOf(names);
    }
}
