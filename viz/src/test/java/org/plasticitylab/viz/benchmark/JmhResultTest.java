package org.plasticitylab.viz.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultTest {
    /** A quick run of the suite as JMH 1.37 writes it, trimmed to a few fields per result. */
    static final String SAMPLE = "jmh-quick-results.json";

    @TempDir
    Path dir;

    static Path sample() {
        try {
            return Path.of(JmhResultTest.class.getResource("/" + SAMPLE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryResultOfTheSampleWithItsParamsScoreAndUnit() {
        List<JmhResult> results = JmhResult.readAll(sample());

        assertThat(results).hasSize(16);
        JmhResult first = results.get(0);
        assertThat(first.benchmark())
                .isEqualTo("org.plasticitylab.benchmarks.PlasticRateNetworkBenchmark.step");
        assertThat(first.params()).containsExactlyInAnyOrderEntriesOf(
                Map.of("size", "1000x100", "threads", "1"));
        assertThat(first.score()).isEqualTo(294.1);
        assertThat(first.scoreError()).isEqualTo(242.3);
        assertThat(first.scoreUnit()).isEqualTo("us/op");
        assertThat(first.run()).isEqualTo("JDK 17.0.15, 1 fork, 3 x 1 s");
        assertThat(results).filteredOn(r -> r.benchmark().endsWith("PresetEndToEndBenchmark.run"))
                .singleElement().satisfies(r -> {
                    assertThat(r.params()).isEmpty();
                    assertThat(r.scoreUnit()).isEqualTo("ms/op");
                });
    }

    @Test
    void readsJmhsNaNTextAsNoError() throws IOException {
        Path file = write("""
                [{"benchmark": "a.B.step", "params": {"size": "1000x100", "threads": "2"},
                  "primaryMetric": {"score": 480.36, "scoreError": "NaN",
                                    "scoreConfidence": ["NaN", "NaN"], "scoreUnit": "us/op"}}]
                """);

        JmhResult r = JmhResult.readAll(file).get(0);

        assertThat(r.scoreError()).isNaN();
        assertThat(r.errorNanosPerOp()).isNaN();
        assertThat(r.run()).isEmpty();
    }

    @Test
    void convertsEveryTimeUnitToNanoseconds() {
        assertThat(JmhResult.nanosPerUnit("ns/op")).isEqualTo(1);
        assertThat(JmhResult.nanosPerUnit("us/op")).isEqualTo(1e3);
        assertThat(JmhResult.nanosPerUnit("ms/op")).isEqualTo(1e6);
        assertThat(JmhResult.nanosPerUnit("s/op")).isEqualTo(1e9);
        assertThat(JmhResult.nanosPerUnit("min/op")).isEqualTo(60e9);
        JmhResult r = new JmhResult("a.B.step", Map.of(), 5266.4, 120.5, "us/op", "");
        assertThat(r.nanosPerOp()).isCloseTo(5_266_400, within(1e-6));
        assertThat(r.errorNanosPerOp()).isCloseTo(120_500, within(1e-6));
    }

    @Test
    void aThroughputIsNotATimePerOperation() {
        JmhResult r = new JmhResult("a.B.step", Map.of(), 3.2, 0.1, "ops/us", "");

        assertThatThrownBy(r::nanosPerOp).isInstanceOf(ResultsFileException.class)
                .hasMessageContaining("score unit 'ops/us' is not a time per operation")
                .hasMessageContaining("-bm avgt");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> JmhResult.readAll(file()))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage("results file not found: " + file());
    }

    @Test
    void anEmptyFileSaysTheRunMayNotHaveFinished() throws IOException {
        // JMH creates the file when a run starts and fills it when the run ends.
        readingFails("")
                .hasMessage(file() + " is empty; JMH writes it when the run ends: did the run"
                        + " finish?");
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws IOException {
        readingFails("[\n  {\"benchmark\": \"a.B.step\",\n  oops\n]")
                .hasMessageStartingWith(file() + " is not valid JSON (line 3, column");
    }

    @Test
    void jmhsHumanReadableOutputIsNotAResultFile() throws IOException {
        readingFails("Benchmark  (network)  Mode  Cnt  Score  Error  Units\n")
                .hasMessageStartingWith(file() + " is not valid JSON");
    }

    @Test
    void anObjectInsteadOfTheArrayIsNamed() throws IOException {
        readingFails("{\"benchmark\": \"a.B.step\"}")
                .hasMessage(file() + " is not a JMH result file: expected a JSON array of results"
                        + " (as -rf json writes), found an object");
    }

    @Test
    void aResultWithoutScoreNamesItsPositionAndBenchmark() throws IOException {
        readingFails("""
                [{"benchmark": "a.B.step", "primaryMetric": {"score": 1.0, "scoreUnit": "us/op"}},
                 {"benchmark": "a.C.step", "primaryMetric": {"scoreUnit": "us/op"}}]
                """)
                .hasMessage(file() + ": result 2 (a.C.step) has no primaryMetric.score");
    }

    @Test
    void aScoreThatIsNotAPositiveNumberIsShown() throws IOException {
        readingFails("""
                [{"benchmark": "a.B.step", "primaryMetric": {"score": "NaN", "scoreUnit": "us/op"}}]
                """)
                .hasMessage(file() + ": result 1 (a.B.step) has primaryMetric.score \"NaN\", not a"
                        + " positive time");
    }

    @Test
    void aResultWithoutBenchmarkNameIsNamed() throws IOException {
        readingFails("[{\"primaryMetric\": {\"score\": 1.0, \"scoreUnit\": \"us/op\"}}]")
                .hasMessage(file() + ": result 1 has no \"benchmark\" text");
    }

    @Test
    void aMissingParameterIsNamedWithThoseThereAre() {
        JmhResult r = new JmhResult("a.B.step", Map.of("size", "1000x100"), 1, 0, "us/op", "");

        assertThatThrownBy(() -> r.param("threads")).isInstanceOf(ResultsFileException.class)
                .hasMessage("a.B.step has no parameter 'threads' (has [size])");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(file(), text);
    }

    private Path file() {
        return dir.resolve("results.json");
    }

    /** Asserts that reading a file of this text fails with a {@link ResultsFileException}. */
    private AbstractThrowableAssert<?, ? extends Throwable> readingFails(String text)
            throws IOException {
        Path file = write(text);
        return assertThatThrownBy(() -> JmhResult.readAll(file))
                .isInstanceOf(ResultsFileException.class);
    }
}
