package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a treatment's keys and values as {@link TreatmentType#fields} writes them. */
final class TreatmentFields {
    private final Map<String, Object> fields;

    /** Refuses any key not in {@code keys}, naming it and the known ones. */
    TreatmentFields(String type, Map<String, Object> fields, List<String> keys) {
        for (String key : fields.keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + key + "\" for a " + type
                        + " treatment; known keys: " + String.join(", ", keys));
            }
        }
        this.fields = fields;
    }

    double number(String key, double otherwise) {
        Object value = fields.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Double d)) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return d;
    }

    List<Double> days(List<Double> otherwise) {
        Object value = fields.get("days");
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("days must be a list of days");
        }
        List<Double> days = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Double d)) {
                throw new IllegalArgumentException("days must be a list of numbers");
            }
            days.add(d);
        }
        return days;
    }
}
