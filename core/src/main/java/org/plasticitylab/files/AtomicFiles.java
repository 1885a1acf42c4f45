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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that nobody sees half of one: to a temporary file in the target's folder,
 * then moved over the target (atomically where the file system can). A crash, a full disk or an
 * interruption leaves the old file or none, never half a CSV that looks complete.
 */
public final class AtomicFiles {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
     * Writes everything; the stream is closed by the caller.
     *
     * @param out the stream to the temporary file
     * @throws IOException if writing fails; the target is left as it was
     */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a text file (UTF-8) to a writer. */
    @FunctionalInterface
    public interface TextContent {
        /**
     * Writes everything; the writer is flushed and closed by the caller.
     *
     * @param out the UTF-8 writer to the temporary file
     * @throws IOException if writing fails; the target is left as it was
     */
        void writeTo(Writer out) throws IOException;
    }

    private static final AtomicLong COUNTER = new AtomicLong();
    /**
     * {@code .<name>.<pid>-<counter>@<host>.tmp}, the temporary names {@link #write} uses;
     * names without {@code @<host>}, of earlier versions, are taken as this host's.
     */
    private static final Pattern TEMPORARY =
            Pattern.compile("\\..+\\.(\\d+)-\\d+(?:@([A-Za-z0-9._-]+))?\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Writes a UTF-8 text file.
     *
     * @param file the target
     * @param text the whole content
     * @return {@code file}
     * @throws UncheckedIOException naming the file, if it cannot be written
     */
    public static Path writeString(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return write(file, out -> out.write(bytes));
    }

    /**
     * Writes a UTF-8 text file produced by {@code content}.
     *
     * @param file the target
     * @param content writes the text
     * @return {@code file}
     * @throws UncheckedIOException naming the file, if it cannot be written
     */
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
     * @param file the target
     * @param content writes the bytes
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
                    + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "@"
                    + HostName.current() + ".tmp");
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

    /**
     * Whether a file has the temporary name of a write by this class.
     *
     * @param file the file; only its name is looked at
     * @return true for a name like {@code .<name>.<pid>-<counter>@<host>.tmp}
     */
    public static boolean isTemporary(Path file) {
        return TEMPORARY.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Deletes the temporary files in {@code dir} (not in subfolders) that a killed process of
     * this host left behind; those of live processes, this one included, are writes in progress
     * and stay, and so do those of other hosts (on a shared disk), whose processes this host
     * cannot see.
     *
     * @param dir the folder; if it does not exist nothing is deleted
     * @return the files deleted
     * @throws UncheckedIOException if the folder cannot be listed or a file not deleted
     */
    public static List<Path> removeLeftovers(Path dir) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = TEMPORARY.matcher(file.getFileName().toString());
                boolean mine = m.matches()
                        && (m.group(2) == null || m.group(2).equals(HostName.current()));
                if (mine && !isAlive(m.group(1)) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean up " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
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
