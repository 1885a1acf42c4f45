package org.plasticitylab.web.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's last step on the site. It puts the compiled WebAssembly module into a script as
 * Base64, because a page opened from disk ({@code file://}) may load scripts but not fetch a
 * {@code .wasm} file; then it lists the site's files in {@value #LISTING}, which
 * {@code plasticity web} copies out of the jar. Not part of the page: TeaVM compiles only what
 * {@code WebMain} reaches.
 */
public final class FinishSite {
    /** The list of the site's files, one relative path a line, itself not included. */
    public static final String LISTING = "files.txt";
    /** The script that holds the module. */
    static final String MODULE_SCRIPT = "plasticity-wasm.js";

    private FinishSite() {
    }

    /**
     * Embeds the module and lists the site.
     *
     * @param args the module ({@code .wasm}), then the site's folder
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FinishSite MODULE.wasm SITE_DIR, was "
                    + args.length + " arguments");
        }
        byte[] module = Files.readAllBytes(Path.of(args[0]));
        Path site = Path.of(args[1]);
        Files.writeString(site.resolve(MODULE_SCRIPT), "\"use strict\";\n// The model: Plasticity"
                + " Lab's core compiled by TeaVM to WebAssembly (GC).\nconst PLASTICITY_WASM = \""
                + Base64.getEncoder().encodeToString(module) + "\";\n", StandardCharsets.US_ASCII);
        List<String> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString()
                    .replace('\\', '/')).filter(f -> !f.equals(LISTING)).sorted().toList();
        }
        Files.write(site.resolve(LISTING), files, StandardCharsets.UTF_8);
    }
}
