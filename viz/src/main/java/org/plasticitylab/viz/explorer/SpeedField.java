package org.plasticitylab.viz.explorer;

import java.awt.Color;
import java.awt.FlowLayout;
import java.util.function.DoubleConsumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.sim.LiveSession;

/**
 * The speed of play in simulated days per second, applied as it is typed. Invalid text is
 * kept as typed and a message beside the field says what is wrong; it is never reverted.
 */
final class SpeedField extends JPanel {
    /** The fastest speed offered, in days per second. */
    static final double MAX_DAYS_PER_SECOND = 100;
    final JTextField field = new JTextField(Decimals.label(LiveSession.DEFAULT_DAYS_PER_SECOND),
            4);
    final JLabel error = new JLabel(" ");

    SpeedField(DoubleConsumer onSpeed) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 0));
        String tip = "<html>How fast the model runs: simulated days per real second.<br>"
                + "Default: " + Decimals.label(LiveSession.DEFAULT_DAYS_PER_SECOND)
                + " days per second (an 84-day run takes 21 s).</html>";
        field.setToolTipText(tip);
        JLabel label = new JLabel("Speed");
        label.setToolTipText(tip);
        JLabel unit = new JLabel("days/s");
        unit.setToolTipText(tip);
        error.setForeground(new Color(0xD55E00));
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                read(onSpeed);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                read(onSpeed);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                read(onSpeed);
            }
        });
        add(label);
        add(field);
        add(unit);
        add(error);
    }

    private void read(DoubleConsumer onSpeed) {
        String text = field.getText().trim();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (v > 0 && v <= MAX_DAYS_PER_SECOND) {
            error.setText(" ");
            onSpeed.accept(v);
        } else {
            error.setText("speed must be a number above 0 and at most "
                    + Decimals.label(MAX_DAYS_PER_SECOND) + " days/s, was '" + text + "'");
        }
    }
}
