package org.plasticitylab.sim;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.internal.Sha256;
import org.plasticitylab.scenario.Scenario;

/**
 * The checkpoint file: a magic line, a format version, the fingerprint of the scenario, the name
 * of the plasticity rule, the engine state written by {@link Simulation}, and a CRC-32 of
 * everything before it. Files are
 * written to a temporary name and moved into place, and read whole (after a size check) and
 * checked before any of it is used, every value against its range by {@link BoundedInput}, so
 * a checkpoint is never half-written or half-loaded.
 */
final class CheckpointFile {
    static final String MAGIC = "plasticity-lab checkpoint";
    /**
     * Format version; it also marks the layout of the turnover draws, so that a run is never
     * resumed on other random numbers than it started with (6: keyed by block of units).
     */
    static final int VERSION = 6;
    /** A SHA-256 in hex. */
    private static final int FINGERPRINT_CHARS = 64;
    /** Longest rule name read back: a fully qualified class name fits. */
    private static final int MAX_RULE_NAME_CHARS = 512;
    /** Magic, version, fingerprint and rule name, with their length prefixes. */
    static final int HEADER_BYTES = 2 + MAGIC.length() + Integer.BYTES + 2 + FINGERPRINT_CHARS
            + 2 + MAX_RULE_NAME_CHARS;

    private CheckpointFile() {
    }

    /** Something that writes its state to a checkpoint. */
    interface Payload {
        void write(DataOutputStream out) throws IOException;
    }

    static void write(Path file, Scenario scenario, String ruleName, Payload payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fingerprint(scenario));
        out.writeUTF(ruleName);
        payload.write(out);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        byte[] all = bytes.toByteArray();
        try {
            AtomicFiles.write(file, stream -> stream.write(all));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads and checks a checkpoint of {@code scenario}, returning a reader positioned at the
     * engine state. The size is checked before the file is read.
     *
     * @param maxStateBytes the most bytes the engine state of this scenario can take
     * @throws IOException if the file is too large, truncated, corrupted, of another format
     *     version, of another scenario or of another rule
     */
    static BoundedInput read(Path file, Scenario scenario, String ruleName, long maxStateBytes)
            throws IOException {
        byte[] bytes = BoundedInput.readAll(file, HEADER_BYTES + maxStateBytes + Long.BYTES,
                "a checkpoint of \"" + scenario.name() + "\"");
        if (bytes.length < Long.BYTES + MAGIC.length()) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint: it is too short ("
                    + bytes.length + " bytes)");
        }
        int body = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        BoundedInput in = new BoundedInput(file.toString(), bytes, 0, body);
        long stored = new BoundedInput(file.toString(), bytes, body, Long.BYTES)
                .readLong("checksum");
        String magic = readMagic(in, file);
        if (!MAGIC.equals(magic)) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint");
        }
        if (stored != crc.getValue()) {
            throw new IOException(file + " is corrupted or truncated (checksum mismatch)");
        }
        int version = in.readInt("format version", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw new IOException(file + " has checkpoint format version " + version
                    + "; this version of Plasticity Lab reads version " + VERSION);
        }
        if (!fingerprint(scenario).equals(in.readUtf("scenario fingerprint", FINGERPRINT_CHARS))) {
            throw new IOException(file + " was saved from a different scenario than \""
                    + scenario.name() + "\" (settings, seed or model numbers differ)");
        }
        String savedRule = in.readUtf("plasticity rule", MAX_RULE_NAME_CHARS);
        if (!savedRule.equals(ruleName)) {
            throw new IOException(file + " was saved with the plasticity rule \"" + savedRule
                    + "\"; this run uses \"" + ruleName + "\"");
        }
        return in;
    }

    private static String readMagic(BoundedInput in, Path file) throws IOException {
        try {
            return in.readUtf("magic", MAGIC.length());
        } catch (IOException e) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint", e);
        }
    }

    /** SHA-256 of the scenario's full value (records print every component). */
    static String fingerprint(Scenario scenario) {
        return Sha256.hex(scenario.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void writeDoubles(DataOutput out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static void writeFloats(DataOutput out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    static void writeBytes(DataOutput out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    static void writeInts(DataOutput out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /** Doubles of a known count, each finite. */
    static void readFinite(BoundedInput in, String name, double[] into)
            throws IOException {
        in.readLength(name, into.length);
        in.readDoubles(name, into, -Double.MAX_VALUE, Double.MAX_VALUE);
    }
}
