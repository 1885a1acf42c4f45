package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads typed values out of the tree; a wrong type or a non-finite number is a problem. */
final class Values {
    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    /** A finite number, or null after reporting why not. */
    Double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            problems.add(path, "must be a number, was " + describe(node));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            problems.add(path, "must be a finite number, was " + value);
            return null;
        }
        return value;
    }

    /** A whole number within {@code [min, max]}, or null after reporting why not. */
    Long whole(JsonNode node, String path, long min, long max) {
        Double value = number(node, path);
        if (value == null) {
            return null;
        }
        BigDecimal exact = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue())
                : BigDecimal.valueOf(value);
        if (exact.stripTrailingZeros().scale() > 0) {
            problems.add(path, "must be a whole number, was " + value);
            return null;
        }
        BigInteger big = exact.toBigInteger();
        if (big.compareTo(BigInteger.valueOf(min)) < 0
                || big.compareTo(BigInteger.valueOf(max)) > 0) {
            // A huge value prints as 1.0E308, not as its 309 digits.
            Object shown = big.bitLength() > Long.SIZE ? value : big;
            problems.add(path, "must be a whole number in [" + min + ", " + max + "], was "
                    + shown);
            return null;
        }
        return big.longValue();
    }

    /** A text value, or null after reporting why not. */
    String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            problems.add(path, "must be text, was " + describe(node));
            return null;
        }
        return node.textValue();
    }

    /** A mapping, or null after reporting why not. */
    ObjectNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "must be a mapping of keys to values, was " + describe(node));
            return null;
        }
        return (ObjectNode) node;
    }

    /** The elements of a list, or null after reporting why not. */
    List<JsonNode> list(JsonNode node, String path) {
        if (!node.isArray()) {
            problems.add(path, "must be a list, was " + describe(node));
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** A list of finite numbers, or null after reporting every bad element. */
    List<Double> numbers(JsonNode node, String path) {
        List<JsonNode> elements = list(node, path);
        if (elements == null) {
            return null;
        }
        List<Double> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            Double value = number(elements.get(i), Paths.index(path, i));
            ok &= value != null;
            result.add(value);
        }
        return ok ? result : null;
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the text \"" + node.textValue() + "\"";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull() || node.isMissingNode()) {
            return "empty";
        }
        return node.asText();
    }
}
