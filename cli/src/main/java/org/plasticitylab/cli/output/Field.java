package org.plasticitylab.cli.output;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a CSV file as its data package describes it (Frictionless Table Schema).
 *
 * @param name the column name in the file: letters, digits and underscores, which R and pandas
 *     keep as they are
 * @param type {@code integer}, {@code number}, {@code boolean} or {@code string}
 * @param unit the unit or range of the values; empty when there is none
 * @param description what the column holds, in one sentence
 * @param scenarioKey the scenario key the column varies ({@code treatments[0].dose_mg_per_kg}),
 *     when the name was made from one; empty otherwise
 */
public record Field(String name, String type, String unit, String description,
        String scenarioKey) {
    /** The Table Schema types the files use. */
    private static final Set<String> TYPES =
            Set.of("integer", "number", "boolean", "string");

    /** Checks that every part is given and the type is one of the four. */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scenarioKey, "scenarioKey");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", was " + type);
        }
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("name must be letters, digits and underscores,"
                    + " was \"" + name + "\"");
        }
    }

    /**
     * A column named after a scenario key: {@code treatments[0].dose_mg_per_kg} becomes
     * {@code treatments_0_dose_mg_per_kg}, and the schema keeps the key.
     *
     * @param key the scenario key
     * @param description what the column holds
     * @return a number column
     */
    public static Field ofKey(String key, String description) {
        return new Field(columnName(key), "number", "", description, key);
    }

    /**
     * The column name of a scenario key: every run of characters other than letters, digits
     * and underscores becomes one underscore, none at either end.
     *
     * @param key the scenario key, e.g. {@code treatments[0].dose_mg_per_kg}
     * @return the name, e.g. {@code treatments_0_dose_mg_per_kg}
     */
    public static String columnName(String key) {
        return key.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    }
}
