package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/**
 * Thousands of broken, hostile and random documents through the scenario reader: each gives a
 * scenario or a {@link ScenarioFileException}, never another exception, and within
 * {@value #MAX_MILLIS} ms.
 */
class ReaderFuzzTest {
    private static final long MAX_MILLIS = 2000;
    private static final List<String> EXTREMES = List.of("1e308", "-1e308", "-0", "0", ".nan",
            "NaN", ".inf", "-.inf", "Infinity", "2147483648", "-2147483649", "4294967296",
            "9223372036854775808", "1e-320", "1e999999", "0x7fffffff", "99999999999999999999");
    private static final String SPECIAL = "{}[]:,&*!|>-#'\"\n\t ?%@`\\\u0000\u00e9";
    private static final List<String> PRESET_YAML = Presets.names().stream()
            .map(n -> ScenarioFiles.write(Presets.get(n), ScenarioFormat.YAML, ModelDetail.ALL))
            .toList();
    private static final List<String> PRESET_JSON = Presets.names().stream()
            .map(n -> ScenarioFiles.write(Presets.get(n), ScenarioFormat.JSON, ModelDetail.ALL))
            .toList();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final AtomicInteger FUZZED = new AtomicInteger();
    private static final AtomicInteger VALID = new AtomicInteger();

    @Property(tries = 2500)
    void mutatedYamlPresets(@ForAll("yamlMutants") String text) {
        assertReadsOrRejects(text, ScenarioFormat.YAML);
    }

    @Property(tries = 1500)
    void mutatedJsonPresets(@ForAll("jsonMutants") String text) {
        assertReadsOrRejects(text, ScenarioFormat.JSON);
    }

    @Property(tries = 1000)
    void randomNesting(@ForAll("nested") String text) {
        assertReadsOrRejects(text, ScenarioFormat.JSON);
        assertReadsOrRejects(text, ScenarioFormat.YAML);
    }

    @Property(tries = 500)
    void randomBytesInAFile(@ForAll byte[] bytes) throws Exception {
        Path file = Files.createTempFile("fuzz", ".yaml");
        try {
            Files.write(file, bytes);
            FUZZED.incrementAndGet();
            long start = System.nanoTime();
            try {
                ScenarioFiles.read(file);
                VALID.incrementAndGet();
            } catch (ScenarioFileException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
        } finally {
            Files.delete(file);
        }
    }

    @AfterContainer
    static void report() {
        System.out.println("ReaderFuzzTest: " + FUZZED.get() + " documents fuzzed, "
                + VALID.get() + " valid, the rest rejected with located problems");
    }

    private static void assertReadsOrRejects(String text, ScenarioFormat format) {
        FUZZED.incrementAndGet();
        long start = System.nanoTime();
        try {
            Scenario s = ScenarioFiles.parse(text, format, "fuzz");
            assertThat(s.name()).isNotBlank();
            VALID.incrementAndGet();
        } catch (ScenarioFileException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.getMessage()).isNotBlank();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("parse time in ms")
                .isLessThan(MAX_MILLIS);
    }

    @Provide
    Arbitrary<String> yamlMutants() {
        return mutants(PRESET_YAML);
    }

    @Provide
    Arbitrary<String> jsonMutants() {
        return mutants(PRESET_JSON);
    }

    /** A valid file with 1 to 6 edits: delete, duplicate, swap, insert or extreme number. */
    private static Arbitrary<String> mutants(List<String> valid) {
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).map(at -> (Mutation) t -> delete(t, at)),
                Arbitraries.doubles().between(0, 1).map(at -> (Mutation) t -> duplicate(t, at)),
                Arbitraries.doubles().between(0, 1).map(at -> (Mutation) t -> swap(t, at)),
                Arbitraries.doubles().between(0, 1).flatMap(at -> Arbitraries.of(
                        SPECIAL.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                        .map(c -> (Mutation) t -> insert(t, at, c))),
                Arbitraries.doubles().between(0, 1).flatMap(at -> Arbitraries.of(EXTREMES)
                        .map(x -> (Mutation) t -> replaceNumber(t, at, x))));
        return Arbitraries.of(valid).flatMap(text -> mutation.list().ofMinSize(1).ofMaxSize(6)
                .map(edits -> {
                    String t = text;
                    for (Mutation m : edits) {
                        t = m.apply(t);
                    }
                    return t;
                }));
    }

    /**
     * Random nesting up to 60 deep (past the reader's limit of 32): a chain of lists and maps
     * under scenario keys, each level with a random sibling, a scalar at the bottom.
     */
    @Provide
    Arbitrary<String> nested() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of(EXTREMES),
                Arbitraries.of("\"x\"", "true", "null", "\"\"", "1", "0.5", "[]", "{}"));
        Arbitrary<String> key = Arbitraries.of("name", "days", "seed", "network", "neurons",
                "stress", "treatments", "therapy", "model", "level", "type", "x", "dt_hours");
        Arbitrary<String[]> level = Combinators.combine(Arbitraries.of("list", "map"), key,
                scalar).as((kind, k, sibling) -> new String[] {kind, k, sibling});
        return Combinators.combine(level.list().ofMaxSize(60), scalar).as((levels, bottom) -> {
            StringBuilder open = new StringBuilder("{\"name\":\"n\",\"x\":");
            StringBuilder close = new StringBuilder("}");
            for (String[] l : levels) {
                boolean list = l[0].equals("list");
                open.append(list ? "[" + l[2] + "," : "{\"" + l[1] + "\":");
                close.insert(0, list ? "]" : ",\"s\":" + l[2] + "}");
            }
            return open.append(bottom).append(close).toString();
        });
    }

    @FunctionalInterface
    private interface Mutation {
        String apply(String text);
    }

    private static int index(String t, double at) {
        return Math.min(t.length() - 1, (int) (at * t.length()));
    }

    private static String delete(String t, double at) {
        int i = index(t, at);
        return t.isEmpty() ? t : t.substring(0, i) + t.substring(i + 1);
    }

    private static String duplicate(String t, double at) {
        int i = index(t, at);
        return t.isEmpty() ? t : t.substring(0, i + 1) + t.substring(i);
    }

    private static String swap(String t, double at) {
        int i = index(t, at);
        if (i < 1) {
            return t;
        }
        return t.substring(0, i - 1) + t.charAt(i) + t.charAt(i - 1) + t.substring(i + 1);
    }

    private static String insert(String t, double at, String c) {
        int i = Math.max(0, index(t, at));
        return t.substring(0, i) + c + t.substring(i);
    }

    /** Replaces the first number at or after the position with {@code value}. */
    private static String replaceNumber(String t, double at, String value) {
        Matcher m = NUMBER.matcher(t);
        int from = Math.max(0, index(t, at));
        if (!m.find(from) && !m.find(0)) {
            return t;
        }
        return t.substring(0, m.start()) + value + t.substring(m.end());
    }
}
