package org.plasticitylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and captures what it prints. */
final class Cli {
    /** A small, quick scenario (about 0.1 s) with stress, one dose and therapy. */
    static final String TINY = """
            name: tiny
            days: 4
            burn_in_days: 1
            network: {neurons: 80, candidate_synapses_per_neuron: 20}
            stress: [{from_day: 0, to_day: 4, level: 0.8}]
            treatments: [{type: nmda-block, days: [1]}]
            therapy: [{first_day: 2, every_days: 1, count: 2}]
            """;

    record Outcome(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PlasticityCommand.commandLine(args).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    /** Writes the tiny scenario, renamed, into {@code dir}. */
    static Path tinyFile(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"),
                TINY.replace("name: tiny", "name: " + name));
    }
}
