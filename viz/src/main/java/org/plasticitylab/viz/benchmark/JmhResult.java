package org.plasticitylab.viz.benchmark;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One benchmark's result as JMH writes it with {@code -rf json}: the benchmark (class and
 * method), its parameters and its primary metric, plus how it was run. {@link #readAll} reads a
 * whole file; the JSON holds much more (percentiles, raw data), which the chart does not need.
 *
 * @param benchmark the full name, class and method, e.g.
 *     {@code org.plasticitylab.benchmarks.StepThroughputBenchmark.step}
 * @param params parameter name to value, as JMH writes them: text, e.g. {@code "2"} for
 *     {@code threads}
 * @param score the mean, in {@code scoreUnit}
 * @param scoreError half the width of JMH's 99.9 % confidence interval, in {@code scoreUnit};
 *     NaN when JMH had too few iterations to give one
 * @param scoreUnit e.g. {@code us/op}
 * @param run how it was run, e.g. {@code JDK 17.0.15, 1 fork, 2 x 1 s}; empty if not recorded
 */
record JmhResult(String benchmark, Map<String, String> params, double score, double scoreError,
        String scoreUnit, String run) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JmhResult {
        params = Map.copyOf(params);
    }

    /**
     * The value of a parameter.
     *
     * @throws ResultsFileException if the result has no such parameter
     */
    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new ResultsFileException(benchmark + " has no parameter '" + name + "' (has "
                    + params.keySet() + ")");
        }
        return value;
    }

    /**
     * The score in nanoseconds per operation.
     *
     * @throws ResultsFileException if the score is not a time per operation (e.g. a throughput)
     */
    double nanosPerOp() {
        return score * nanosPerUnit(scoreUnit);
    }

    /** {@link #scoreError} in nanoseconds per operation; NaN if JMH gave none. */
    double errorNanosPerOp() {
        return scoreError * nanosPerUnit(scoreUnit);
    }

    /**
     * Nanoseconds in one unit of a JMH time-per-operation score, as JMH spells the units.
     *
     * @param unit e.g. {@code us/op}
     * @throws ResultsFileException for a rate ({@code ops/us}) or an unknown unit
     */
    static double nanosPerUnit(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            case "min/op" -> 60e9;
            case "hr/op" -> 3600e9;
            case "day/op" -> 86_400e9;
            default -> throw new ResultsFileException("score unit '" + unit + "' is not a time per"
                    + " operation; run the benchmarks in average-time mode (-bm avgt, the"
                    + " suite's default)");
        };
    }

    /**
     * Reads a JMH JSON result file ({@code -rf json -rff FILE}).
     *
     * @param file the file
     * @return the results, in the file's order
     * @throws ResultsFileException naming the file and the problem if it is missing, empty, not
     *     JSON, or not a JMH result array
     */
    static List<JmhResult> readAll(Path file) {
        if (!Files.exists(file)) {
            throw new ResultsFileException("results file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException("results file is not a regular file: " + file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ResultsFileException(file + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResultsFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ResultsFileException(file + " is empty; JMH writes it when the run ends:"
                    + " did the run finish?");
        }
        if (!root.isArray()) {
            throw new ResultsFileException(file + " is not a JMH result file: expected a JSON"
                    + " array of results (as -rf json writes), found " + kind(root));
        }
        List<JmhResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(parse(file, i, root.get(i)));
        }
        return List.copyOf(results);
    }

    private static JmhResult parse(Path file, int index, JsonNode node) {
        String where = file + ": result " + (index + 1);
        if (!node.isObject()) {
            throw new ResultsFileException(where + " is " + kind(node) + ", not a JMH result");
        }
        String benchmark = text(node, "benchmark", where);
        where += " (" + benchmark + ")";
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = node.path("params");
        if (p.isObject()) {
            p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        }
        JsonNode metric = node.path("primaryMetric");
        if (!metric.isObject()) {
            throw new ResultsFileException(where + " has no primaryMetric");
        }
        JsonNode scoreNode = metric.path("score");
        if (scoreNode.isMissingNode() || scoreNode.isNull()) {
            throw new ResultsFileException(where + " has no primaryMetric.score");
        }
        double score = number(scoreNode);
        if (!(score > 0) || Double.isInfinite(score)) {
            throw new ResultsFileException(where + " has primaryMetric.score " + scoreNode
                    + ", not a positive time");
        }
        return new JmhResult(benchmark, params, score, number(metric.path("scoreError")),
                text(metric, "scoreUnit", where), run(node));
    }

    /** JDK, forks and measured iterations, e.g. {@code JDK 17.0.15, 1 fork, 2 x 1 s}. */
    private static String run(JsonNode node) {
        List<String> parts = new ArrayList<>();
        if (node.hasNonNull("jdkVersion")) {
            parts.add("JDK " + node.get("jdkVersion").asText());
        }
        if (node.path("forks").isInt()) {
            int forks = node.get("forks").asInt();
            parts.add(forks + (forks == 1 ? " fork" : " forks"));
        }
        if (node.path("measurementIterations").isInt() && node.hasNonNull("measurementTime")) {
            parts.add(node.get("measurementIterations").asInt() + " x "
                    + node.get("measurementTime").asText());
        }
        return String.join(", ", parts);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ResultsFileException(where + " has no \"" + field + "\" text");
        }
        return value.asText();
    }

    /** A number, or NaN for what is not one; JMH writes NaN as the text {@code "NaN"}. */
    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
