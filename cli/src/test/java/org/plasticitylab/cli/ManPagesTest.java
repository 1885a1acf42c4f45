package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The man pages the build generated before the tests ran (target/man, see cli/pom.xml). */
class ManPagesTest {
    private static final Path MAN = Path.of("target", "man");

    @Test
    void theMainPageListsEveryCommandAndEachHasItsOwnPage() throws Exception {
        String main = Files.readString(MAN.resolve("plasticity.adoc"));
        assertThat(main).contains(":doctype: manpage", "= plasticity(1)");
        int listed = 0;
        for (CommandLine sub : PlasticityCommand.commandLine().getSubcommands().values()) {
            String name = sub.getCommandName();
            if (sub.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            assertThat(main).contains("xref:plasticity-" + name + ".adoc[*" + name + "*]");
            assertThat(Files.readString(MAN.resolve("plasticity-" + name + ".adoc")))
                    .contains("= plasticity-" + name + "(1)");
            listed++;
        }
        assertThat(listed).isGreaterThanOrEqualTo(11);
    }

    @Test
    void theMainPageSaysHowToGetShellCompletion() throws Exception {
        assertThat(Files.readString(MAN.resolve("plasticity.adoc")))
                .contains("source <(plasticity generate-completion)");
    }

    @Test
    void theRunPageDocumentsItsOptions() throws Exception {
        assertThat(Files.readString(MAN.resolve("plasticity-run.adoc")))
                .contains("*--checkpoint-every*", "*-q*, *--quiet*", "Print only errors");
    }
}
