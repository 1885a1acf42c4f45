package org.plasticitylab.cli;

import java.util.Iterator;
import org.plasticitylab.scenario.Presets;

/** Preset names for shell completion. */
final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Presets.names().iterator();
    }
}
