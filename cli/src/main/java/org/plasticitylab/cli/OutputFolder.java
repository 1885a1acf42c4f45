package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.plasticitylab.files.AtomicFiles;

/**
 * The folder a command writes into. A folder that already holds files is not written into
 * without {@code --force}, so that a typo in {@code --out} never replaces earlier results;
 * continuing its own work (a resumed run or sweep) is the exception the caller decides on.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Checks that {@code dir} may be written: absent, empty, {@code force}, or
     * {@code continuing} earlier work in it. Then removes the temporary files a killed earlier
     * run left in it and in {@code subfolders}.
     *
     * @throws UserInputException if the folder holds files and neither applies, or is a file
     */
    static Path claim(Path dir, boolean force, boolean continuing, String... subfolders)
            throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserInputException("--out " + dir + " is a file, not a folder");
        }
        if (!force && !continuing && holdsFiles(dir)) {
            throw new UserInputException("the output folder " + dir + " already holds files;"
                    + " use --force to write into it anyway, or another --out");
        }
        AtomicFiles.removeLeftovers(dir);
        for (String sub : subfolders) {
            AtomicFiles.removeLeftovers(dir.resolve(sub));
        }
        return dir;
    }

    static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
