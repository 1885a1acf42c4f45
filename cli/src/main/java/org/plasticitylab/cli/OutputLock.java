package org.plasticitylab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.plasticitylab.files.HostName;

/**
 * A lock file beside (or in) an output, created atomically, holding the process id, its start
 * time and the command, so that a second command writing the same output is refused with a
 * message naming the first. A lock whose process is gone (killed with {@code kill -9}) is
 * stale: it is taken over, and the caller is told its files may be incomplete.
 */
final class OutputLock implements AutoCloseable {
    /** Most bytes of a lock file read back: a hostile one cannot make us read a lot. */
    private static final int MAX_BYTES = 4096;

    private final Path file;
    private final Optional<String> stale;

    private OutputLock(Path file, Optional<String> stale) {
        this.file = file;
        this.stale = stale;
    }

    /**
     * Takes the lock at {@code file} for {@code command}.
     *
     * @throws UserInputException naming the other process, if a live one holds it
     */
    static OutputLock acquire(Path file, String what, String command) throws IOException {
        String mine = content(ProcessHandle.current(), command);
        Optional<String> stale = Optional.empty();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.writeString(file, mine, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new OutputLock(file, stale);
            } catch (FileAlreadyExistsException held) {
                String holder = read(file);
                if (isAlive(holder)) {
                    throw new UserInputException("another plasticity process (" + describe(holder)
                            + ") is writing " + what + "; wait for it to finish, or use another"
                            + " --out");
                }
                stale = Optional.of(describe(holder));
                Files.deleteIfExists(file);
            }
        }
        throw new UserInputException("cannot lock " + what + ": " + file
                + " keeps reappearing; is another plasticity process starting?");
    }

    /**
     * The process that held a stale lock, as "pid N, COMMAND", if the lock was taken over: its
     * work stopped part way.
     */
    Optional<String> stale() {
        return stale;
    }

    /** Removes the lock file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    static String content(ProcessHandle process, String command) {
        String started = process.info().startInstant().map(Instant::toString).orElse("?");
        return "pid=" + process.pid() + "\nhost=" + HostName.current() + "\nstarted=" + started
                + "\ncommand="
                + command.replace('\n', ' ') + "\n";
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (NoSuchFileException released) {
            return "";
        }
    }

    /**
     * Whether the process the lock names runs still: same pid and same start time. A lock of
     * another host (a shared disk) counts as alive, since this host cannot see its processes.
     */
    static boolean isAlive(String lock) {
        if (!field(lock, "host").orElse(HostName.current()).equals(HostName.current())) {
            return true;
        }
        Optional<Long> pid = field(lock, "pid").flatMap(OutputLock::parseLong);
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        String started = field(lock, "started").orElse("?");
        return process.isPresent() && (started.equals("?") || process.get().info().startInstant()
                .map(Instant::toString).map(started::equals).orElse(true));
    }

    private static String describe(String lock) {
        String host = field(lock, "host").filter(h -> !h.equals(HostName.current()))
                .map(h -> " on " + Terminal.safe(h)).orElse("");
        return "pid " + field(lock, "pid").orElse("?") + host + ": "
                + Terminal.safe(field(lock, "command").orElse("?"));
    }

    private static Optional<String> field(String lock, String name) {
        return lock.lines().filter(l -> l.startsWith(name + "=")).findFirst()
                .map(l -> l.substring(name.length() + 1));
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
