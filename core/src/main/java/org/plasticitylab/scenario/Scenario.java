package org.plasticitylab.scenario;

import java.util.ArrayList;
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
        Builder b = toBuilder().days(newDays).clearStress().clearTreatments().clearTherapy();
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
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder that starts from this scenario, for derived scenarios.
     *
     * @return a new builder holding every value of this scenario
     */
    public Builder toBuilder() {
        Builder b = new Builder(name).description(description).days(days).seed(seed)
                .dtHours(dtHours).burnInDays(burnInDays).sampleEveryHours(sampleEveryHours)
                .network(network).model(model);
        b.stress.addAll(stress);
        b.treatments.addAll(treatments);
        b.therapy.addAll(therapy);
        return b;
    }

    /** Collects optional values; {@link #build()} validates them all. */
    public static final class Builder {
        private String name;
        private String description = "";
        private double days = 84;
        private long seed = 42;
        private double dtHours = 0.25;
        private double burnInDays = 14;
        private double sampleEveryHours;
        private NetworkSpec network = NetworkSpec.defaults();
        private ModelParameters model = ModelParameters.defaults();
        private final List<StressPeriod> stress = new ArrayList<>();
        private final List<Treatment> treatments = new ArrayList<>();
        private final List<TherapySchedule> therapy = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the name.
         *
         * @param value short identifier, also the default output folder name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value one sentence for people
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Sets the simulated days after burn-in (84 by default).
         *
         * @param value days
         * @return this builder
         */
        public Builder days(double value) {
            days = value;
            return this;
        }

        /**
         * Sets the seed of every random stream (42 by default).
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Sets the network time step (0.25 hours by default).
         *
         * @param value step in hours
         * @return this builder
         */
        public Builder dtHours(double value) {
            dtHours = value;
            return this;
        }

        /**
         * Sets the unrecorded, stress-free days before day 0 (14 by default).
         *
         * @param value days
         * @return this builder
         */
        public Builder burnInDays(double value) {
            burnInDays = value;
            return this;
        }

        /**
         * Sets the hours between recorded rows; 0 (the default) records every step.
         *
         * @param value hours
         * @return this builder
         */
        public Builder sampleEveryHours(double value) {
            sampleEveryHours = value;
            return this;
        }

        /**
         * Sets the network size.
         *
         * @param value the network size
         * @return this builder
         */
        public Builder network(NetworkSpec value) {
            network = value;
            return this;
        }

        /**
         * Sets every model number.
         *
         * @param value the model parameters
         * @return this builder
         */
        public Builder model(ModelParameters value) {
            model = value;
            return this;
        }

        /**
         * Adds a stress period.
         *
         * @param fromDay first day (inclusive)
         * @param toDay last day (exclusive), after fromDay
         * @param level stress level in [0, 1]
         * @return this builder
         */
        public Builder stress(double fromDay, double toDay, double level) {
            stress.add(new StressPeriod(fromDay, toDay, level));
            return this;
        }

        /**
         * Removes every stress period.
         *
         * @return this builder
         */
        public Builder clearStress() {
            stress.clear();
            return this;
        }

        /**
         * Adds a drug treatment.
         *
         * @param value the treatment, not null
         * @return this builder
         */
        public Builder treatment(Treatment value) {
            treatments.add(Checks.notNull("treatment", value));
            return this;
        }

        /**
         * Removes every drug treatment.
         *
         * @return this builder
         */
        public Builder clearTreatments() {
            treatments.clear();
            return this;
        }

        /**
         * Adds a therapy schedule.
         *
         * @param value the schedule, not null
         * @return this builder
         */
        public Builder therapy(TherapySchedule value) {
            therapy.add(Checks.notNull("therapy", value));
            return this;
        }

        /**
         * Removes every therapy schedule.
         *
         * @return this builder
         */
        public Builder clearTherapy() {
            therapy.clear();
            return this;
        }

        /**
         * Validates and returns the scenario.
         *
         * @return the new scenario
         * @throws IllegalArgumentException naming the first bad value
         */
        public Scenario build() {
            return new Scenario(name, description, days, seed, dtHours, burnInDays,
                    sampleEveryHours, network, stress, treatments, therapy, model);
        }
    }
}
