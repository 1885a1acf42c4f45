package org.plasticitylab.pharmacology;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;
import org.plasticitylab.files.BoundedInput;

/**
 * Doses absorbed first-order from the nose into the two-compartment model: each dose puts its
 * bioavailable amount into a depot at its time, and the depot empties into the central
 * compartment at {@code ka * depot}. Within a sub-interval of at most one minute the absorbed
 * amount {@code depot * (1 - exp(-ka h))} enters at a constant rate, so mass is conserved
 * exactly and the PK stays solved exactly; the mean occupancy is the trapezoid rule over the
 * sub-intervals, as for infusions. The concentration's peak after each dose (its Tmax) is kept
 * for an extra recorded row.
 */
public final class NasalExposure implements Exposure {
    private static final double NEGLIGIBLE_MG_PER_KG = 1e-12;

    private final TwoCompartmentPk pk;
    private final double ic50;
    private final double kaPerHour;
    private final double[] doseHours;
    private final double[] doseMgPerKg;
    private double timeHours;
    private double depotMgPerKg;
    private int nextDose;
    /** The concentration at the end of the last sub-interval, and whether it was rising. */
    private double lastConcentration;
    private boolean rising;
    private DosePeak lastPeak;

    /**
     * An exposure to the given doses; the clock starts at {@code startHours}.
     *
     * @param disposition the drug's distribution and elimination once absorbed
     * @param ic50MgPerL the plasma concentration giving half occupancy
     * @param kaPerHour the first-order absorption rate
     * @param doseHours each dose's time, hours from day 0, sorted
     * @param doseMgPerKg each dose's bioavailable amount, mg per kg of body weight
     * @param startHours the clock's start (negative during burn-in)
     */
    public NasalExposure(PkParameters disposition, double ic50MgPerL, double kaPerHour,
            double[] doseHours, double[] doseMgPerKg, double startHours) {
        this.pk = new TwoCompartmentPk(disposition);
        this.ic50 = ic50MgPerL;
        this.kaPerHour = kaPerHour;
        this.doseHours = doseHours.clone();
        this.doseMgPerKg = doseMgPerKg.clone();
        this.timeHours = startHours;
    }

    @Override
    public void advance(double fromHours, double untilHours, DrugEffect effect) {
        lastPeak = null;
        double span = untilHours - timeHours;
        double integral = 0;
        double before = occupancy();
        while (timeHours < untilHours) {
            while (nextDose < doseHours.length && doseHours[nextDose] <= timeHours) {
                depotMgPerKg += doseMgPerKg[nextDose++];
            }
            double nextDoseHours = nextDose < doseHours.length ? doseHours[nextDose]
                    : Double.POSITIVE_INFINITY;
            if (isDrugFree()) {
                timeHours = Math.min(untilHours, nextDoseHours);
                continue;
            }
            double end = Math.min(untilHours, Math.min(timeHours
                    + NmdaBlockExposure.SUBSTEP_HOURS, nextDoseHours));
            double h = end - timeHours;
            double absorbed = -depotMgPerKg * Math.expm1(-kaPerHour * h);
            depotMgPerKg -= absorbed;
            pk.advance(h, absorbed / h);
            notePeak();
            timeHours = end;
            double after = occupancy();
            integral += 0.5 * (before + after) * h;
            before = after;
        }
        effect.addOccupancy(span > 0 ? integral / span : occupancy());
    }

    /** A peak is the last sub-interval's end when the concentration has just started to fall. */
    private void notePeak() {
        double now = concentrationMgPerL();
        if (now < lastConcentration && rising && (lastPeak == null
                || lastConcentration > lastPeak.concentrationMgPerL())) {
            lastPeak = new DosePeak(timeHours, lastConcentration,
                    Occupancy.hill(lastConcentration, ic50));
        }
        rising = now > lastConcentration;
        lastConcentration = now;
    }

    private boolean isDrugFree() {
        return depotMgPerKg + pk.centralMgPerKg() + pk.peripheralMgPerKg() < NEGLIGIBLE_MG_PER_KG;
    }

    @Override
    public void addNow(double hours, DrugEffect effect) {
        effect.addConcentration(concentrationMgPerL());
        effect.addOccupancy(occupancy());
    }

    @Override
    public Optional<DosePeak> lastPeak() {
        return Optional.ofNullable(lastPeak);
    }

    /**
     * Current plasma concentration.
     *
     * @return mg/L
     */
    public double concentrationMgPerL() {
        return pk.concentrationMgPerL();
    }

    /**
     * Current NMDA-receptor occupancy.
     *
     * @return 0..1
     */
    public double occupancy() {
        return Occupancy.hill(pk.concentrationMgPerL(), ic50);
    }

    @Override
    public void save(DataOutput out) throws IOException {
        out.writeDouble(timeHours);
        out.writeDouble(depotMgPerKg);
        out.writeInt(nextDose);
        out.writeDouble(pk.centralMgPerKg());
        out.writeDouble(pk.peripheralMgPerKg());
        out.writeDouble(lastConcentration);
        out.writeBoolean(rising);
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        timeHours = in.readFinite("nasal drug time");
        depotMgPerKg = in.readDouble("nasal depot", 0, Double.MAX_VALUE);
        nextDose = in.readInt("next nasal dose", 0, doseHours.length);
        pk.setState(in.readDouble("central drug", 0, Double.MAX_VALUE),
                in.readDouble("peripheral drug", 0, Double.MAX_VALUE));
        lastConcentration = in.readDouble("last nasal concentration", 0, Double.MAX_VALUE);
        rising = in.readBoolean("nasal concentration rising");
    }
}
