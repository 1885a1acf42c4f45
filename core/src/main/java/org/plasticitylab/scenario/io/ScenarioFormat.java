package org.plasticitylab.scenario.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** The two scenario file syntaxes; both use the same keys. */
public enum ScenarioFormat {
    /** YAML, extensions {@code .yaml} and {@code .yml}. */
    YAML("yaml", "yml"),
    /** JSON, extension {@code .json}. */
    JSON("json");

    /** Deepest nesting a scenario file needs is 4; anything far deeper is hostile. */
    static final int MAX_NESTING = 32;

    private final String[] extensions;

    ScenarioFormat(String... extensions) {
        this.extensions = extensions;
    }

    /**
     * The usual file extension, without the dot.
     *
     * @return {@code yaml} or {@code json}
     */
    public String extension() {
        return extensions[0];
    }

    /**
     * The format a file name's extension stands for, if any (case is ignored).
     *
     * @param file the file; only its name is looked at
     * @return the format, or empty for another extension
     */
    public static Optional<ScenarioFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ScenarioFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith("." + ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** A parser factory hardened against hostile input (depth, size, non-numbers reported). */
    JsonFactory parserFactory() {
        return this == JSON ? Factories.JSON : Factories.YAML;
    }

    /** Built once: factories are thread-safe and costly to configure. */
    private static final class Factories {
        static final JsonFactory JSON = build(ScenarioFormat.JSON);
        static final JsonFactory YAML = build(ScenarioFormat.YAML);
    }

    private static JsonFactory build(ScenarioFormat format) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(SourceText.MAX_BYTES)
                .build();
        if (format == JSON) {
            return JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .streamReadConstraints(limits)
                    .build();
        }
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setMaxAliasesForCollections(0);
        loader.setCodePointLimit(SourceText.MAX_BYTES);
        return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(limits).build();
    }
}
