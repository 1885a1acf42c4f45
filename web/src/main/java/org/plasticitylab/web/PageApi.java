package org.plasticitylab.web;

import org.teavm.jso.JSObject;

/**
 * What the page's script may ask of the model: open a scenario, drive the live session, change
 * it from now on, and read back its series, summary and files. Errors come back as the
 * message, never as an exception thrown into the script: an empty string means it worked.
 */
public interface PageApi extends JSObject {
    /**
     * The presets, one per line: {@code name<TAB>description}.
     *
     * @return the list
     */
    String presets();

    /**
     * Opens a preset, paused at its start.
     *
     * @param name the preset's name
     * @return "" or why not
     */
    String openPreset(String name);

    /**
     * Opens a scenario from its YAML, paused at its start.
     *
     * @param yaml the scenario file's text
     * @return "" or why not (line and field)
     */
    String openYaml(String yaml);

    /**
     * The open scenario with its settings changed and restarted: the sliders before a run. The
     * page passes only the slider that moved and NaN for the others, which keep the scenario's
     * own values (a slider's range and step would round them).
     *
     * @param stress stress level from day 0, 0..1, or NaN to keep the scenario's
     * @param dose the dose of every dose day of the scenario's dosed treatment type, in
     *     {@link #doseUnit()}, or NaN to keep the scenario's
     * @param days length of the run in days, or NaN to keep the scenario's
     * @return "" or why not
     */
    String restartWith(double stress, double dose, double days);

    /**
     * The open scenario as the CLI's YAML scenario file ({@code plasticity show}).
     *
     * @return the YAML text
     */
    String scenarioYaml();

    /**
     * The open scenario's name.
     *
     * @return the name
     */
    String name();

    /**
     * Whether the open scenario differs from the preset of its name (changed by the sliders,
     * during the session or in its file), so its description may no longer fit.
     *
     * @return true if there is no such preset or it differs
     */
    boolean edited();

    /**
     * The open scenario's description.
     *
     * @return the description
     */
    String description();

    /**
     * The open scenario's stress level at day 0 (0 without stress).
     *
     * @return 0..1
     */
    double stressLevel();

    /**
     * The dose of the first treatment whose type has a dose (NMDA block, esketamine spray), or
     * the NMDA block's standard dose without one.
     *
     * @return in {@link #doseUnit()}
     */
    double dose();

    /**
     * The unit of {@link #dose()}.
     *
     * @return e.g. {@code mg/kg} or {@code mg}
     */
    String doseUnit();

    /**
     * The range a dose slider offers for {@link #dose()}'s treatment type.
     *
     * @return {min, max, step}, in {@link #doseUnit()}
     */
    double[] doseRange();

    /**
     * The open scenario's length.
     *
     * @return days
     */
    double days();

    /**
     * Steps for the time that passed, at the session's speed, if playing.
     *
     * @param elapsedSeconds wall time since the last tick
     * @return steps taken
     */
    int tick(double elapsedSeconds);

    /**
     * Runs at most this many steps now, playing or not.
     *
     * @param steps the most steps to take
     * @return steps taken
     */
    int advance(int steps);

    /**
     * One step.
     *
     * @return false at the end of the run
     */
    boolean step();

    /** Plays at the session's speed. */
    void play();

    /** Pauses. */
    void pause();

    /**
     * Whether the session plays.
     *
     * @return true while playing
     */
    boolean playing();

    /**
     * Sets the speed.
     *
     * @param daysPerSecond simulated days per second, above 0
     */
    void speed(double daysPerSecond);

    /**
     * Whether the run reached its end.
     *
     * @return true at the end
     */
    boolean finished();

    /**
     * The simulated day now (negative during the burn-in).
     *
     * @return the day
     */
    double day();

    /**
     * Gives one more dose now of the drug the dose slider follows, like the scenario's first
     * dose of it, or a standard NMDA-block dose in a scenario without a drug.
     *
     * @return "" or why not
     */
    String doseNow();

    /**
     * Gives a therapy session now.
     *
     * @return "" or why not
     */
    String therapyNow();

    /**
     * Sets the stress from now on.
     *
     * @param level 0..1
     * @return "" or why not
     */
    String stressFromNow(double level);

    /**
     * The changes made during the session, one per line.
     *
     * @return the list
     */
    String changes();

    /**
     * Rows of the time series so far.
     *
     * @return the number of samples
     */
    int rows();

    /**
     * One column of the time series from a row on.
     *
     * @param label the column's CSV name, e.g. {@code plasticity}
     * @param from the first row
     * @return the values
     */
    double[] column(String label, int from);

    /**
     * The run's {@code summary.json}, as the CLI writes it.
     *
     * @param version the Plasticity Lab version to record
     * @param runTimeMs the wall time of the run in the page
     * @return the JSON, or "" before the first step
     */
    String summaryJson(String version, double runTimeMs);

    /**
     * The run's {@code timeseries.csv}, as the CLI writes it.
     *
     * @return the CSV, or "" before the first step
     */
    String csv();

    /**
     * Units per region in the network view.
     *
     * @return the region size
     */
    int regionSize();

    /**
     * Every unit's rate now (empty before the first step).
     *
     * @return one rate per unit
     */
    double[] rates();

    /**
     * Present synapses per unit now (empty before the first step).
     *
     * @return one count per unit
     */
    int[] synapsesPerUnit();

    /**
     * Pattern membership of every unit: 1 negative, 2 positive, 0 neither.
     *
     * @return one code per unit
     */
    int[] patternOfUnit();
}
