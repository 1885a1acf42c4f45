package org.plasticitylab.files;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one reader of binary formats (checkpoints): the file's size is checked before it is read,
 * and every value read is checked against what it may be, so a hostile or corrupted file (a
 * recomputed checksum over NaN rows, an absurd count, a 3 GB file) is refused with an
 * {@link IOException} naming the value, never loaded, never an array index error or an
 * out-of-memory.
 */
public final class BoundedInput {
    private final String source;
    private final DataInputStream in;
    private int remaining;

    /**
     * Reads from {@code bytes}.
     *
     * @param source what the bytes are, for messages (e.g. the file name)
     * @param bytes the whole content
     * @param offset where reading starts
     * @param length how many bytes may be read
     */
    public BoundedInput(String source, byte[] bytes, int offset, int length) {
        this.source = source;
        this.in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
        this.remaining = length;
    }

    /**
     * The whole file, if it is at most {@code maxBytes}: the size is checked before reading, and
     * reading stops after {@code maxBytes} + 1 bytes should the file grow meanwhile.
     *
     * @param file the file
     * @param maxBytes the most bytes it may have
     * @param what what the file should be, for the message ("a checkpoint of this scenario")
     * @return its bytes
     * @throws IOException if it is larger, or cannot be read
     */
    public static byte[] readAll(Path file, long maxBytes, String what) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(file, size, maxBytes, what);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, bytes.length, maxBytes, what);
            }
            return bytes;
        }
    }

    private static IOException tooLarge(Path file, long size, long maxBytes, String what) {
        return new IOException(file + " has " + size + " bytes, more than the " + maxBytes
                + " that " + what + " can have");
    }

    /**
     * Bytes not yet read.
     *
     * @return the count
     */
    public int remaining() {
        return remaining;
    }

    /**
     * A modified-UTF-8 string of at most {@code maxLength} bytes.
     *
     * @param name the value's name, for the message
     * @param maxLength the most bytes it may take
     * @return the string
     * @throws IOException if it is longer, malformed or cut off
     */
    public String readUtf(String name, int maxLength) throws IOException {
        int length = readUnsignedShortAhead();
        if (length > maxLength) {
            throw new IOException(source + ": " + name + " has " + length + " bytes, at most "
                    + maxLength + " allowed");
        }
        try {
            String text = in.readUTF();
            remaining -= 2 + length;
            return text;
        } catch (EOFException | UTFDataFormatException e) {
            throw new IOException(source + ": " + name + " is cut off or malformed", e);
        }
    }

    private int readUnsignedShortAhead() throws IOException {
        need(2, "a text length");
        in.mark(2);
        int length = in.readUnsignedShort();
        in.reset();
        return length;
    }

    /**
     * An int in [{@code min}, {@code max}].
     *
     * @param name the value's name, for the message
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     * @throws IOException if it is outside or the input ends
     */
    public int readInt(String name, int min, int max) throws IOException {
        need(Integer.BYTES, name);
        int v = in.readInt();
        remaining -= Integer.BYTES;
        if (v < min || v > max) {
            throw outside(name, v, min, max);
        }
        return v;
    }

    /**
     * A long, any value.
     *
     * @param name the value's name, for the message
     * @return the value
     * @throws IOException if the input ends
     */
    public long readLong(String name) throws IOException {
        need(Long.BYTES, name);
        remaining -= Long.BYTES;
        return in.readLong();
    }

    /**
     * A boolean stored as one byte, 0 or 1.
     *
     * @param name the value's name, for the message
     * @return the value
     * @throws IOException if the byte is anything else or the input ends
     */
    public boolean readBoolean(String name) throws IOException {
        return readFlag(name) == 1;
    }

    private byte readFlag(String name) throws IOException {
        need(1, name);
        byte b = in.readByte();
        remaining--;
        if (b != 0 && b != 1) {
            throw new IOException(source + ": " + name + " must be 0 or 1, was " + b);
        }
        return b;
    }

    /**
     * A double in [{@code min}, {@code max}] (so never NaN).
     *
     * @param name the value's name, for the message
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     * @throws IOException if it is outside or the input ends
     */
    public double readDouble(String name, double min, double max) throws IOException {
        need(Double.BYTES, name);
        double v = in.readDouble();
        remaining -= Double.BYTES;
        if (!(v >= min && v <= max)) {
            throw outside(name, v, min, max);
        }
        return v;
    }

    /**
     * A finite double.
     *
     * @param name the value's name, for the message
     * @return the value
     * @throws IOException if it is NaN or infinite or the input ends
     */
    public double readFinite(String name) throws IOException {
        return readDouble(name, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /**
     * A length written before an array, which must be {@code expected}.
     *
     * @param name the array's name, for the message
     * @param expected the length this reader needs
     * @throws IOException if it differs or the input ends
     */
    public void readLength(String name, int expected) throws IOException {
        int stored = readInt(name + " length", 0, Integer.MAX_VALUE);
        if (stored != expected) {
            throw new IOException(source + ": " + name + " has " + stored + " entries where "
                    + expected + " are needed");
        }
    }

    /**
     * Fills {@code into} with doubles in [{@code min}, {@code max}].
     *
     * @param name the array's name, for the message
     * @param into the array to fill, all of it
     * @param min the smallest allowed
     * @param max the largest allowed
     * @throws IOException if a value is outside or the input ends
     */
    public void readDoubles(String name, double[] into, double min, double max)
            throws IOException {
        need((long) into.length * Double.BYTES, name);
        for (int i = 0; i < into.length; i++) {
            into[i] = readDouble(name + "[" + i + "]", min, max);
        }
    }

    /**
     * Fills {@code into} with floats in [{@code min}, {@code max}].
     *
     * @param name the array's name, for the message
     * @param into the array to fill, all of it
     * @param min the smallest allowed
     * @param max the largest allowed
     * @throws IOException if a value is outside or the input ends
     */
    public void readFloats(String name, float[] into, float min, float max) throws IOException {
        need((long) into.length * Float.BYTES, name);
        for (int i = 0; i < into.length; i++) {
            float v = in.readFloat();
            remaining -= Float.BYTES;
            if (!(v >= min && v <= max)) {
                throw outside(name + "[" + i + "]", v, min, max);
            }
            into[i] = v;
        }
    }

    /**
     * Fills {@code into} with flags, each 0 or 1.
     *
     * @param name the array's name, for the message
     * @param into the array to fill, all of it
     * @throws IOException if a byte is anything else or the input ends
     */
    public void readFlags(String name, byte[] into) throws IOException {
        need(into.length, name);
        for (int i = 0; i < into.length; i++) {
            into[i] = readFlag(name + "[" + i + "]");
        }
    }

    /**
     * Fills {@code into} with ints in [{@code min}, {@code max}].
     *
     * @param name the array's name, for the message
     * @param into the array to fill, all of it
     * @param min the smallest allowed
     * @param max the largest allowed
     * @throws IOException if a value is outside or the input ends
     */
    public void readInts(String name, int[] into, int min, int max) throws IOException {
        need((long) into.length * Integer.BYTES, name);
        for (int i = 0; i < into.length; i++) {
            into[i] = readInt(name + "[" + i + "]", min, max);
        }
    }

    /**
     * Throws unless {@code bytes} more can be read: checked before an array is filled, so a
     * cut-off file is refused before any of it is used.
     *
     * @param bytes bytes about to be read
     * @param name what they are, for the message
     * @throws IOException if fewer remain
     */
    public void need(long bytes, String name) throws IOException {
        if (bytes > remaining) {
            throw new IOException(source + " ends inside " + name + " (" + remaining
                    + " bytes left, " + bytes + " needed)");
        }
    }

    private IOException outside(String name, double v, double min, double max) {
        return new IOException(source + ": " + name + " is " + v + ", outside [" + min + ", "
                + max + "]");
    }
}
