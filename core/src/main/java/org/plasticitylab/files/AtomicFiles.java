package org.plasticitylab.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that nobody sees half of one: to a temporary file in the target's folder,
 * then moved over the target (atomically where the file system can). A crash, a full disk or an
 * interruption leaves the old file or none, never half a CSV that looks complete.
 */
public final class AtomicFiles {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a text file (UTF-8) to a writer. */
    @FunctionalInterface
    public interface TextContent {
        /** Writes everything; the writer is flushed and closed by the caller. */
        void writeTo(Writer out) throws IOException;
    }

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** Writes a UTF-8 text file. */
    public static Path writeString(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return write(file, out -> out.write(bytes));
    }

    /** Writes a UTF-8 text file produced by {@code content}. */
    public static Path writeText(Path file, TextContent content) {
        return write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes a file, creating its folder if needed.
     *
     * @return {@code file}
     * @throws UncheckedIOException naming the file, if it cannot be written
     */
    public static Path write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stick to the result.
            tmp = target.resolveSibling("." + target.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(tmp, target);
            return file;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; that failure is the one worth reporting
        }
    }
}
