package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;

/**
 * Issue 13, item 5: checkpoints forged with a recomputed checksum. Before, NaN rows were
 * accepted (4,033 NaN values in the output), some forgeries gave an
 * ArrayIndexOutOfBoundsException and a 3 GB file an OutOfMemoryError; now each is refused
 * with an IOException naming the value, or, if every value is possible, loaded and run.
 */
class HostileCheckpointTest {
    private static final int MUTATIONS = 400;

    @TempDir
    Path dir;

    private static Scenario scenario() {
        return Scenario.builder("forged").days(3).burnInDays(1).seed(5)
                .network(new NetworkSpec(80, 20)).stress(0, 3, 0.8)
                .treatment(NmdaBlock.standard(1.0)).build();
    }

    private byte[] checkpoint() throws IOException {
        Simulation sim = Simulation.create(scenario());
        for (int i = 0; i < 60; i++) {
            sim.step();
        }
        Path file = dir.resolve("good.ckpt");
        sim.saveCheckpoint(file);
        return Files.readAllBytes(file);
    }

    /** The bytes with their CRC recomputed, as a forger would. */
    private Path forged(byte[] bytes, String name) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void nanRowsAreRefusedNamingTheColumnAndRow() throws IOException {
        byte[] bytes = checkpoint();
        int lastValue = bytes.length - Long.BYTES - Double.BYTES;
        ByteBuffer.wrap(bytes).putDouble(lastValue, Double.NaN);
        Path file = forged(bytes, "nan.ckpt");
        assertThatThrownBy(() -> Simulation.builder(scenario()).resumeFrom(file).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(Column.values()[Column.values().length - 1].label())
                .hasMessageContaining("of row").hasMessageContaining("NaN");
    }

    @Test
    void everyForgeryIsRefusedOrRunsToFiniteNumbers() throws IOException {
        byte[] good = checkpoint();
        Random random = new Random(13);
        int refused = 0;
        for (int k = 0; k < MUTATIONS; k++) {
            byte[] bytes = good.clone();
            int at = random.nextInt(bytes.length - Long.BYTES);
            switch (k % 3) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> ByteBuffer.wrap(bytes).putInt(Math.min(at, bytes.length - 12),
                        random.nextInt());
                default -> ByteBuffer.wrap(bytes).putDouble(Math.min(at, bytes.length - 16),
                        k % 2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY);
            }
            Path file = forged(bytes, "m.ckpt");
            Simulation sim;
            try {
                sim = Simulation.builder(scenario()).resumeFrom(file).build();
            } catch (UncheckedIOException expected) {
                refused++;
                continue;
            }
            TimeSeries series = sim.run().series();
            for (Column c : Column.values()) {
                for (double v : series.column(c)) {
                    assertThat(v).as("%s after mutation %d at %d", c, k, at).isFinite();
                }
            }
        }
        assertThat(refused).as("forgeries refused").isGreaterThan(MUTATIONS / 5);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.ckpt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> Simulation.builder(scenario()).resumeFrom(file).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("has 3221225472 bytes, more than the");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
