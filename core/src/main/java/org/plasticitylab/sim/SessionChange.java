package org.plasticitylab.sim;

import org.plasticitylab.internal.Checks;

/**
 * A change made during a {@link LiveSession}, as recorded in its scenario.
 *
 * @param day the day from which it applies
 * @param description what changed, in words (for the charts' marks and the title)
 */
public record SessionChange(double day, String description) {
    /**
     * Validates the components; throws IllegalArgumentException naming a bad one.
     *
     * @param day the day from which it applies, finite
     * @param description what changed, not blank
     */
    public SessionChange {
        Checks.finite("day", day);
        Checks.notBlank("description", description);
    }
}
