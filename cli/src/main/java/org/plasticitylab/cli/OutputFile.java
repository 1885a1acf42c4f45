package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A single file a command writes (the HTML report), under the discipline of
 * {@link OutputFolder}: a lock beside it naming the process, an existing file replaced only
 * with {@code --force}, and never anything but a regular file (not a folder, a device such as
 * {@code /dev/null}, a pipe or a link). The file itself is written to a temporary name and moved
 * into place, so its appearance is its completion marker.
 */
final class OutputFile implements AutoCloseable {
    private final Path file;
    private final OutputLock lock;

    private OutputFile(Path file, OutputLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /**
     * Claims {@code file} for {@code command}.
     *
     * @throws UserInputException if it is not a regular file, exists without {@code force}, or
     *     a live process is writing it
     */
    static OutputFile claim(Path file, boolean force, String command) throws IOException {
        Path name = file.getFileName();
        if (name == null) {
            throw new UserInputException("--out " + file + " names no file");
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && Files.isDirectory(file)) {
            throw new UserInputException("--out " + file + " is a folder; give a file name such"
                    + " as " + file.resolve("report.html"));
        }
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserInputException("--out " + file + " is not a regular file (a device,"
                    + " pipe, socket or link); write to a new file instead");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new UserInputException("--out " + file + ": " + parent + " is not a folder");
        }
        Files.createDirectories(parent);
        OutputLock lock = OutputLock.acquire(parent.resolve("." + name + ".lock"), file.toString(),
                command);
        if (exists && !force) {
            lock.close();
            throw new UserInputException(file + " already exists; use --force to replace it, or"
                    + " another --out");
        }
        return new OutputFile(file, lock);
    }

    /** The file to write. */
    Path file() {
        return file;
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        lock.close();
    }
}
