package org.plasticitylab.web.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A build step: puts the compiled WebAssembly module into a script as Base64, because a page
 * opened from disk ({@code file://}) may load scripts but not fetch a {@code .wasm} file.
 * Not part of the page: TeaVM compiles only what {@code WebMain} reaches.
 */
public final class EmbedWasm {
    private EmbedWasm() {
    }

    /**
     * Writes {@code const PLASTICITY_WASM = "<base64>";}.
     *
     * @param args the module, then the script to write
     * @throws IOException if either file fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EmbedWasm MODULE.wasm SCRIPT.js, was "
                    + args.length + " arguments");
        }
        byte[] module = Files.readAllBytes(Path.of(args[0]));
        Path script = Path.of(args[1]);
        Files.createDirectories(script.toAbsolutePath().getParent());
        Files.writeString(script, "\"use strict\";\n// The model: Plasticity Lab's core compiled by"
                + " TeaVM to WebAssembly (GC).\nconst PLASTICITY_WASM = \""
                + Base64.getEncoder().encodeToString(module) + "\";\n", StandardCharsets.US_ASCII);
    }
}
