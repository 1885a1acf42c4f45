package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV a command writes has a datapackage.json beside it that describes its header. */
class DataPackageFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void aRunDescribesEveryTimeSeriesColumnAndWritesCountsAsIntegers() throws Exception {
        Path out = dir.resolve("run");
        Cli.Outcome o = Cli.run("run", Cli.tinyFile(dir, "tiny").toString(), "--out",
                out.toString(), "--no-charts", "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        JsonNode count = describedHeaderOf(out, "timeseries.csv").get(7);
        assertThat(count.path("name").asText()).isEqualTo("synapse_count");
        assertThat(count.path("type").asText()).isEqualTo("integer");
        assertThat(count.path("unit").asText()).isEqualTo("synapses");
        assertThat(count.path("description").asText()).isEqualTo("Number of present synapses.");
        String firstRow = Files.readAllLines(out.resolve("timeseries.csv")).get(1);
        assertThat(firstRow.split(",")[7]).matches("[0-9]+");
    }

    @Test
    void aSweepNamesItsSettingsSoRAndPandasKeepThemAndKeepsTheKeys() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Outcome o = Cli.run("sweep", Cli.tinyFile(dir, "tiny").toString(), "--vary",
                "treatments[0].dose_mg_per_kg=0.5:1:2", "--seeds", "1", "--out", out.toString(),
                "--no-charts", "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        JsonNode dose = describedHeaderOf(out, "runs.csv").get(3);
        assertThat(dose.path("name").asText()).isEqualTo("treatments_0_dose_mg_per_kg");
        assertThat(dose.path("scenario_key").asText()).isEqualTo("treatments[0].dose_mg_per_kg");
        JsonNode settings = describedHeaderOf(out, "settings.csv");
        assertThat(settings.get(1).path("name").asText()).isEqualTo("treatments_0_dose_mg_per_kg");
    }

    @Test
    void aComparisonAndACohortDescribeTheirTables() throws Exception {
        Path tiny = Cli.tinyFile(dir, "tiny");
        Cli.Outcome compare = Cli.run("compare", tiny.toString(), tiny.toString(), "--out",
                dir.resolve("cmp").toString(), "--no-charts", "--quiet");
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(describedHeaderOf(dir.resolve("cmp"), "comparison.csv").get(0)
                .path("type").asText()).isEqualTo("string");
        Cli.Outcome cohort = Cli.run("cohort", tiny.toString(), "--patients", "2", "--out",
                dir.resolve("cohort").toString(), "--no-charts", "--quiet");
        assertThat(cohort.exit()).as(cohort.err()).isZero();
        assertThat(describedHeaderOf(dir.resolve("cohort"), "patients.csv").get(2)
                .path("type").asText()).isEqualTo("boolean");
    }

    /** The schema's fields of {@code file}, after checking they name its header in order. */
    private static JsonNode describedHeaderOf(Path folder, String file) throws IOException {
        JsonNode pkg = JSON.readTree(folder.resolve("datapackage.json").toFile());
        assertThat(pkg.path("profile").asText()).isEqualTo("tabular-data-package");
        for (JsonNode resource : pkg.path("resources")) {
            if (resource.path("path").asText().equals(file)) {
                JsonNode fields = resource.path("schema").path("fields");
                List<String> names = new ArrayList<>();
                fields.forEach(f -> {
                    names.add(f.path("name").asText());
                    assertThat(f.path("description").asText()).isNotBlank();
                });
                String header = Files.readAllLines(folder.resolve(file)).get(0);
                assertThat(String.join(",", names)).isEqualTo(header);
                return fields;
            }
        }
        throw new AssertionError(file + " is not in " + folder.resolve("datapackage.json"));
    }
}
