package org.plasticitylab.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plasticitylab.files.AtomicFiles;

/**
 * A folder of numbered JSON files, one per finished piece of work ({@code 0001.json},
 * {@code 0002.json}, ...), each written atomically the moment its work is done, so that an
 * interrupted sweep or cohort can be continued from them.
 */
public final class NumberedFiles {
    private static final Pattern NAME = Pattern.compile("\\d{4,}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private NumberedFiles() {
    }

    /**
     * Writes {@code folder/NNNN.json}.
     *
     * @param folder the folder
     * @param number the file's number, from 1
     * @param node the content
     * @return the file written
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static Path write(Path folder, int number, JsonNode node)
            throws JsonProcessingException {
        return AtomicFiles.writeString(folder.resolve(String.format(Locale.ROOT, "%04d.json",
                number)), JSON.writeValueAsString(node) + "\n");
    }

    /**
     * The numbered files of the folder that read as JSON, in name order; the others (cut short
     * by a kill, say) are left out, so their work is done again.
     *
     * @param folder the folder; none gives an empty map
     * @return each readable file with its content
     * @throws IOException if the folder cannot be listed or a file cannot be read
     */
    public static Map<Path, JsonNode> read(Path folder) throws IOException {
        Map<Path, JsonNode> nodes = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            try {
                nodes.put(file, JSON.readTree(file.toFile()));
            } catch (JsonProcessingException unreadable) {
                // the work of this file is done again
            }
        }
        return nodes;
    }

    /**
     * Deletes every numbered file of the folder, for work started over with --force.
     *
     * @param folder the folder
     * @throws IOException if a file cannot be deleted
     */
    public static void clear(Path folder) throws IOException {
        for (Path file : files(folder)) {
            Files.delete(file);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }
}
