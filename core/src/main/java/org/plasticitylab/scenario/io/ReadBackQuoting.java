package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes a text value whenever the reader would take it, unquoted, for something other than
 * that text. Jackson's own check misses YAML 1.1 forms such as {@code 4_} or {@code 1_000},
 * which its reader turns into numbers, so a scenario named {@code 4_} came back as 4.
 */
final class ReadBackQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper READER = new ObjectMapper(new YAMLFactory());

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || !readsBackAsItself(value);
    }

    /** Whether {@code value}, written plain, reads back as the same text. */
    static boolean readsBackAsItself(String value) {
        try {
            JsonNode read = READER.readTree("v: " + value).get("v");
            return read != null && read.isTextual() && read.textValue().equals(value);
        } catch (JacksonException e) {
            return false;
        }
    }
}
