package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes records of numbers (the model parameter groups, the network, stress periods,
 * treatments, therapy) by their components, so that file keys are the snake_case component
 * names and a parameter the lead engineer adds is in the file format at once. The records'
 * own constructors stay the only place that says which values are valid.
 */
final class RecordCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Problems problems;
    private final Values values;

    RecordCodec(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
    }

    /**
     * The record a mapping describes, every absent key taken from {@code defaults}; null after
     * reporting every problem. A missing node gives the defaults.
     */
    <R extends Record> R decode(JsonNode node, String path, R defaults) {
        if (node == null || node.isMissingNode()) {
            return defaults;
        }
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        List<String> names = names(defaults.getClass());
        problems.unknownKeys(object, path, names);
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Object[] args = componentValues(defaults);
        List<Integer> given = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            JsonNode value = object.get(names.get(i));
            if (value != null) {
                Object read = read(components[i].getType(), value, Paths.key(path, names.get(i)),
                        args[i]);
                ok &= read != null;
                args[i] = read != null ? read : args[i];
                if (!components[i].getType().isRecord()) {
                    given.add(i);
                }
            }
        }
        return ok ? construct(defaults, args, given, path) : null;
    }

    /**
     * Builds the record, reporting every complaint of its constructor. A constructor stops at
     * its first complaint, so when it fails each value named in {@code probe} is also tried
     * alone on the defaults to find the others. Probe only values whose rules do not depend on
     * other components.
     */
    <R extends Record> R construct(R defaults, Object[] args, List<Integer> probe, String path) {
        List<String> names = names(defaults.getClass());
        try {
            return create(defaults, args);
        } catch (IllegalArgumentException first) {
            Set<String> reported = new HashSet<>();
            for (int i : probe) {
                Object[] alone = componentValues(defaults);
                alone[i] = args[i];
                try {
                    create(defaults, alone);
                } catch (IllegalArgumentException e) {
                    Problems.Rejection r = Problems.explain(path, names, e);
                    if (r.field().equals(names.get(i)) && reported.add(r.path() + r.reason())) {
                        problems.add(r);
                    }
                }
            }
            Problems.Rejection r = Problems.explain(path, names, first);
            if (reported.add(r.path() + r.reason())) {
                problems.add(r);
            }
            return null;
        }
    }

    /** One value of a component type, or null after reporting why not. */
    Object read(Class<?> type, JsonNode node, String path, Object defaultValue) {
        if (type == double.class) {
            return values.number(node, path);
        }
        if (type == int.class) {
            Long v = values.whole(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return v == null ? null : v.intValue();
        }
        if (type == long.class) {
            return values.whole(node, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == String.class) {
            return values.text(node, path);
        }
        if (type == List.class) {
            return values.numbers(node, path);
        }
        if (type.isRecord()) {
            return decode(node, path, (Record) defaultValue);
        }
        throw new IllegalStateException("no file mapping for component type " + type.getName());
    }

    /**
     * The record as a mapping of its components; with {@code defaults}, only what differs from
     * them (nested records likewise; a group equal to its defaults is left out).
     */
    static ObjectNode encode(Record record, Record defaults) {
        ObjectNode node = NODES.objectNode();
        List<String> names = names(record.getClass());
        Object[] own = componentValues(record);
        Object[] base = defaults == null ? null : componentValues(defaults);
        for (int i = 0; i < own.length; i++) {
            if (base != null && own[i].equals(base[i])) {
                continue;
            }
            node.set(names.get(i), encodeValue(own[i], base == null ? null : base[i]));
        }
        return node;
    }

    private static JsonNode encodeValue(Object value, Object defaultValue) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Integer n) {
            return NODES.numberNode(n);
        }
        if (value instanceof Long n) {
            return NODES.numberNode(n);
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(encodeValue(v, null)));
            return array;
        }
        if (value instanceof Record r) {
            return encode(r, (Record) defaultValue);
        }
        throw new IllegalStateException("no file mapping for " + value.getClass().getName());
    }

    /** Whole values as integers ({@code days: 84}), others with full precision. */
    static JsonNode number(double d) {
        boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15
                && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0);
        return whole ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }

    /** The file keys of a record type, in component order. */
    static List<String> names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(Keys.snake(c.getName()));
        }
        return names;
    }

    static Object[] componentValues(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] result = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                result[i] = components[i].getAccessor().invoke(record);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName(), e);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R create(R like, Object[] args) {
        RecordComponent[] components = like.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = like.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException("cannot build " + like.getClass().getName(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + like.getClass().getName(), e);
        }
    }
}
