package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.network.NetworkSpec;

/**
 * Collects a {@link Scenario}'s optional values; {@link #build()} validates them all. Made by
 * {@link Scenario#builder(String)} and {@link Scenario#toBuilder()}.
 */
public final class ScenarioBuilder {
    private String name;
    private String description = "";
    private double days = 84;
    private long seed = 42;
    private double dtHours = 0.25;
    private double burnInDays = 14;
    private double sampleEveryHours;
    private NetworkSpec network = NetworkSpec.defaults();
    private ModelParameters model = ModelParameters.defaults();
    final List<StressPeriod> stress = new ArrayList<>();
    final List<Treatment> treatments = new ArrayList<>();
    final List<TherapySchedule> therapy = new ArrayList<>();

    ScenarioBuilder(String name) {
        this.name = name;
    }

    /**
     * Sets the name.
     *
     * @param value short identifier, also the default output folder name
     * @return this builder
     */
    public ScenarioBuilder name(String value) {
        name = value;
        return this;
    }

    /**
     * Sets the description.
     *
     * @param value one sentence for people
     * @return this builder
     */
    public ScenarioBuilder description(String value) {
        description = value;
        return this;
    }

    /**
     * Sets the simulated days after burn-in (84 by default).
     *
     * @param value days
     * @return this builder
     */
    public ScenarioBuilder days(double value) {
        days = value;
        return this;
    }

    /**
     * Sets the seed of every random stream (42 by default).
     *
     * @param value the seed
     * @return this builder
     */
    public ScenarioBuilder seed(long value) {
        seed = value;
        return this;
    }

    /**
     * Sets the network time step (0.25 hours by default).
     *
     * @param value step in hours
     * @return this builder
     */
    public ScenarioBuilder dtHours(double value) {
        dtHours = value;
        return this;
    }

    /**
     * Sets the unrecorded, stress-free days before day 0 (14 by default).
     *
     * @param value days
     * @return this builder
     */
    public ScenarioBuilder burnInDays(double value) {
        burnInDays = value;
        return this;
    }

    /**
     * Sets the hours between recorded rows; 0 (the default) records every step.
     *
     * @param value hours
     * @return this builder
     */
    public ScenarioBuilder sampleEveryHours(double value) {
        sampleEveryHours = value;
        return this;
    }

    /**
     * Sets the network size.
     *
     * @param value the network size
     * @return this builder
     */
    public ScenarioBuilder network(NetworkSpec value) {
        network = value;
        return this;
    }

    /**
     * Sets every model number.
     *
     * @param value the model parameters
     * @return this builder
     */
    public ScenarioBuilder model(ModelParameters value) {
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
    public ScenarioBuilder stress(double fromDay, double toDay, double level) {
        stress.add(new StressPeriod(fromDay, toDay, level));
        return this;
    }

    /**
     * Removes every stress period.
     *
     * @return this builder
     */
    public ScenarioBuilder clearStress() {
        stress.clear();
        return this;
    }

    /**
     * Adds a drug treatment.
     *
     * @param value the treatment, not null
     * @return this builder
     */
    public ScenarioBuilder treatment(Treatment value) {
        treatments.add(Checks.notNull("treatment", value));
        return this;
    }

    /**
     * Removes every drug treatment.
     *
     * @return this builder
     */
    public ScenarioBuilder clearTreatments() {
        treatments.clear();
        return this;
    }

    /**
     * Adds a therapy schedule.
     *
     * @param value the schedule, not null
     * @return this builder
     */
    public ScenarioBuilder therapy(TherapySchedule value) {
        therapy.add(Checks.notNull("therapy", value));
        return this;
    }

    /**
     * Removes every therapy schedule.
     *
     * @return this builder
     */
    public ScenarioBuilder clearTherapy() {
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
