package org.plasticitylab.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.AtomicFiles;

/**
 * {@code datapackage.json} beside the CSV files of a folder: a Frictionless Data tabular data
 * package naming each file and, per column, its name, type, unit and description, so that
 * pandas, R, a spreadsheet or {@code frictionless validate} read the files without guessing.
 * Empty cells are missing values (an outcome that does not apply).
 */
public final class DataPackage {
    /** The file name. */
    public static final String FILE = "datapackage.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One CSV file of the package.
     *
     * @param file the file name, in the package's folder
     * @param description what one row is
     * @param fields its columns, in file order
     */
    public record Table(String file, String description, List<Field> fields) {
        /** Copies the fields. */
        public Table {
            fields = List.copyOf(fields);
        }
    }

    private DataPackage() {
    }

    /**
     * Writes {@code dir/datapackage.json}.
     *
     * @param dir the folder holding the tables
     * @param name the package name (a scenario or the command), made lower-case and safe
     * @param tables the CSV files in the folder
     * @return the file written
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static Path write(Path dir, String name, List<Table> tables)
            throws JsonProcessingException {
        return AtomicFiles.writeString(dir.resolve(FILE), JSON.writeValueAsString(of(name, tables))
                + "\n");
    }

    static ObjectNode of(String name, List<Table> tables) {
        ObjectNode node = JSON.createObjectNode().put("profile", "tabular-data-package")
                .put("name", packageName(name)).put("description", Explanation.DISCLAIMER);
        ArrayNode resources = node.putArray("resources");
        for (Table t : tables) {
            ObjectNode r = resources.addObject()
                    .put("name", packageName(t.file().replaceFirst("\\.csv$", "")))
                    .put("path", t.file()).put("profile", "tabular-data-resource")
                    .put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8")
                    .put("description", t.description());
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Field f : t.fields()) {
                ObjectNode o = fields.addObject().put("name", f.name()).put("type", f.type());
                if (!f.unit().isEmpty()) {
                    o.put("unit", f.unit());
                }
                o.put("description", f.description());
                if (!f.scenarioKey().isEmpty()) {
                    o.put("scenario_key", f.scenarioKey());
                }
            }
            schema.putArray("missingValues").add("");
        }
        return node;
    }

    /** Frictionless names are lower-case letters, digits, '-', '_' and '.'. */
    static String packageName(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "plasticity" : safe;
    }
}
