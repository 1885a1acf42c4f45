package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plasticitylab.sim.Result;

/**
 * Writes the charts of a run (PNG files) into a folder. The viz module provides the real one;
 * {@link Charts#writer()} says whether it is wired in.
 */
public interface ChartWriter {
    /** Writes the charts and returns their paths. */
    List<Path> write(Result result, Path dir) throws IOException;
}
