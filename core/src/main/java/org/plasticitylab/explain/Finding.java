package org.plasticitylab.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One observation about a run.
 *
 * @param topic what it is about: overview, stress, dose, course (taken daily, such as the
 *     SSRI-like one), therapy, window (the plasticity window the doses open), plasticity (runs
 *     without doses), recovery (response and relapse), counterfactual or end
 * @param text one or two sentences for people
 * @param numbers the numbers the text quotes, by name, for tools; NaN where one does not apply
 *     (no response, no relapse)
 */
public record Finding(String topic, String text, Map<String, Double> numbers) {
    /**
     * Requires a non-blank topic and text and copies the numbers into an unmodifiable map
     * that keeps their order; throws IllegalArgumentException if topic or text is blank.
     *
     * @param topic what it is about: overview, stress, dose, course (a daily course such as the SSRI-like one), therapy, window (the
     *     plasticity window the doses open), plasticity (runs without doses), recovery
     *     (response and relapse), counterfactual or end
     * @param text one or two sentences for people
     * @param numbers the numbers the text quotes, by name, for tools; NaN where one does not
     *     apply
     */
    public Finding {
        if (topic == null || topic.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("topic and text must not be blank, was "
                    + topic + " / " + text);
        }
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }
}
