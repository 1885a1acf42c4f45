package org.plasticitylab.benchmarks;

/**
 * A network size as JMH parameters spell it, {@code UNITSxINPUTS} (e.g. {@code 10000x100}):
 * units and presynaptic inputs (slots) per unit, so a result names its synapse count.
 */
record NetworkSize(int units, int inputsPerUnit) {
    NetworkSize {
        if (units < 2 || inputsPerUnit < 1 || inputsPerUnit >= units) {
            throw new IllegalArgumentException("a network needs at least 2 units and between 1 and"
                    + " units - 1 inputs per unit, was " + units + "x" + inputsPerUnit);
        }
        if ((long) units * inputsPerUnit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("units x inputsPerUnit must fit the flat int-indexed"
                    + " arrays, was " + units + "x" + inputsPerUnit);
        }
    }

    /** Reads {@code UNITSxINPUTS}. */
    static NetworkSize parse(String text) {
        String[] parts = text.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("size must read UNITSxINPUTS, e.g. 10000x100, was "
                    + text);
        }
        return new NetworkSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Synapses, i.e. slots: units times inputs per unit. */
    int synapses() {
        return units * inputsPerUnit;
    }
}
