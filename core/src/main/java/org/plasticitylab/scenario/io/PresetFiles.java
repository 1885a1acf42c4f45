package org.plasticitylab.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.plasticitylab.scenario.Presets;

/**
 * The presets as the YAML files users copy ({@code presets/NAME.yaml} on the class path). They
 * are written from {@link Presets} and a test keeps both equal, so neither can drift.
 */
public final class PresetFiles {
    private PresetFiles() {
    }

    /**
     * Class-path resource of a preset's file.
     *
     * @param name preset name
     * @return the resource path, {@code /presets/NAME.yaml}
     */
    public static String resource(String name) {
        return "/presets/" + name + ".yaml";
    }

    /**
     * The shipped YAML text of a preset.
     *
     * @param name preset name, as in {@link Presets#names()}
     * @return the file's text
     * @throws IllegalArgumentException naming the presets if there is no such preset
     */
    public static String text(String name) {
        Presets.get(name);
        try (InputStream in = PresetFiles.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("preset file " + resource(name) + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset file " + resource(name), e);
        }
    }
}
