package org.plasticitylab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.plasticitylab.files.AtomicFiles;

/**
 * The folder a command writes into, with one discipline for every command:
 * <ul>
 * <li>a lock file ({@value #LOCK}) naming the process, so a second command into the same folder
 *     is refused while the first runs;</li>
 * <li>a folder that already holds files needs {@code --force} (continuing its own work, a
 *     resumed run or sweep, is the exception the caller decides on);</li>
 * <li>a completion marker ({@value #MARKER}, listing the files of the command) written last,
 *     and removed before anything else is written, so a folder without it is incomplete:
 *     stopped, killed, or being written.</li>
 * </ul>
 */
final class OutputFolder implements AutoCloseable {
    /** The lock file, present while a command writes into the folder. */
    static final String LOCK = ".plasticity.lock";
    /** The completion marker: the folder's files are whole and of one command. */
    static final String MARKER = "plasticity-complete.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final OutputLock lock;

    private OutputFolder(Path dir, OutputLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Claims {@code dir} for {@code command}: locks it, checks that it may be written (absent,
     * empty, {@code force}, or {@code continuing} earlier work in it), removes its completion
     * marker and the temporary files a killed earlier run left in it and in {@code subfolders}.
     *
     * @throws UserInputException if the folder is a file, is locked by a live process, or
     *     holds files and neither {@code force} nor {@code continuing} applies
     */
    static OutputFolder claim(Path dir, boolean force, boolean continuing, String command,
            String... subfolders) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserInputException("--out " + dir + " is a file, not a folder");
        }
        boolean existed = Files.isDirectory(dir);
        Files.createDirectories(dir);
        OutputLock lock = OutputLock.acquire(dir.resolve(LOCK), "into " + dir, command);
        try {
            if (existed && !force && !continuing && holdsFiles(dir)) {
                throw new UserInputException("the output folder " + dir + " already holds files"
                        + lock.stale().map(p -> " (left incomplete by " + p + ")").orElse("")
                        + "; use --force to write into it anyway, or another --out");
            }
            Files.deleteIfExists(dir.resolve(MARKER));
            AtomicFiles.removeLeftovers(dir);
            for (String sub : subfolders) {
                AtomicFiles.removeLeftovers(dir.resolve(sub));
            }
            return new OutputFolder(dir, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The folder. */
    Path dir() {
        return dir;
    }

    /**
     * Writes the completion marker, last: every file of the command is written.
     *
     * @param command the command line that wrote the folder
     * @param files the files it wrote, in the order written
     * @param version the Plasticity Lab version
     * @return the marker file
     */
    Path complete(String command, List<Path> files, String version) throws IOException {
        ObjectNode node = JSON.createObjectNode().put("command", command)
                .put("version", version);
        ArrayNode names = node.putArray("files");
        files.forEach(f -> names.add(dir.toAbsolutePath().relativize(f.toAbsolutePath())
                .toString()));
        return AtomicFiles.writeString(dir.resolve(MARKER), JSON.writeValueAsString(node) + "\n");
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** Whether the folder holds anything besides the lock. */
    static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(f -> !f.getFileName().toString().equals(LOCK));
        }
    }
}
