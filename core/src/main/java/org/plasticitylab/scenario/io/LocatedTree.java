package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed file as a Jackson tree plus the line and column of every key and value by field
 * path. Databind's own tree forgets positions, so this walks the token stream itself; that also
 * lets it reject YAML aliases and duplicate keys and read YAML's {@code .nan} and {@code .inf}.
 */
final class LocatedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, int[]> positions = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LocatedTree(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        root = first == null ? NODES.missingNode() : value(parser, "");
        if (parser.nextToken() != null) {
            problem(parser, "", "expected a single document, found more after it");
        }
    }

    /** Parses text; syntax errors end parsing and are thrown as a {@link ScenarioFileException}. */
    static LocatedTree parse(String text, ScenarioFormat format, String source) {
        try (JsonParser parser = format.parserFactory().createParser(text)) {
            return new LocatedTree(parser);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source, List.of(syntaxProblem(e)));
        } catch (IOException e) {
            throw new ScenarioFileException(source,
                    List.of(Problem.ofFile("cannot be parsed: " + e.getMessage())));
        }
    }

    JsonNode root() {
        return root;
    }

    /** Problems found while building the tree (aliases, duplicate keys). */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Line and column of a path, or of its nearest located parent; {0, 0} if none. */
    int[] position(String path) {
        String p = path;
        while (true) {
            int[] found = positions.get(p);
            if (found != null || p.isEmpty()) {
                return found != null ? found : new int[] {0, 0};
            }
            p = Paths.parent(p);
        }
    }

    /** The value at the current token; null for a (rejected) alias. */
    private JsonNode value(JsonParser p, String path) throws IOException {
        positions.putIfAbsent(path, position(p.currentTokenLocation()));
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problem(p, path, "YAML aliases (*" + p.getText() + ") are not supported in scenario"
                    + " files; write the value out");
            return null;
        }
        switch (p.currentToken()) {
            case START_OBJECT:
                return object(p, path);
            case START_ARRAY:
                return array(p, path);
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(floatValue(p.getText()));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
            default:
                return NODES.nullNode();
        }
    }

    private ObjectNode object(JsonParser p, String path) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String child = Paths.key(path, key);
            int[] keyPosition = position(p.currentTokenLocation());
            boolean duplicate = node.has(key);
            if (duplicate) {
                problem(p, child, "duplicate key; each key may appear once");
            } else {
                positions.put(child, keyPosition);
            }
            p.nextToken();
            JsonNode value = value(p, child);
            if (!duplicate && value != null) {
                node.set(key, value);
            }
        }
        return node;
    }

    private ArrayNode array(JsonParser p, String path) throws IOException {
        ArrayNode node = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode value = value(p, Paths.index(path, node.size()));
            node.add(value != null ? value : NODES.nullNode());
        }
        return node;
    }

    /** YAML spells non-numbers {@code .nan}, {@code .inf}, {@code -.inf}; Java cannot parse them. */
    private static double floatValue(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case ".nan":
            case "nan":
                return Double.NaN;
            case ".inf":
            case "+.inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(t.replace("_", ""));
        }
    }

    private void problem(JsonParser p, String path, String message) {
        int[] at = position(p.currentTokenLocation());
        problems.add(new Problem(at[0], at[1], path, message));
    }

    private static int[] position(JsonLocation location) {
        return new int[] {Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr())};
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        String firstLine = message == null ? "unreadable" : message.strip().lines().findFirst()
                .orElse("unreadable");
        String reason = e instanceof StreamConstraintsException
                ? "too deeply nested or too large: " + firstLine
                : "syntax error: " + firstLine;
        return at == null ? Problem.ofFile(reason)
                : new Problem(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), "",
                        reason);
    }
}
