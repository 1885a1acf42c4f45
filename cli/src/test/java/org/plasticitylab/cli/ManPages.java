package org.plasticitylab.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages, one AsciiDoc file per command, with picocli's generator; the build runs
 * it after compiling the tests (see cli/pom.xml). It lives with the tests so that
 * picocli-codegen stays a build-time dependency, never one of the jar's. It takes the command
 * line that {@link PlasticityCommand} builds, since the subcommands are registered there and
 * not in its annotation.
 */
final class ManPages {
    private ManPages() {
    }

    /**
     * Writes the pages.
     *
     * @param args the folder to write into
     * @throws IOException if a page cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_FOLDER");
        }
        int status = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0],
                true, PlasticityCommand.commandLine().getCommandSpec());
        if (status != 0) {
            throw new IOException("picocli's man page generator failed with status " + status);
        }
    }
}
