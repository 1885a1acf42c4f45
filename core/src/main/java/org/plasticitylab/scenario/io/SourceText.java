package org.plasticitylab.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a scenario file's text, refusing what is too large or is not UTF-8 text. */
final class SourceText {
    /** Largest accepted file: real scenarios are a few hundred bytes. */
    static final int MAX_BYTES = 1 << 20;

    private SourceText() {
    }

    static String read(Path file, String source) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw fail(source, "file is larger than the 1 MiB a scenario file may have");
            }
            return decode(bytes, source);
        }
    }

    static String check(String text, String source) {
        if (text.length() > MAX_BYTES) {
            throw fail(source, "text is longer than the 1 MiB a scenario file may have");
        }
        if (text.indexOf('\0') >= 0) {
            throw fail(source, "is not a text file (it contains NUL bytes)");
        }
        return text;
    }

    private static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return check(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
        } catch (CharacterCodingException e) {
            throw fail(source, "is not UTF-8 text (a binary file?)");
        }
    }

    private static ScenarioFileException fail(String source, String message) {
        return new ScenarioFileException(source, List.of(Problem.ofFile(message)));
    }
}
