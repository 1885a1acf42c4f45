package org.plasticitylab.scenario.io;

/** How much of the {@code model:} section a written scenario file spells out. */
public enum ModelDetail {
    /** Only the parameters that differ from the defaults: short files to read and edit. */
    CHANGES,
    /** Every parameter: a record of exactly what ran, even if defaults change later. */
    ALL
}
