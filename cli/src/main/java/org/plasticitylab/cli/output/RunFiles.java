package org.plasticitylab.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.sim.Result;

/** The files of one run: time series, summary.json and the scenario that actually ran. */
public final class RunFiles {

    /** Time-series file format. */
    public enum Format {
        /** {@code timeseries.csv}: a header, then one line per sample. */
        CSV,
        /** {@code timeseries.json}: one array per column. */
        JSON
    }

    private RunFiles() {
    }

    /**
     * Writes the run's data into {@code dir}: the time series and the scenario that ran. The
     * summary comes last, with {@link #writeSummary}, once every other file is written.
     *
     * @param result the finished run
     * @param dir the folder to write into; existing files of the same name are replaced
     * @param format the format of the time-series file
     * @return the time-series file, its {@code datapackage.json} (CSV only) and
     *     {@code scenario.yaml}, in that order
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeData(Result result, Path dir, Format format)
            throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(format == Format.CSV
                ? AtomicFiles.writeText(dir.resolve("timeseries.csv"),
                        out -> TimeSeriesFiles.writeCsv(result.series(), out))
                : AtomicFiles.writeText(dir.resolve("timeseries.json"),
                        out -> TimeSeriesFiles.writeJson(result.series(), out)));
        if (format == Format.CSV) {
            written.add(DataPackage.write(dir, result.scenario().name(), List.of(
                    new DataPackage.Table("timeseries.csv", "One sample of the run per row.",
                            Fields.timeSeries()))));
        }
        written.add(AtomicFiles.writeString(dir.resolve("scenario.yaml"),
                ScenarioFiles.write(result.scenario(), ScenarioFormat.YAML, ModelDetail.ALL)));
        return written;
    }

    /**
     * Writes {@code summary.json}; {@code "completed"} is true only if the run reached its last
     * step and {@code filesComplete}.
     *
     * @param result the run
     * @param dir the folder to write into
     * @param version the Plasticity Lab version to record
     * @param filesComplete whether every other file of the run (charts included) is written
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path writeSummary(Result result, Path dir, String version,
            boolean filesComplete) throws IOException {
        ObjectNode node = summary(result, version);
        node.put("completed", result.completed() && filesComplete);
        return AtomicFiles.writeString(dir.resolve("summary.json"),
                JsonNumbers.MAPPER.writeValueAsString(node) + "\n");
    }

    /**
     * Key outcomes with what produced them, whether the run responded, and the disclaimer; an
     * outcome that does not apply (no response, no relapse) is null.
     *
     * @param result the finished run
     * @param version the Plasticity Lab version to record
     * @return the content of {@code summary.json}
     */
    public static ObjectNode summary(Result result, String version) {
        Scenario s = result.scenario();
        ObjectNode node = JsonNumbers.MAPPER.createObjectNode()
                .put("scenario", s.name())
                .put("description", s.description())
                .put("seed", s.seed())
                .put("days", Decimals.decimal(s.days()))
                .put("neurons", s.network().neurons())
                .put("completed", result.completed())
                .put("run_time_ms", result.elapsedMillis())
                .put("version", version);
        List<Double> values = SummaryFields.values(result.summary());
        for (int i = 0; i < values.size(); i++) {
            MissingValues.put(node, SummaryFields.NAMES.get(i), values.get(i));
        }
        return node.put(SummaryFields.RESPONDED, result.summary().responded())
                .put("disclaimer", Explanation.DISCLAIMER);
    }
}
