package org.plasticitylab.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;

/**
 * {@code shard.json}, which a shard of a sweep writes in place of the sweep's summary: which
 * share it is, how far it got, and everything {@code sweep-merge} needs to rebuild the whole
 * sweep without the original command line: the swept scenario (every setting, with the
 * overrides applied), the {@code --vary} values, the seeds and the chart axis.
 */
public final class ShardFile {
    /** The file name. */
    public static final String FILE = "shard.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What a shard ran.
     *
     * @param shard which share
     * @param sweep the sweep it is a share of
     * @param finished how many runs of the share finished
     */
    public record Contents(Shard shard, Definition sweep, int finished) {
        /**
         * Whether every run of the share finished.
         *
         * @return true if the shard is complete
         */
        public boolean completed() {
            return finished == size();
        }

        /**
         * How many runs the share has.
         *
         * @return the size of the share
         */
        public int size() {
            SweepGrid grid = sweep.grid();
            return shard.size(grid.settings().size() * grid.seeds().size());
        }
    }

    /**
     * A sweep as its command line gave it; equal for every shard of one sweep.
     *
     * @param base the swept scenario, with the command's overrides
     * @param vary the {@code --vary} arguments, in order
     * @param firstSeed the first seed
     * @param seeds the number of seeds per setting
     * @param axis the {@code --axis} argument; empty without one
     */
    public record Definition(Scenario base, List<String> vary, long firstSeed, int seeds,
            String axis) {
        /** Copies the list. */
        public Definition {
            vary = List.copyOf(vary);
        }

        /**
         * The sweep's grid.
         *
         * @return the settings times the seeds
         * @throws IllegalArgumentException if a {@code --vary} is invalid
         */
        public SweepGrid grid() {
            List<Variation> variations = new ArrayList<>();
            vary.forEach(v -> variations.add(Variation.parse(v)));
            return SweepGrid.of(variations, firstSeed, seeds);
        }

        /** The text two shards of the same sweep share exactly. */
        String identity() {
            return ScenarioFiles.write(base, ScenarioFormat.JSON, ModelDetail.ALL) + vary
                    + firstSeed + "/" + seeds + "/" + axis;
        }
    }

    private ShardFile() {
    }

    /**
     * Writes {@code dir/shard.json}.
     *
     * @param dir the shard's folder
     * @param contents what the shard ran
     * @param version the Plasticity Lab version to record
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path write(Path dir, Contents contents, String version) throws IOException {
        Definition d = contents.sweep();
        ObjectNode node = JSON.createObjectNode().put("shard", contents.shard().toString())
                .put("runs_in_shard", contents.size())
                .put("runs_finished", contents.finished())
                .put("completed", contents.completed())
                .put("first_seed", d.firstSeed()).put("seeds", d.seeds()).put("axis", d.axis());
        d.vary().forEach(node.putArray("vary")::add);
        node.set("scenario", JSON.readTree(ScenarioFiles.write(d.base(), ScenarioFormat.JSON,
                ModelDetail.ALL)));
        node.put("version", version).put("disclaimer", Explanation.DISCLAIMER);
        return AtomicFiles.writeString(dir.resolve(FILE), JSON.writeValueAsString(node) + "\n");
    }

    /**
     * Reads {@code dir/shard.json}.
     *
     * @param dir a shard's folder
     * @return what the shard ran
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the folder, if it holds no shard or a broken one
     */
    public static Contents read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a shard of a sweep (it has no "
                    + FILE + "; run sweep with --shard K/N into it)");
        }
        JsonNode node = JSON.readTree(file.toFile());
        try {
            List<String> vary = new ArrayList<>();
            node.path("vary").forEach(v -> vary.add(v.asText()));
            Scenario base = ScenarioFiles.parse(node.path("scenario").toString(),
                    ScenarioFormat.JSON, file.toString());
            return new Contents(Shard.parse(node.path("shard").asText()),
                    new Definition(base, vary, node.path("first_seed").asLong(),
                            node.path("seeds").asInt(), node.path("axis").asText()),
                    node.path("runs_finished").asInt());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a valid shard file: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether two shards are shares of the same sweep.
     *
     * @param a one shard's sweep
     * @param b another's
     * @return true if scenario, values, seeds and axis are the same
     */
    public static boolean sameSweep(Definition a, Definition b) {
        return a.identity().equals(b.identity());
    }
}
