package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random argument lists, full of hostile values, for the commands a student types: each ends
 * with exit 0, 1 or 2, one clear message and no stack trace, within {@value #MAX_MILLIS} ms.
 * Scenarios are tiny and charts off, so the few argument lists that are valid run quickly.
 * Never --verbose, which shows stack traces on purpose.
 */
class OptionFuzzTest {
    private static final long MAX_MILLIS = 10_000;
    private static final Path DIR = tempDir();
    private static final String TINY = write("tiny.yaml", Cli.TINY);
    private static final List<String> NUMBERS = List.of("1e308", "-1e308", "-0", "0", "NaN",
            "Infinity", "-Infinity", "2147483648", "2147483647", "-2147483648",
            "9223372036854775808", "1e-300", "0x10", "", " ", "1", "2", "0.5", "24", "80", "abc");
    /** Hostile days, and valid ones that keep a run short. */
    private static final List<String> DAYS = List.of("1e308", "-0", "0", "NaN", "Infinity",
            "2147483648", "-1", "1e-300", "", "abc", "1", "0.5", "10001");
    private static final Map<String, List<String>> VALUES = Map.of(
            "--days", DAYS, "--dt-hours", NUMBERS, "--neurons", NUMBERS, "--seed", NUMBERS,
            "--seeds", List.of("0", "-1", "1", "2147483647", "1e3", "NaN", ""),
            "--threads", List.of("0", "-1", "1", "257", "2147483647", "1e308", ""),
            "--checkpoint-every", NUMBERS,
            "--vary", List.of("stress[0].level=0:1:2", "x=1:2:3", "stress[0].level=NaN:1:2",
                    "network.neurons=1e308:1e308:1", "=", "stress[0].level=0:1:2147483647",
                    "days=-0:1e308:2", "seed=1:1:1", ""),
            "--resume", List.of(DIR.resolve("missing.ckpt").toString(), TINY, ""),
            "--format", List.of("csv", "json", "xml", ""));
    private static final Map<Integer, AtomicInteger> EXITS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Property(tries = 600)
    void runAndSweepArguments(@ForAll("runOrSweep") List<String> args) {
        assertCleanExit(args);
    }

    @Property(tries = 400)
    void validateShowListAndHelp(@ForAll("otherCommands") List<String> args) {
        assertCleanExit(args);
    }

    @AfterContainer
    static void report() {
        System.out.println("OptionFuzzTest: " + EXITS.values().stream()
                .mapToInt(AtomicInteger::get).sum() + " argument lists fuzzed, exits " + EXITS);
    }

    private static void assertCleanExit(List<String> args) {
        long start = System.nanoTime();
        Cli.Outcome o = Cli.run(args.toArray(String[]::new));
        long millis = (System.nanoTime() - start) / 1_000_000;
        EXITS.computeIfAbsent(o.exit(), k -> new AtomicInteger()).incrementAndGet();
        assertThat(o.exit()).as("exit of %s: %s", args, o.err()).isIn(0, 1, 2);
        assertThat(o.err()).as("stderr of %s", args).doesNotContain("\tat ", "Exception:");
        assertThat(millis).as("time of %s", args).isLessThan(MAX_MILLIS);
    }

    @Provide
    Arbitrary<List<String>> runOrSweep() {
        Arbitrary<List<String>> option = Arbitraries.of(VALUES.keySet()).flatMap(name ->
                Arbitraries.of(VALUES.get(name)).map(value -> List.of(name, value)));
        Arbitrary<List<String>> stray = Arbitraries.of("--bogus", "-x", "--", "--days", "-q",
                "--force", "healthy", "").map(List::of);
        return Combinators.combine(Arbitraries.of("run", "sweep"),
                Arbitraries.oneOf(option, option, option, stray).list().ofMaxSize(6))
                .as((command, options) -> {
                    List<String> args = new ArrayList<>(List.of(command, TINY));
                    options.forEach(args::addAll);
                    // No charts and a fresh folder keep valid runs quick and apart.
                    args.addAll(List.of("--no-charts", "--out",
                            DIR.resolve("out-" + COUNTER.incrementAndGet()).toString()));
                    return args;
                });
    }

    @Provide
    Arbitrary<List<String>> otherCommands() {
        Arbitrary<String> word = Arbitraries.of("validate", "show", "list", "--help", "-h",
                "--version", "healthy", "helthy", TINY, DIR.toString(), "missing.yaml",
                "--bogus", "", "\u0000", "1e308", "--days", "NaN");
        return word.list().ofMinSize(1).ofMaxSize(4);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("option-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(String name, String text) {
        try {
            return Files.writeString(DIR.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
