package org.plasticitylab.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.scenario.Scenario;

/**
 * The checkpoint file: a magic line, a format version, the fingerprint of the scenario, the
 * engine state written by {@link Simulation}, and a CRC-32 of everything before it. Files are
 * written to a temporary name and moved into place, and read whole and checked before any of it
 * is used, so a checkpoint is never half-written or half-loaded.
 */
final class CheckpointFile {
    static final String MAGIC = "plasticity-lab checkpoint";
    static final int VERSION = 3;

    private CheckpointFile() {
    }

    /** Something that writes its state to a checkpoint. */
    interface Payload {
        void write(DataOutputStream out) throws IOException;
    }

    static void write(Path file, Scenario scenario, Payload payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fingerprint(scenario));
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
     * Reads and checks a checkpoint of {@code scenario}, returning a stream positioned at the
     * engine state.
     *
     * @throws IOException if the file is truncated, corrupted, of another format version or of
     *     another scenario
     */
    static DataInputStream read(Path file, Scenario scenario) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < Long.BYTES + MAGIC.length()) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint: it is too short ("
                    + bytes.length + " bytes)");
        }
        int body = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        long stored = new DataInputStream(new ByteArrayInputStream(bytes, body, Long.BYTES))
                .readLong();
        String magic = readMagic(in, file);
        if (!MAGIC.equals(magic)) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint");
        }
        if (stored != crc.getValue()) {
            throw new IOException(file + " is corrupted or truncated (checksum mismatch)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(file + " has checkpoint format version " + version
                    + "; this version of Plasticity Lab reads version " + VERSION);
        }
        if (!fingerprint(scenario).equals(in.readUTF())) {
            throw new IOException(file + " was saved from a different scenario than \""
                    + scenario.name() + "\" (settings, seed or model numbers differ)");
        }
        return in;
    }

    private static String readMagic(DataInputStream in, Path file) throws IOException {
        try {
            return in.readUTF();
        } catch (EOFException | java.io.UTFDataFormatException e) {
            throw new IOException(file + " is not a Plasticity Lab checkpoint", e);
        }
    }

    /** SHA-256 of the scenario's full value (records print every component). */
    static String fingerprint(Scenario scenario) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(scenario.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static void readDoubles(DataInputStream in, double[] into) throws IOException {
        checkLength(in.readInt(), into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readDouble();
        }
    }

    static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    static void readFloats(DataInputStream in, float[] into) throws IOException {
        checkLength(in.readInt(), into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readFloat();
        }
    }

    static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    static void readBytes(DataInputStream in, byte[] into) throws IOException {
        checkLength(in.readInt(), into.length);
        in.readFully(into);
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static void readInts(DataInputStream in, int[] into) throws IOException {
        checkLength(in.readInt(), into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readInt();
        }
    }

    static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static long[] readLongs(DataInputStream in, int expected) throws IOException {
        long[] values = new long[expected];
        checkLength(in.readInt(), expected);
        for (int i = 0; i < expected; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static void checkLength(int stored, int expected) throws IOException {
        if (stored != expected) {
            throw new IOException("checkpoint array has " + stored + " entries where this "
                    + "scenario needs " + expected);
        }
    }
}
