package org.plasticitylab.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.plasticitylab.web.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plasticity web}: writes the browser explorer, a static site, out of the jar. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Write the browser explorer (a static site: open its index.html in a"
                + " browser, from disk, offline; or put the folder on any web server).",
        footerHeading = "%nExample:%n",
        footer = {"  plasticity web --out plasticity-web",
                "  then open plasticity-web/index.html"})
final class WebCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "plasticity-web",
            description = "The folder to write the site into (default: ${DEFAULT-VALUE});"
                    + " files of the same name are replaced.")
    Path out;

    @Override
    public Integer call() {
        return Failures.guard(spec.commandLine().getErr(), false, () -> {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new UserInputException("--out " + out + " is a file; give a folder");
            }
            long bytes = 0;
            for (String file : Site.files()) {
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = Site.open(file)) {
                    bytes += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            spec.commandLine().getOut().printf("Wrote the browser explorer (%d KB) to %s%n"
                    + "Open %s in a browser: it runs offline, from disk, with no install.%n",
                    bytes / 1024, out, out.resolve("index.html").toAbsolutePath().toUri());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
