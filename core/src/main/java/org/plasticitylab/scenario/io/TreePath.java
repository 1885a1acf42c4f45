package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces one value of a file tree addressed by its path ({@code treatments[0].days[2]}). */
final class TreePath {
    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)|\\[(\\d{1,9})]");

    private TreePath() {
    }

    static void set(JsonNode root, String path, JsonNode value, String source) {
        List<Object> segments = segments(path, source);
        JsonNode parent = null;
        JsonNode node = root;
        String at = "";
        for (Object segment : segments) {
            String next = segment instanceof String key ? Paths.key(at, key)
                    : Paths.index(at, (Integer) segment);
            parent = node;
            node = child(node, segment, at, next, source);
            at = next;
        }
        if (!node.isNumber()) {
            throw fail(source, at, "is not a single number; only numbers can be varied");
        }
        Object last = segments.get(segments.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) parent).set(key, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }

    private static JsonNode child(JsonNode node, Object segment, String at, String next,
            String source) {
        if (segment instanceof String key) {
            if (!node.isObject()) {
                throw fail(source, next, at + " is not a mapping");
            }
            if (!node.has(key)) {
                throw fail(source, next, Keys.unknown("key", key, fieldNames(node)));
            }
            return node.get(key);
        }
        int index = (Integer) segment;
        if (!node.isArray()) {
            throw fail(source, next, at + " is not a list");
        }
        if (index >= node.size()) {
            throw fail(source, next, at + " has " + node.size() + " entries, so index " + index
                    + " does not exist");
        }
        return node.get(index);
    }

    private static List<Object> segments(String path, String source) {
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        int position = 0;
        while (position < path.length()) {
            if (!m.find(position) || m.start() != position) {
                throw fail(source, path, "is not a key path like stress[0].level or"
                        + " model.plasticity.tau_boost_hours");
            }
            segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            position = m.end();
            if (position < path.length() && path.charAt(position) == '.') {
                position++;
            }
        }
        if (segments.isEmpty() || !(segments.get(0) instanceof String)) {
            throw fail(source, path, "is not a key path like stress[0].level");
        }
        return segments;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ScenarioFileException fail(String source, String path, String message) {
        return new ScenarioFileException(source, List.of(new Problem(0, 0, path, message)));
    }
}
