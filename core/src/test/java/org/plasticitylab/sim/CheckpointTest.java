package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.plasticity.HebbianParameters;
import org.plasticitylab.plasticity.OjaRule;
import org.plasticitylab.plasticity.RuleParameters;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;

class CheckpointTest {
    @TempDir
    Path dir;

    private static Scenario scenario(long seed) {
        return Scenario.builder("ckpt").days(5).burnInDays(1).seed(seed)
                .network(new NetworkSpec(120, 30)).stress(0, 5, 0.8)
                .treatment(NmdaBlock.standard(1.0, 2.5))
                .treatment(EsketamineNasal.standard(56, List.of(2.0, 4.0)))
                .therapy(new TherapySchedule(1, 1, 3, 2)).build();
    }

    @ParameterizedTest(name = "seed {0}, stopped after step {1}")
    @CsvSource({"1, 0", "1, 1", "2, 97", "3, 193", "2, 195", "3, 250", "3, 479"})
    void resumingGivesTheUninterruptedRunBitForBit(long seed, int stopAfter) throws IOException {
        Scenario s = scenario(seed);
        Result whole = Simulation.run(s);
        Simulation first = Simulation.create(s);
        for (int i = 0; i < stopAfter; i++) {
            first.step();
        }
        Path file = dir.resolve("day.ckpt");
        first.saveCheckpoint(file);
        Result resumed = Simulation.builder(s).resumeFrom(file).build().run();
        SameBits.assertSameBits(whole.series(), resumed.series());
        assertThat(resumed.completed()).isTrue();
    }

    @Test
    void aFlippedByteIsDetected() throws IOException {
        Path file = checkpointAfter(50);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertRefused(file, scenario(1), "corrupted or truncated");
    }

    @Test
    void aTruncatedFileIsDetected() throws IOException {
        Path file = checkpointAfter(50);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        assertRefused(file, scenario(1), "corrupted or truncated");
    }

    @Test
    void anotherScenarioIsRefused() throws IOException {
        assertRefused(checkpointAfter(50), scenario(2), "different scenario");
    }

    @Test
    void anotherRuleIsRefusedByName() throws IOException {
        Path file = checkpointAfter(50);
        Scenario oja = scenario(1).toBuilder().model(withRule("oja")).build();
        assertRefused(file, oja, "different scenario");
        Simulation custom = Simulation.builder(scenario(1))
                .rule(new OjaRule(HebbianParameters.defaults(), 1)).build();
        custom.step();
        Path javaRule = dir.resolve("java-rule.ckpt");
        custom.saveCheckpoint(javaRule);
        assertRefused(javaRule, scenario(1),
                "saved with the plasticity rule \"org.plasticitylab.plasticity.OjaRule\"; this run"
                        + " uses \"bcm\"");
    }

    private static ModelParameters withRule(String type) {
        return ModelParameters.defaults().withRule(new RuleParameters(type));
    }

    @Test
    void anotherFormatVersionIsRefused() throws IOException {
        Path file = dir.resolve("future.ckpt");
        Scenario s = scenario(1);
        writeWithVersion(file, s, CheckpointFile.VERSION + 1);
        assertRefused(file, s, "format version " + (CheckpointFile.VERSION + 1));
    }

    @Test
    void aCheckpointOfTheFormerFormatIsRefused() throws IOException {
        Path file = dir.resolve("per-chunk-streams.ckpt");
        Scenario s = scenario(1);
        writeWithVersion(file, s, CheckpointFile.VERSION - 1);
        assertRefused(file, s, "has checkpoint format version " + (CheckpointFile.VERSION - 1)
                + "; this version of Plasticity Lab reads version " + CheckpointFile.VERSION);
    }

    @Test
    void somethingElseIsNotACheckpoint() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "name: healthy\ndays: 84\nseed: 42\n"
                + "description: a scenario file, not a checkpoint\n");
        assertRefused(file, scenario(1), "not a Plasticity Lab checkpoint");
    }

    private Path checkpointAfter(int steps) throws IOException {
        Simulation sim = Simulation.create(scenario(1));
        for (int i = 0; i < steps; i++) {
            sim.step();
        }
        Path file = dir.resolve("at-" + steps + ".ckpt");
        sim.saveCheckpoint(file);
        return file;
    }

    private static void writeWithVersion(Path file, Scenario s, int version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(CheckpointFile.MAGIC);
        out.writeInt(version);
        out.writeUTF(CheckpointFile.fingerprint(s));
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        Files.write(file, bytes.toByteArray());
    }

    private static void assertRefused(Path file, Scenario s, String reason) {
        assertThatThrownBy(() -> Simulation.builder(s).resumeFrom(file).build())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(reason);
    }
}
