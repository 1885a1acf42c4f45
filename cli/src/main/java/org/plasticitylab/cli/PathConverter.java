package org.plasticitylab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a file or folder name, saying in plain words why one cannot be a path. */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + Terminal.line(value) + "' is not a file name: "
                    + e.getReason());
        }
    }

    /** The path, or empty if the text cannot name a file (a NUL character, say). */
    static Optional<Path> parse(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
