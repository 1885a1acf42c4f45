package org.plasticitylab.scenario;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.plasticitylab.internal.Checks;

/**
 * How much of a treatment is given on each of its dose days, for controls that change only the
 * amount (the explorers' dose field and slider): the file key and unit, the range and step a
 * control offers, and the treatment with another amount. A {@link TreatmentType} that has one
 * returns it from {@link TreatmentType#dose()}.
 *
 * @param <T> the treatment's record
 */
public final class Dose<T extends Treatment> {
    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final double step;
    private final ToDoubleFunction<T> amount;
    private final BiFunction<T, Double, T> withAmount;

    /**
     * Validates the range; throws IllegalArgumentException naming a bad value.
     *
     * @param key the file key of the amount, e.g. {@code dose_mg}; messages name it
     * @param unit the unit a control shows, e.g. {@code mg}
     * @param min the smallest amount a control offers, above 0
     * @param max the largest, at least {@code min}
     * @param step a control's step, above 0
     * @param amount a treatment's amount
     * @param withAmount the treatment with another amount and everything else kept
     */
    public Dose(String key, String unit, double min, double max, double step,
            ToDoubleFunction<T> amount, BiFunction<T, Double, T> withAmount) {
        this.key = Checks.notBlank("key", key);
        this.unit = Checks.notBlank("unit", unit);
        this.min = Checks.positive("min", min);
        this.max = Checks.inRange("max", max, min, Double.MAX_VALUE);
        this.step = Checks.positive("step", step);
        this.amount = Checks.notNull("amount", amount);
        this.withAmount = Checks.notNull("withAmount", withAmount);
    }

    /**
     * The file key of the amount.
     *
     * @return e.g. {@code dose_mg_per_kg}
     */
    public String key() {
        return key;
    }

    /**
     * The unit of the amount.
     *
     * @return e.g. {@code mg/kg}
     */
    public String unit() {
        return unit;
    }

    /**
     * The smallest amount a control offers.
     *
     * @return in {@link #unit()}
     */
    public double min() {
        return min;
    }

    /**
     * The largest amount a control offers.
     *
     * @return in {@link #unit()}
     */
    public double max() {
        return max;
    }

    /**
     * The step of a control.
     *
     * @return in {@link #unit()}
     */
    public double step() {
        return step;
    }

    /**
     * The treatment's amount on each dose day.
     *
     * @param treatment a treatment of the type
     * @return in {@link #unit()}
     */
    public double of(T treatment) {
        return amount.applyAsDouble(treatment);
    }

    /**
     * The treatment with another amount on each of its days, everything else kept.
     *
     * @param treatment a treatment of the type
     * @param newAmount the amount, in [{@link #min()}, {@link #max()}]
     * @return the treatment
     * @throws IllegalArgumentException naming the {@link #key()} if the amount is out of range
     */
    public T with(T treatment, double newAmount) {
        Checks.inRange(key, newAmount, min, max);
        return withAmount.apply(treatment, newAmount);
    }
}
