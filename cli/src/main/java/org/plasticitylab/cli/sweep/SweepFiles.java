package org.plasticitylab.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plasticitylab.output.Csv;
import org.plasticitylab.cli.output.DataPackage;
import org.plasticitylab.cli.output.Field;
import org.plasticitylab.cli.output.Fields;
import org.plasticitylab.cli.output.MissingValues;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.metrics.Interval;
import org.plasticitylab.metrics.Summary;

/**
 * runs.csv (one summary row per run), settings.csv (mean and 95 % interval per setting) and
 * summary.json (whether the sweep completed). An outcome that does not apply to a run (no
 * response, no relapse) is an empty cell in runs.csv; settings.csv averages it over the seeds
 * that have it and says how many did ({@code <outcome>_n}), next to the setting's responders and
 * response rate.
 */
public final class SweepFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    /** The interval of an outcome that no seed of a setting has: empty cells. */
    private static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN, 0);

    private SweepFiles() {
    }

    /**
     * Writes summary.json: the sweep's size and how many runs finished, {@code completed} only
     * when all did. Nothing in it depends on the machine, so a resumed sweep writes the same
     * bytes as an uninterrupted one.
     *
     * @param dir the sweep's folder
     * @param scenario the name of the swept scenario
     * @param runs the number of runs of the sweep
     * @param finished how many of them finished
     * @param version the Plasticity Lab version to record
     * @return the file written
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static Path writeSummary(Path dir, String scenario, int runs, int finished,
            String version) throws JsonProcessingException {
        ObjectNode node = JSON.createObjectNode().put("scenario", scenario)
                .put("runs", runs).put("runs_finished", finished)
                .put("completed", finished == runs).put("intervals", OutcomeIntervals.METHOD)
                .put("version", version)
                .put("disclaimer", Explanation.DISCLAIMER);
        return AtomicFiles.writeString(dir.resolve("summary.json"),
                JSON.writeValueAsString(node) + "\n");
    }

    /**
     * Writes runs.csv, settings.csv and datapackage.json; {@code summaries} are in the order of {@link SweepGrid#scenarios}.
     *
     * @param grid the sweep's grid
     * @param summaries the outcome of every run
     * @param dir the sweep's folder
     * @return runs.csv, settings.csv and their datapackage.json, in that order
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(SweepGrid grid, List<Summary> summaries, Path dir)
            throws IOException {
        return List.of(AtomicFiles.writeString(dir.resolve("runs.csv"), runs(grid, summaries)),
                AtomicFiles.writeString(dir.resolve("settings.csv"), settings(grid, summaries)),
                DataPackage.write(dir, "sweep", List.of(
                        new DataPackage.Table("runs.csv", "One run of the sweep per row.",
                                runFields(grid)),
                        new DataPackage.Table("settings.csv", "One setting of the sweep per row:"
                                + " the mean and 95 % interval of each outcome over the seeds.",
                                settingFields(grid)))));
    }

    /** The varied settings, one column each, named so that R and pandas keep the name. */
    private static List<Field> varied(SweepGrid grid) {
        return grid.variations().stream().map(v -> Field.ofKey(v.key(), "The swept value of "
                + v.key() + " in the scenario.")).toList();
    }

    static List<Field> runFields(SweepGrid grid) {
        List<Field> fields = new ArrayList<>(Fields.named(List.of("run", "setting", "seed")));
        fields.addAll(varied(grid));
        fields.addAll(Fields.outcomes());
        return fields;
    }

    static List<Field> settingFields(SweepGrid grid) {
        List<Field> fields = new ArrayList<>(List.of(Fields.named("setting")));
        fields.addAll(varied(grid));
        fields.addAll(Fields.named(List.of("runs", "responders", "response_rate")));
        for (String name : SummaryFields.NAMES) {
            Field f = Fields.named(name);
            fields.add(derived(f, "_mean", "number", f.unit(), "Mean over the seeds of: "));
            fields.add(derived(f, "_ci95_low", "number", f.unit(),
                    "Lower end of the 95 % interval of the mean of: "));
            fields.add(derived(f, "_ci95_high", "number", f.unit(),
                    "Upper end of the 95 % interval of the mean of: "));
            if (SummaryFields.MAY_BE_MISSING.contains(name)) {
                fields.add(derived(f, "_n", "integer", "runs", "Seeds that have a value of: "));
            }
        }
        return fields;
    }

    private static Field derived(Field f, String suffix, String type, String unit,
            String about) {
        return new Field(f.name() + suffix, type, unit, about + f.description(), "");
    }

    static String runs(SweepGrid grid, List<Summary> summaries) {
        StringBuilder b = new StringBuilder(Csv.line(Fields.header(runFields(grid))));
        int seeds = grid.seeds().size();
        for (int run = 0; run < summaries.size(); run++) {
            List<Object> row = new ArrayList<>(List.of(run + 1, run / seeds + 1,
                    grid.seeds().get(run % seeds)));
            row.addAll(grid.settings().get(run / seeds));
            row.addAll(MissingValues.cells(SummaryFields.values(summaries.get(run))));
            row.add(summaries.get(run).responded());
            b.append(Csv.line(row));
        }
        return b.toString();
    }

    static String settings(SweepGrid grid, List<Summary> summaries) {
        StringBuilder b = new StringBuilder(Csv.line(Fields.header(settingFields(grid))));
        int seeds = grid.seeds().size();
        for (int s = 0; s < grid.settings().size(); s++) {
            List<Object> row = new ArrayList<>(List.of(s + 1));
            row.addAll(grid.settings().get(s));
            row.add(seeds);
            double responders = Arrays.stream(grid.sample(summaries, s, SweepGrid.RESPONDED))
                    .sum();
            row.addAll(List.of((int) responders, responders / seeds));
            for (String name : SummaryFields.NAMES) {
                double[] present = grid.present(summaries, s, name);
                Interval interval = present.length == 0 ? NONE
                        : OutcomeIntervals.of(grid, summaries, s, name);
                row.addAll(MissingValues.cells(List.of(interval.mean(), interval.low(),
                        interval.high())));
                if (SummaryFields.MAY_BE_MISSING.contains(name)) {
                    row.add(present.length);
                }
            }
            b.append(Csv.line(row));
        }
        return b.toString();
    }
}
