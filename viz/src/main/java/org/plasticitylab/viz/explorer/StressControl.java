package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.util.Hashtable;
import java.util.function.DoubleConsumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;

/**
 * The stress slider, 0 to 1 in steps of 0.05, with its value and unit shown beside it. It
 * acts when released (not at every pixel of a drag, since each change re-runs the model to
 * now).
 */
final class StressControl extends JPanel {
    private static final int SCALE = 100;
    private static final int MAJOR = 25;
    private static final int MINOR = 5;
    final JSlider slider = new JSlider(0, SCALE, 0);
    private final JLabel value = new JLabel();

    StressControl(DoubleConsumer onChange) {
        super(new BorderLayout(6, 2));
        slider.setMajorTickSpacing(MAJOR);
        slider.setMinorTickSpacing(MINOR);
        slider.setSnapToTicks(true);
        slider.setPaintTicks(true);
        slider.setPaintLabels(true);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        for (int i = 0; i <= SCALE; i += MAJOR) {
            labels.put(i, new JLabel(Decimals.label(i / (double) SCALE)));
        }
        slider.setLabelTable(labels);
        String tip = "<html>Chronic stress from now on: 0 = none, 1 = the strongest the model"
                + " has.<br>Unit: stress level, 0 to 1. Default: the scenario's own level"
                + " (0 for healthy).<br>Before day 0 it restarts the run with this level"
                + " throughout; during the run it applies from now.</html>";
        slider.setToolTipText(tip);
        value.setToolTipText(tip);
        slider.addChangeListener(e -> {
            showValue();
            if (!slider.getValueIsAdjusting()) {
                onChange.accept(level());
            }
        });
        add(new JLabel("Stress"), BorderLayout.NORTH);
        add(slider, BorderLayout.CENTER);
        add(value, BorderLayout.EAST);
        showValue();
    }

    /** The level on the slider, 0..1. */
    double level() {
        return slider.getValue() / (double) SCALE;
    }

    /** Shows the stress of {@code scenario} at day 0, without acting on it. */
    void show(Scenario scenario) {
        double level = scenario.stress().stream().filter(p -> p.fromDay() <= 0)
                .mapToDouble(StressPeriod::level).findFirst().orElse(0);
        var listeners = slider.getChangeListeners();
        for (var l : listeners) {
            slider.removeChangeListener(l);
        }
        slider.setValue((int) Math.round(level * SCALE));
        for (var l : listeners) {
            slider.addChangeListener(l);
        }
        showValue();
    }

    private void showValue() {
        value.setText(Decimals.label(level(), 2) + " (0-1)");
    }
}
