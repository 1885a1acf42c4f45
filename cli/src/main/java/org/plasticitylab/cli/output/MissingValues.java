package org.plasticitylab.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.plasticitylab.output.Csv;

/**
 * Outcomes that do not apply to a run (NaN in a {@link org.plasticitylab.metrics.Summary}: no
 * response, no relapse) are JSON {@code null}, never the invalid token {@code NaN} nor the text
 * "NaN", and empty CSV cells.
 */
public final class MissingValues {
    private MissingValues() {
    }

    /**
     * Puts a number, or {@code null} if it is NaN.
     *
     * @param node the object to add to
     * @param name the field name
     * @param value the number, NaN where it does not apply
     * @return {@code node}
     */
    public static ObjectNode put(ObjectNode node, String name, double value) {
        return Double.isNaN(value) ? node.putNull(name) : node.put(name, value);
    }

    /**
     * The CSV cells of outcomes: each number as it is, NaN as an empty cell.
     *
     * @param values the outcomes, NaN where one does not apply
     * @return one cell per value, for {@link Csv#line}
     */
    public static List<Object> cells(List<Double> values) {
        return values.stream().map(v -> v.isNaN() ? (Object) "" : v).toList();
    }

    /**
     * A Jackson module that writes every NaN {@link Double} as {@code null}, for objects
     * serialised whole (the findings of {@code explain --json}).
     *
     * @return the module
     */
    public static SimpleModule jsonModule() {
        return new SimpleModule("missing-values").addSerializer(Double.class,
                new StdSerializer<>(Double.class) {
                    @Override
                    public void serialize(Double value, JsonGenerator g, SerializerProvider p)
                            throws IOException {
                        if (value.isNaN()) {
                            g.writeNull();
                        } else {
                            g.writeNumber(value);
                        }
                    }
                });
    }
}
