package org.plasticitylab.files;

import java.io.DataOutput;
import java.io.IOException;

/**
 * A part of the engine that keeps its own state in a checkpoint: it writes what it needs to go
 * on bit for bit and reads it back, checking every value, so that a new mechanism adds its
 * state in one place and checkpoints keep working.
 */
public interface Checkpointed {
    /**
     * Writes the state.
     *
     * @param out the checkpoint being written
     * @throws IOException if it cannot be written
     */
    void save(DataOutput out) throws IOException;

    /**
     * Reads back what {@link #save} wrote, refusing any value out of its range.
     *
     * @param in the checkpoint being read
     * @throws IOException if a value is missing or out of range
     */
    void restore(BoundedInput in) throws IOException;
}
