package org.plasticitylab.cli;

import java.util.Optional;

/**
 * Where the command line finds its chart writer. The viz module (JFreeChart) is being built in
 * parallel; until it is wired in here there is no writer, and runs write no charts and say
 * nothing about them.
 */
final class Charts {
    private Charts() {
    }

    static Optional<ChartWriter> writer() {
        return Optional.empty();
    }
}
