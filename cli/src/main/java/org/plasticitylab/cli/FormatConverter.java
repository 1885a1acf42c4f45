package org.plasticitylab.cli;

import java.util.Locale;
import org.plasticitylab.cli.output.RunFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format csv|json} in any case. */
final class FormatConverter implements ITypeConverter<RunFiles.Format> {
    @Override
    public RunFiles.Format convert(String value) {
        try {
            return RunFiles.Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("must be csv or json, was '" + value + "'");
        }
    }
}
