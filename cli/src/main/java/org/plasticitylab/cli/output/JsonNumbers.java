package org.plasticitylab.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plasticitylab.files.Decimals;

/** JSON files with the numbers of {@link Decimals#file}: plain, rounded, never an exponent. */
public final class JsonNumbers {
    /** An indenting mapper that writes decimals in plain notation. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonNumbers() {
    }

    /**
     * Puts a number as {@link Decimals#file} writes it (NaN and the infinities as Jackson
     * writes them, as text).
     *
     * @param node the object to add to
     * @param name the field name
     * @param value the number
     * @return {@code node}
     */
    public static ObjectNode put(ObjectNode node, String name, double value) {
        return Double.isFinite(value) ? node.put(name, Decimals.decimal(value))
                : node.put(name, value);
    }
}
