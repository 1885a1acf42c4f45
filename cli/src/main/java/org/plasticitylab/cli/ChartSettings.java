package org.plasticitylab.cli;

import java.util.Optional;
import org.plasticitylab.viz.export.ChartOptions;
import picocli.CommandLine.Option;

/** The chart options shared by the commands that write charts. */
final class ChartSettings {
    @Option(names = "--no-charts", description = "Do not write chart images.")
    boolean noCharts;

    @Option(names = "--chart-size", paramLabel = "WxH", defaultValue = "1600x900",
            description = "Chart size in pixels (default: ${DEFAULT-VALUE}, slide size).")
    String size;

    /** The options to write charts with, or empty with {@code --no-charts}. */
    Optional<ChartOptions> options() {
        if (noCharts) {
            return Optional.empty();
        }
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return Optional.of(ChartOptions.defaults().withSize(Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim())));
        } catch (NumberFormatException e) {
            throw new UserInputException("--chart-size must look like 1600x900, was " + size);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--chart-size: " + e.getMessage());
        }
    }
}
