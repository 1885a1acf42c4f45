package org.plasticitylab.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plasticitylab.cli.output.MissingValues;
import org.plasticitylab.cli.output.NumberedFiles;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;

/**
 * The finished runs of a sweep, one file each ({@code runs/0001.json}, numbered as in runs.csv),
 * written atomically the moment a run finishes. Running the same sweep into the same folder
 * again reads them back instead of redoing those runs; each file names the exact scenario it
 * ran (a SHA-256 of its full text), so a different sweep's runs are never mixed in.
 */
public final class SweepRuns {
    /** The subfolder of the sweep's folder that holds the run files. */
    public static final String FOLDER = "runs";
    private static final List<String> NON_FINITE = List.of("NaN", "Infinity", "-Infinity");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SweepRuns() {
    }

    /**
     * Saves one finished run; {@code run} counts from 0 in the order of the grid.
     *
     * @param dir the sweep's folder
     * @param run the run's index, from 0
     * @param scenario the scenario the run ran
     * @param summary the run's outcomes
     * @return the file written
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static Path write(Path dir, int run, Scenario scenario, Summary summary)
            throws JsonProcessingException {
        ObjectNode node = JSON.createObjectNode().put("run", run + 1)
                .put("seed", scenario.seed()).put("scenario_sha256", key(scenario));
        ObjectNode values = node.putObject("summary");
        List<Double> numbers = SummaryFields.values(summary);
        for (int i = 0; i < numbers.size(); i++) {
            MissingValues.put(values, SummaryFields.NAMES.get(i), numbers.get(i));
        }
        return NumberedFiles.write(dir.resolve(FOLDER), run + 1, node);
    }

    /**
     * The summaries of the runs of {@code runs} already finished in {@code dir}, by run index
     * from 0. A file that cannot be read as a run is ignored, so that run is done again.
     *
     * @param dir the sweep's folder
     * @param runs the scenarios of every run of the sweep, in the order of the grid
     * @return the summaries of the finished runs by run index
     * @throws IOException if the folder cannot be listed or a file cannot be read
     * @throws IllegalArgumentException if a file is a run of a different sweep
     */
    public static Map<Integer, Summary> read(Path dir, List<Scenario> runs) throws IOException {
        Map<Integer, Summary> done = new HashMap<>();
        for (Map.Entry<Path, JsonNode> e : NumberedFiles.read(dir.resolve(FOLDER)).entrySet()) {
            Path file = e.getKey();
            JsonNode node = e.getValue();
            int run = node.path("run").asInt(0) - 1;
            if (run < 0 || run >= runs.size()
                    || !key(runs.get(run)).equals(node.path("scenario_sha256").asText())) {
                throw new IllegalArgumentException(file + " is a run of a different sweep"
                        + " (other scenario, values, seeds or options); use --force to start"
                        + " over, or another --out");
            }
            summary(node.path("summary")).ifPresent(s -> done.put(run, s));
        }
        return done;
    }

    /**
     * Deletes every run file, for a sweep started over with --force.
     *
     * @param dir the sweep's folder
     * @throws IOException if a file cannot be deleted
     */
    public static void clear(Path dir) throws IOException {
        NumberedFiles.clear(dir.resolve(FOLDER));
    }

    /**
     * The summary of a run file, or empty if a value is missing or not a number; null is NaN,
     * an outcome that does not apply.
     */
    private static Optional<Summary> summary(JsonNode node) {
        List<Double> values = new ArrayList<>();
        for (String name : SummaryFields.NAMES) {
            JsonNode value = node.path(name);
            if (value.isNumber()) {
                values.add(value.doubleValue());
            } else if (value.isNull()) {
                values.add(Double.NaN);
            } else if (value.isTextual() && NON_FINITE.contains(value.asText())) {
                // Jackson writes NaN and the infinities as text
                values.add(Double.parseDouble(value.asText()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(SummaryFields.summary(values));
    }

    /**
     * SHA-256 of the scenario's full text: equal exactly when the runs would be equal.
     *
     * @param scenario the scenario
     * @return the digest in hexadecimal
     */
    public static String key(Scenario scenario) {
        try {
            byte[] text = ScenarioFiles.write(scenario, ScenarioFormat.JSON, ModelDetail.ALL)
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
