package org.plasticitylab.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The per-seed numbers the target tests read, appended to {@code target/measured-targets.tsv}
 * (what, then one column per seed, then the mean) as each is checked, so docs/model.md's table
 * can be refreshed from the very numbers the tests passed on.
 */
final class MeasuredValues {
    private static final Path FILE = Path.of("target", "measured-targets.tsv");

    private MeasuredValues() {
    }

    static synchronized void note(String what, double[] values) {
        String row = what + "\t" + Arrays.stream(values).mapToObj(MeasuredValues::format)
                .collect(Collectors.joining("\t")) + "\t"
                + format(Arrays.stream(values).filter(Double::isFinite).average().orElse(
                        Double.NaN)) + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
