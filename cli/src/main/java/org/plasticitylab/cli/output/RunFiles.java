package org.plasticitylab.cli.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.output.SummaryJson;
import org.plasticitylab.output.TimeSeriesCsv;
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
                        out -> TimeSeriesCsv.write(result.series(), out))
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
     * Writes {@code summary.json} ({@link SummaryJson}); {@code "completed"} is true only if the
     * run reached its last step and {@code filesComplete}.
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
        return AtomicFiles.writeString(dir.resolve("summary.json"),
                SummaryJson.write(result, version, filesComplete));
    }
}
