package org.plasticitylab.scenario;

import java.util.List;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.network.NetworkSpec;

/**
 * An immutable, validated description of one run: how long, which network, when stress, drugs
 * and therapy happen, and every model number. Build one with {@link #builder(String)}, load one
 * with the scenario file reader, or take a preset from {@link Presets}.
 *
 * @param name short identifier, also the default output folder name
 * @param description one sentence for people
 * @param days simulated days after burn-in (84)
 * @param seed seed of every random stream of the run
 * @param dtHours network time step in hours (0.25)
 * @param burnInDays unrecorded, stress-free days that settle the network before day 0 (14)
 * @param sampleEveryHours hours between recorded rows; 0 records every step
 * @param network network size
 * @param stress stress periods, sorted and not overlapping
 * @param treatments drug treatments
 * @param therapy therapy schedules, sorted and apart (each starts after the last session of the
 *     one before ends), as scenario files require
 * @param model every model number
 */
public record Scenario(String name, String description, double days, long seed, double dtHours,
        double burnInDays, double sampleEveryHours, NetworkSpec network, List<StressPeriod> stress,
        List<Treatment> treatments, List<TherapySchedule> therapy, ModelParameters model) {
    /** Longest scenario accepted, in days (about 27 years); keeps step counts in an int. */
    public static final double MAX_DAYS = 10_000;

    /**
     * Validates every component and checks that stress periods, treatments and therapy fit
     * inside the run; a null description becomes empty and the lists are kept as unmodifiable
     * copies. Throws IllegalArgumentException naming a bad component.
     *
     * @param name short identifier, also the default output folder name
     * @param description one sentence for people
     * @param days simulated days after burn-in (84)
     * @param seed seed of every random stream of the run
     * @param dtHours network time step in hours (0.25)
     * @param burnInDays unrecorded, stress-free days that settle the network before day 0 (14)
     * @param sampleEveryHours hours between recorded rows; 0 records every step
     * @param network network size
     * @param stress stress periods, sorted and not overlapping
     * @param treatments drug treatments
     * @param therapy therapy schedules, sorted and apart (each starts after the last session of the
 *     one before ends), as scenario files require
     * @param model every model number
     */
    public Scenario {
        Checks.notBlank("name", name);
        description = description == null ? "" : description;
        Checks.inRange("days", days, 0, MAX_DAYS);
        Checks.positive("days", days);
        Checks.inRange("dtHours", dtHours, 1.0 / 60, 24);
        Checks.inRange("burnInDays", burnInDays, 0, MAX_DAYS);
        Checks.nonNegative("sampleEveryHours", sampleEveryHours);
        Checks.notNull("network", network);
        Checks.notNull("model", model);
        stress = List.copyOf(Checks.notNull("stress", stress));
        treatments = List.copyOf(Checks.notNull("treatments", treatments));
        therapy = List.copyOf(Checks.notNull("therapy", therapy));
        ScenarioTimes.check(days, stress, treatments, therapy);
    }

    /**
     * Number of network steps after burn-in.
     *
     * @return days x 24 / dtHours, rounded
     */
    public int steps() {
        return (int) Math.round(days * 24 / dtHours);
    }

    /**
     * Number of unrecorded burn-in steps.
     *
     * @return burnInDays x 24 / dtHours, rounded
     */
    public int burnInSteps() {
        return (int) Math.round(burnInDays * 24 / dtHours);
    }

    /**
     * A copy that lasts {@code newDays}: stress periods and treatments are cut at the new end,
     * and doses and therapy sessions that would start after it are left out (said here, not done
     * silently: this is what "run it for fewer days" means). A longer run keeps everything.
     *
     * @param newDays the new length in days, above 0
     * @return the validated copy
     */
    public Scenario withDays(double newDays) {
        Checks.positive("days", newDays);
        ScenarioBuilder b = toBuilder().days(newDays).clearStress().clearTreatments()
                .clearTherapy();
        for (StressPeriod p : stress) {
            if (p.fromDay() < newDays) {
                b.stress(p.fromDay(), Math.min(p.toDay(), newDays), p.level());
            }
        }
        for (Treatment t : treatments) {
            t.truncatedTo(newDays).ifPresent(b::treatment);
        }
        for (TherapySchedule t : therapy) {
            t.truncatedTo(newDays).ifPresent(b::therapy);
        }
        return b.build();
    }

    /**
     * A builder with every default of MODEL.md and no stress, drugs or therapy.
     *
     * @param name the scenario's name
     * @return a new builder
     */
    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
    }

    /**
     * A builder that starts from this scenario, for derived scenarios.
     *
     * @return a new builder holding every value of this scenario
     */
    public ScenarioBuilder toBuilder() {
        ScenarioBuilder b = new ScenarioBuilder(name).description(description).days(days)
                .seed(seed).dtHours(dtHours).burnInDays(burnInDays)
                .sampleEveryHours(sampleEveryHours).network(network).model(model);
        b.stress.addAll(stress);
        b.treatments.addAll(treatments);
        b.therapy.addAll(therapy);
        return b;
    }
}
