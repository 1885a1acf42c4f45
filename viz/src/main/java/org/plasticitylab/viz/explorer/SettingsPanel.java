package org.plasticitylab.viz.explorer;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.plasticitylab.scenario.DoseSetting;

/** The form for {@link ExplorerSettings}: a slider for stress, fields for the rest. */
final class SettingsPanel extends JPanel {
    private static final int STRESS_STEPS = 100;
    private static final int FIELD_COLUMNS = 8;
    private final JSpinner days = spinner(84, 1, 3650, 1);
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(42),
            Long.valueOf(0), Long.valueOf(Long.MAX_VALUE), Long.valueOf(1)));
    private final JSpinner neurons = new JSpinner(new SpinnerNumberModel(400, 20, 4000, 4));
    private final JSlider stressLevel = new JSlider(0, STRESS_STEPS, 80);
    /** The level {@link #show} put on the slider, kept unrounded. */
    private double shownStress = 0.8;
    private final JSpinner stressFrom = spinner(0, 0, 3650, 1);
    private final JSpinner stressTo = spinner(84, 1, 3650, 1);
    private final JSpinner treatmentDay = spinner(42, 0, 3650, 1);
    /** Its range, step and label follow the scenario's {@link DoseSetting}. */
    private final JSpinner dose = spinner(0.5, 0.1, 1.5, 0.05);
    private final JSpinner doseCount = new JSpinner(new SpinnerNumberModel(0, 0, 30, 1));
    private final JSpinner doseInterval = spinner(2, 0.5, 60, 0.5);
    private final JCheckBox therapy = new JCheckBox("therapy, 2 h sessions");
    private final JSpinner therapyEvery = spinner(2, 0.5, 60, 0.5);
    private final JCheckBox ssri = new JCheckBox("SSRI-like course");
    private final JLabel doseLabel;
    private int row;

    SettingsPanel() {
        super(new GridBagLayout());
        stressLevel.setMajorTickSpacing(20);
        stressLevel.setPaintTicks(true);
        section("Run");
        field("days", days, "Simulated days after the burn-in");
        field("seed", seed, "Same seed, same numbers; change it to see another network");
        field("neurons", neurons, "Network size, a multiple of 4 (smaller runs faster)");
        section("Stress");
        field("level (0-1)", stressLevel, "Chronic stress level; 0 = no stress");
        field("from day", stressFrom, "First day of stress");
        field("to day", stressTo, "Day stress ends");
        section("Treatment");
        field("start day", treatmentDay, "Day of the first dose, therapy session and SSRI");
        doseLabel = field("dose (mg/kg)", dose,
                "Dose on each treatment day of the scenario's drug (NMDA block if none)");
        field("doses", doseCount, "Number of doses; 0 = no drug");
        field("every (days)", doseInterval, "Days between doses");
        field("", therapy, "Therapy sessions during the doses (or for two weeks)");
        field("every (days)", therapyEvery, "Days between therapy sessions");
        field("", ssri, "Monoaminergic comparator from the treatment day: its effect builds over weeks");
    }

    /** Shows the settings in the form, the dose in the unit and range of its type. */
    void show(ExplorerSettings s, DoseSetting dosed) {
        SpinnerNumberModel doseModel = (SpinnerNumberModel) dose.getModel();
        doseModel.setMinimum(dosed.dose().min());
        doseModel.setMaximum(dosed.dose().max());
        doseModel.setStepSize(dosed.dose().step());
        doseLabel.setText("dose (" + dosed.dose().unit() + ")");
        dose.setToolTipText(dosed.type() + " dose per dose day, " + dosed.dose().unit());
        days.setValue(s.days());
        seed.setValue(s.seed());
        neurons.setValue(s.neurons());
        shownStress = s.stress().level();
        stressLevel.setValue(sliderStep(shownStress));
        stressFrom.setValue(s.stress().fromDay());
        stressTo.setValue(s.stress().toDay());
        treatmentDay.setValue(s.treatmentStartDay());
        dose.setValue(s.doses().amount());
        doseCount.setValue(s.doses().count());
        doseInterval.setValue(s.doses().intervalDays());
        therapy.setSelected(s.therapy().on());
        therapyEvery.setValue(s.therapy().everyDays());
        ssri.setSelected(s.ssriLike());
    }

    /** The settings in the form. */
    ExplorerSettings read() {
        return new ExplorerSettings(number(days), ((Number) seed.getValue()).longValue(),
                ((Number) neurons.getValue()).intValue(), number(treatmentDay),
                new ExplorerSettings.Stress(stressLevel(),
                        number(stressFrom), number(stressTo)),
                new ExplorerSettings.Doses(number(dose),
                        ((Number) doseCount.getValue()).intValue(), number(doseInterval)),
                new ExplorerSettings.Therapy(therapy.isSelected(), number(therapyEvery)),
                ssri.isSelected());
    }

    /**
     * The slider's level, or the shown level while the slider stays where it was put: its
     * steps of 0.01 would otherwise round a file's 0.835 and change it unasked.
     */
    private double stressLevel() {
        int step = stressLevel.getValue();
        return step == sliderStep(shownStress) ? shownStress : step / (double) STRESS_STEPS;
    }

    private static int sliderStep(double level) {
        return (int) Math.round(level * STRESS_STEPS);
    }

    private static double number(JSpinner s) {
        return ((Number) s.getValue()).doubleValue();
    }

    private static JSpinner spinner(double value, double min, double max, double step) {
        return new JSpinner(new SpinnerNumberModel(value, min, max, step));
    }

    private void section(String title) {
        JLabel label = new JLabel(title);
        label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
        label.setBorder(BorderFactory.createEmptyBorder(8, 0, 2, 0));
        GridBagConstraints c = constraints(0);
        c.gridwidth = 2;
        add(label, c);
        row++;
    }

    private JLabel field(String label, JComponent input, String tooltip) {
        input.setToolTipText(tooltip);
        JLabel l = new JLabel(label);
        l.setLabelFor(input);
        add(l, constraints(0));
        if (input instanceof JSpinner spinner) {
            ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(FIELD_COLUMNS);
        }
        GridBagConstraints c = constraints(1);
        c.weightx = 1;
        add(input, c);
        row++;
        return l;
    }

    private GridBagConstraints constraints(int column) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        return c;
    }
}
