package org.plasticitylab.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of YAML that scenario files use, read into a tree: block mappings and sequences
 * by indentation, one-line flow collections ({@code [42, 44]}, {@code { level: 0.8 }}), plain,
 * single- and double-quoted scalars and comments. Anchors, tags, multi-line scalars and
 * several documents are refused with their line. The page's own reader: core's reads YAML
 * with Jackson and SnakeYAML, which TeaVM does not compile (a test holds both to the same
 * scenarios).
 */
final class YamlTree {
    /**
     * A value with the line it starts on.
     *
     * @param value a {@link String} scalar, a {@code List<Node>} or a {@code Map<String, Node>}
     * @param line the line, from 1
     * @param quoted whether a scalar was quoted (then it is text, never a number)
     */
    record Node(Object value, int line, boolean quoted) {
    }

    private record Line(int number, int indent, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int next;

    private YamlTree(String text) {
        String[] raw = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String content = stripComment(raw[i]);
            if (content.isBlank()) {
                continue;
            }
            if (content.startsWith("\t") || content.trim().equals("---")
                    || content.trim().equals("...")) {
                throw error(i + 1, content.startsWith("\t") ? "indent with spaces, not tabs"
                        : "one scenario per file, without document markers");
            }
            int indent = content.length() - content.stripLeading().length();
            lines.add(new Line(i + 1, indent, content.strip()));
        }
    }

    /**
     * Reads a document.
     *
     * @param text the YAML text
     * @return its root, a mapping
     * @throws IllegalArgumentException naming the line of the first problem
     */
    static Node parse(String text) {
        YamlTree tree = new YamlTree(text);
        if (tree.lines.isEmpty()) {
            throw new IllegalArgumentException("the file is empty; a scenario needs at least a"
                    + " name");
        }
        Node root = tree.block(tree.lines.get(0).indent());
        if (tree.next < tree.lines.size()) {
            throw error(tree.lines.get(tree.next).number(), "this line is indented less than the"
                    + " first one, or more than the one before it");
        }
        return root;
    }

    private Node block(int indent) {
        Line first = lines.get(next);
        return first.text().equals("-") || first.text().startsWith("- ")
                ? sequence(indent) : mapping(indent);
    }

    private Node mapping(int indent) {
        int start = lines.get(next).number();
        Map<String, Node> entries = new LinkedHashMap<>();
        while (next < lines.size() && lines.get(next).indent() == indent) {
            Line line = lines.get(next);
            int colon = keyColon(line.text());
            if (colon < 0) {
                throw error(line.number(), "expected \"key: value\", was \"" + line.text() + "\"");
            }
            String key = line.text().substring(0, colon).strip();
            String rest = line.text().substring(colon + 1).strip();
            if (entries.containsKey(key)) {
                throw error(line.number(), key + " is given twice");
            }
            next++;
            entries.put(key, rest.isEmpty() ? nested(indent, line) : value(rest, line.number()));
        }
        return new Node(entries, start, false);
    }

    /** The block under {@code key:}: indented deeper, or a sequence at the key's indent. */
    private Node nested(int indent, Line keyLine) {
        if (next < lines.size()) {
            Line below = lines.get(next);
            boolean item = below.text().equals("-") || below.text().startsWith("- ");
            if (below.indent() > indent || below.indent() == indent && item) {
                return block(below.indent());
            }
        }
        return new Node("", keyLine.number(), false);
    }

    private Node sequence(int indent) {
        int start = lines.get(next).number();
        List<Node> items = new ArrayList<>();
        while (next < lines.size() && lines.get(next).indent() == indent
                && (lines.get(next).text().equals("-") || lines.get(next).text().startsWith("- "))) {
            Line line = lines.get(next);
            String rest = line.text().substring(1).strip();
            if (rest.isEmpty()) {
                next++;
                items.add(nested(indent, line));
            } else if (keyColon(rest) >= 0) {
                // "- key: value" opens a mapping whose keys line up with "key"
                int inner = indent + line.text().indexOf(rest);
                lines.set(next, new Line(line.number(), inner, rest));
                items.add(mapping(inner));
            } else {
                next++;
                items.add(value(rest, line.number()));
            }
        }
        return new Node(items, start, false);
    }

    /** A block value: a flow collection or quoted scalar, else the whole rest, commas too. */
    private static Node value(String text, int line) {
        if ("[{\"'".indexOf(text.charAt(0)) < 0) {
            Flow.refuseSpecial(text, line);
            return new Node(text, line, false);
        }
        Flow flow = new Flow(text, line);
        Node node = flow.value();
        flow.end();
        return node;
    }

    /** The colon that ends a plain key ({@code key: v} or {@code key:}), or -1. */
    private static int keyColon(String text) {
        if (text.startsWith("\"") || text.startsWith("'") || text.startsWith("[")
                || text.startsWith("{")) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static IllegalArgumentException error(int line, String reason) {
        return new IllegalArgumentException("line " + line + ": " + reason);
    }

    /** One line's value: a scalar or a flow collection. */
    private static final class Flow {
        private final String text;
        private final int line;
        private int at;

        Flow(String text, int line) {
            this.text = text;
            this.line = line;
        }

        Node value() {
            skipSpaces();
            if (at >= text.length()) {
                return new Node("", line, false);
            }
            char c = text.charAt(at);
            if (c == '[') {
                return list();
            }
            if (c == '{') {
                return map();
            }
            if (c == '"' || c == '\'') {
                return new Node(quoted(c), line, true);
            }
            refuseSpecial(text.substring(at), line);
            return new Node(plain(), line, false);
        }

        static void refuseSpecial(String value, int line) {
            if ("&*!|>%@`".indexOf(value.charAt(0)) >= 0) {
                throw error(line, "anchors, aliases, tags and block scalars are not read here;"
                        + " write the value itself, was \"" + value + "\"");
            }
        }

        void end() {
            skipSpaces();
            if (at < text.length()) {
                throw error(line, "unexpected \"" + text.substring(at) + "\"");
            }
        }

        private Node list() {
            List<Node> items = new ArrayList<>();
            at++;
            skipSpaces();
            if (peek() == ']') {
                at++;
                return new Node(items, line, false);
            }
            while (true) {
                items.add(value());
                skipSpaces();
                char c = take("',' or ']'");
                if (c == ']') {
                    return new Node(items, line, false);
                }
                if (c != ',') {
                    throw error(line, "expected ',' or ']' in \"" + text + "\"");
                }
            }
        }

        private Node map() {
            Map<String, Node> entries = new LinkedHashMap<>();
            at++;
            skipSpaces();
            if (peek() == '}') {
                at++;
                return new Node(entries, line, false);
            }
            while (true) {
                skipSpaces();
                int colon = text.indexOf(':', at);
                if (colon < 0) {
                    throw error(line, "expected \"key: value\" in \"" + text + "\"");
                }
                String key = text.substring(at, colon).strip();
                at = colon + 1;
                if (entries.put(key, value()) != null) {
                    throw error(line, key + " is given twice");
                }
                skipSpaces();
                char c = take("',' or '}'");
                if (c == '}') {
                    return new Node(entries, line, false);
                }
                if (c != ',') {
                    throw error(line, "expected ',' or '}' in \"" + text + "\"");
                }
            }
        }

        private String plain() {
            int start = at;
            while (at < text.length() && ",]}".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at).strip();
        }

        private String quoted(char quote) {
            StringBuilder b = new StringBuilder();
            at++;
            while (true) {
                char c = take("a closing " + quote);
                if (c == quote) {
                    if (quote == '\'' && peek() == '\'') {
                        at++;
                        b.append('\'');
                        continue;
                    }
                    return b.toString();
                }
                if (c == '\\' && quote == '"') {
                    b.append(escape());
                } else {
                    b.append(c);
                }
            }
        }

        private char escape() {
            char c = take("an escaped character");
            switch (c) {
                case 'n':
                    return '\n';
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case '0':
                    return '\0';
                case 'u':
                    if (at + 4 > text.length()) {
                        throw error(line, "a \\u escape needs four hex digits");
                    }
                    at += 4;
                    return (char) Integer.parseInt(text.substring(at - 4, at), 16);
                case '"':
                case '\\':
                case '/':
                case ' ':
                    return c;
                default:
                    throw error(line, "unknown escape \\" + c);
            }
        }

        private char take(String expected) {
            if (at >= text.length()) {
                throw error(line, "expected " + expected + " before the end of \"" + text + "\"");
            }
            return text.charAt(at++);
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : 0;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
