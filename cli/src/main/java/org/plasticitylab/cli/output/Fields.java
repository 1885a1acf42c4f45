package org.plasticitylab.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.output.SummaryFields;

/**
 * The described columns of every table: the time series from {@link Column}, every other
 * column from {@code fields.properties} ({@code name = type | unit | description}).
 */
public final class Fields {
    private static final Properties CATALOG = load();

    private Fields() {
    }

    /**
     * The time-series columns, in file order.
     *
     * @return one field per {@link Column}
     */
    public static List<Field> timeSeries() {
        List<Field> fields = new ArrayList<>();
        for (Column c : Column.values()) {
            fields.add(new Field(c.label(), c.integer() ? "integer" : "number", c.unit(),
                    c.description(), ""));
        }
        return fields;
    }

    /**
     * A column described in the catalogue.
     *
     * @param name the column name, e.g. {@code peak_plasticity}
     * @return its field
     * @throws IllegalArgumentException if the catalogue does not describe it
     */
    public static Field named(String name) {
        String entry = CATALOG.getProperty(name);
        if (entry == null) {
            throw new IllegalArgumentException("no description of the column \"" + name + "\"");
        }
        String[] parts = entry.split("\\|", 3);
        return new Field(name, parts[0].trim(), parts[1].trim(), parts[2].trim(), "");
    }

    /**
     * Catalogue columns in the given order.
     *
     * @param names the column names
     * @return one field per name
     */
    public static List<Field> named(List<String> names) {
        return names.stream().map(Fields::named).toList();
    }

    /**
     * The outcomes of a run ({@link SummaryFields#NAMES}) and whether it responded.
     *
     * @return the fields, in the order of the tables
     */
    public static List<Field> outcomes() {
        List<Field> fields = new ArrayList<>(named(SummaryFields.NAMES));
        fields.add(named(SummaryFields.RESPONDED));
        return fields;
    }

    /**
     * The names of fields, for a CSV header.
     *
     * @param fields the fields
     * @return their names, in order
     */
    public static List<Object> header(List<Field> fields) {
        return new ArrayList<>(fields.stream().map(Field::name).toList());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Fields.class.getResourceAsStream("fields.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fields.properties", e);
        }
        return p;
    }
}
