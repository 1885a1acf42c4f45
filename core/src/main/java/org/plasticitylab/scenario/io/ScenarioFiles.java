package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plasticitylab.scenario.Scenario;

/**
 * Reading and writing scenario files (YAML or JSON, same keys; see docs/scenario-files.md).
 * Reading validates everything before anything runs and reports every problem at once in a
 * {@link ScenarioFileException}. Writing then reading gives an equal scenario.
 */
public final class ScenarioFiles {
    /** First line of written YAML files. */
    public static final String YAML_HEADER = "# Plasticity Lab scenario - a toy model for teaching,"
            + " not medical advice. Keys: docs/scenario-files.md\n";

    private static final ObjectMapper YAML_WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new ReadBackQuoting())
            .build());
    private static final ObjectMapper JSON_WRITER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioFiles() {
    }

    /**
     * Reads and validates a file; its extension ({@code .yaml}, {@code .yml}, {@code .json})
     * names the format.
     *
     * @param file the scenario file
     * @return the validated scenario
     * @throws ScenarioFileException listing every problem of the file
     * @throws IOException if the file cannot be read
     */
    public static Scenario read(Path file) throws IOException {
        String source = file.toString();
        ScenarioFormat format = ScenarioFormat.fromFileName(file).orElseThrow(() ->
                new ScenarioFileException(source, List.of(Problem.ofFile(
                        "a scenario file name must end in .yaml, .yml or .json"))));
        return parse(SourceText.read(file, source), format, source);
    }

    /**
     * Reads and validates scenario text.
     *
     * @param text the file's content
     * @param format its syntax
     * @param source the label that problems refer to, e.g. a file name
     * @return the validated scenario
     * @throws ScenarioFileException listing every problem of the text
     */
    public static Scenario parse(String text, ScenarioFormat format, String source) {
        LocatedTree tree = LocatedTree.parse(SourceText.check(text, source), format, source);
        Problems problems = new Problems(tree);
        Scenario scenario = new ScenarioDecoder(problems, Runtime.getRuntime().maxMemory())
                .decode(tree.root());
        if (problems.count() > 0) {
            throw new ScenarioFileException(source, problems.sorted());
        }
        return scenario;
    }

    /**
     * The scenario as file text.
     *
     * @param scenario the scenario
     * @param format the syntax to write
     * @param detail whether to write every model parameter or only those that differ from the defaults
     * @return the text in that syntax
     */
    public static String write(Scenario scenario, ScenarioFormat format, ModelDetail detail) {
        JsonNode tree = ScenarioEncoder.encode(scenario, detail);
        try {
            return format == ScenarioFormat.YAML
                    ? YAML_HEADER + YAML_WRITER.writeValueAsString(tree)
                    : JSON_WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario " + scenario.name(), e);
        }
    }

    /**
     * The scenario with one value replaced, addressed by its file path, e.g.
     * {@code stress[0].level}, {@code model.plasticity.tau_boost_hours}, {@code network.neurons}.
     *
     * @param scenario the scenario to start from
     * @param path the value's path in file keys
     * @param value the new value
     * @return a new, validated scenario
     * @throws ScenarioFileException if the path does not exist or the value is not valid there
     */
    public static Scenario with(Scenario scenario, String path, double value) {
        JsonNode tree = ScenarioEncoder.encode(scenario, ModelDetail.ALL);
        String source = path + "=" + value;
        TreePath.set(tree, path, RecordCodec.number(value), source);
        return parse(tree.toString(), ScenarioFormat.JSON, source);
    }
}
